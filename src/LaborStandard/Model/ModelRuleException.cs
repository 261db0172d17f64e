namespace LaborStandard.Model;

/// <summary>
/// Thrown by constructors of the model when an argument breaks a rule of <see cref="StandardRules"/>.
/// It is an <see cref="ArgumentException"/> whose <see cref="ArgumentException.ParamName"/> names the member
/// and whose <see cref="Rule"/> names the rule.
/// </summary>
/// <remarks>The document reader turns these into <c>DocumentError</c>s that carry a JSON path.</remarks>
public sealed class ModelRuleException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="rule">The rule broken, one of <see cref="StandardRules"/>.</param>
    /// <param name="member">The member that breaks it, relative to the object being built (e.g. <c>skills[2].code</c>).</param>
    /// <param name="message">What is wrong, in words.</param>
    public ModelRuleException(string rule, string member, string message)
        : base(message, member)
    {
        Rule = rule;
        Member = member;
        Detail = message;
    }

    /// <summary>Gets the rule broken, one of <see cref="StandardRules"/>.</summary>
    public string Rule { get; }

    /// <summary>Gets the member that breaks the rule, relative to the object being built.</summary>
    public string Member { get; }

    /// <summary>Gets what is wrong, in words, without the member and rule.</summary>
    public string Detail { get; }

    /// <inheritdoc />
    public override string Message => $"{Member}: {Detail} [{Rule}]";
}
