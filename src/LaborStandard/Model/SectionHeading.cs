namespace LaborStandard.Model;

/// <summary>A heading of the standard with its clause number, e.g. 1.9.1 申报条件.</summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed class SectionHeading : IEquatable<SectionHeading>
{
    /// <summary>Creates a heading.</summary>
    /// <param name="clause">The clause number, e.g. <c>1.9.1</c>.</param>
    /// <param name="title">The heading's title, verbatim.</param>
    /// <exception cref="ModelRuleException">The clause is not a dotted code or the title is missing.</exception>
    public SectionHeading(string clause, LocalizedText title)
    {
        Clause = Invariant.Clause(clause, "clause");
        Title = Invariant.NotNull(title, "title");
    }

    /// <summary>Gets the clause number, e.g. <c>1.9.1</c>.</summary>
    public string Clause { get; }

    /// <summary>Gets the title, verbatim.</summary>
    public LocalizedText Title { get; }

    /// <inheritdoc />
    public bool Equals(SectionHeading? other)
        => other is not null && string.Equals(Clause, other.Clause, StringComparison.Ordinal) && Title.Equals(other.Title);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SectionHeading);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Clause, Title);

    /// <summary>Returns the clause and the Chinese title.</summary>
    /// <returns>For example "1.9.1 申报条件".</returns>
    public override string ToString() => $"{Clause} {Title.Chinese}";
}
