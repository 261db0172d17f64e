using System.Collections.Immutable;
using System.Globalization;
using LaborStandard.Model;

namespace LaborStandard.Assessment;

/// <summary>
/// 不符合项 — one way a plan breaks a rule of the standard: the clause and rule, what it concerns, the number found and
/// the number the rule asks for, and the problem in words for the people who fix it (zh-CN and English).
/// </summary>
/// <remarks>
/// <see cref="Actual"/> and <see cref="Required"/> are in the rule's unit: staff, candidates, minutes or hours. For an
/// odd count, <see cref="Required"/> is the next odd number. Immutable and thread-safe; equality is by value.
/// </remarks>
public sealed class Violation : IEquatable<Violation>
{
    internal Violation(ViolationKind kind, string clause, string subject, decimal actual, decimal required, LocalizedText message)
    {
        Kind = kind;
        Clause = clause;
        Subject = subject;
        Actual = actual;
        Required = required;
        Message = message;
    }

    /// <summary>Gets the rule broken.</summary>
    public ViolationKind Kind { get; }

    /// <summary>Gets the clause of the standard the rule comes from, e.g. <c>1.9.3</c>.</summary>
    public string Clause { get; }

    /// <summary>Gets what the violation concerns, as a path into the input: <c>rooms[1]</c>, <c>session</c>, <c>slots[0]</c>, <c>hours</c>.</summary>
    public string Subject { get; }

    /// <summary>Gets the number found: staff assigned, candidates seated, minutes scheduled or hours completed.</summary>
    public decimal Actual { get; }

    /// <summary>Gets the least number (or, for a room's capacity, the most) the rule allows.</summary>
    public decimal Required { get; }

    /// <summary>Gets what is wrong, in words, in Chinese and English.</summary>
    public LocalizedText Message { get; }

    /// <inheritdoc />
    public bool Equals(Violation? other)
        => other is not null
           && Kind == other.Kind
           && string.Equals(Clause, other.Clause, StringComparison.Ordinal)
           && string.Equals(Subject, other.Subject, StringComparison.Ordinal)
           && Actual == other.Actual
           && Required == other.Required
           && Message.Equals(other.Message);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Violation);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Clause, Subject, Actual, Required);

    /// <summary>Returns the clause, subject and message.</summary>
    /// <returns>For example "1.9.3 rooms[1]: 第 2 考场有 31 名考生 …".</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Clause} {Subject}: {Message.Chinese}");

    /// <summary>The one-line verdict of a check: "1.9.3: passed" or "1.9.3: 2 violations: …".</summary>
    internal static string Summarize(string clause, ImmutableArray<Violation> violations)
        => violations.IsEmpty
            ? $"{clause}: passed"
            : string.Create(CultureInfo.InvariantCulture, $"{clause}: {violations.Length} violation{(violations.Length == 1 ? string.Empty : "s")}: {string.Join("; ", violations)}");
}
