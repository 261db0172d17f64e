namespace LaborStandard.Model;

/// <summary>The part of the standard a weight row weighs: a basic-requirements section or an occupational function.</summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed class WeightTarget : IEquatable<WeightTarget>
{
    /// <summary>Creates a target.</summary>
    /// <param name="kind">The kind of part.</param>
    /// <param name="code">Its code: two parts for a basic-requirements section (<c>2.1</c>), one for a function (<c>2</c>).</param>
    /// <exception cref="ModelRuleException">The kind is undefined or the code is malformed for it.</exception>
    public WeightTarget(WeightTargetKind kind, string code)
    {
        Invariant.Enum(kind, "kind");
        Kind = kind;
        Code = Invariant.Code(code, kind == WeightTargetKind.BasicRequirements ? 2 : 1, "code");
    }

    /// <summary>Gets the kind of part.</summary>
    public WeightTargetKind Kind { get; }

    /// <summary>Gets the part's code.</summary>
    public string Code { get; }

    /// <inheritdoc />
    public bool Equals(WeightTarget? other) => other is not null && Kind == other.Kind && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as WeightTarget);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Code);

    /// <summary>Returns the kind and code.</summary>
    /// <returns>For example "Function 2".</returns>
    public override string ToString() => $"{Kind} {Code}";
}
