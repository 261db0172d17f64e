namespace LaborStandard.Model;

/// <summary>A kind of assessment as clause 1.9.2 describes it: its name and how it is carried out.</summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed class AssessmentMethod : IEquatable<AssessmentMethod>
{
    /// <summary>Creates a method.</summary>
    /// <param name="kind">The kind of assessment.</param>
    /// <param name="name">Its name, e.g. 理论知识考试.</param>
    /// <param name="description">How it is carried out, as printed (without the item number).</param>
    /// <exception cref="ModelRuleException">A value is missing or the kind is undefined.</exception>
    public AssessmentMethod(AssessmentKind kind, LocalizedText name, LocalizedText description)
    {
        Invariant.Enum(kind, "kind");
        Kind = kind;
        Name = Invariant.NotNull(name, "name");
        Description = Invariant.NotNull(description, "description");
    }

    /// <summary>Gets the kind of assessment.</summary>
    public AssessmentKind Kind { get; }

    /// <summary>Gets the name, e.g. 理论知识考试.</summary>
    public LocalizedText Name { get; }

    /// <summary>Gets how it is carried out, as printed.</summary>
    public LocalizedText Description { get; }

    /// <inheritdoc />
    public bool Equals(AssessmentMethod? other)
        => other is not null && Kind == other.Kind && Name.Equals(other.Name) && Description.Equals(other.Description);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AssessmentMethod);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Name, Description);

    /// <summary>Returns the Chinese name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name.Chinese;
}
