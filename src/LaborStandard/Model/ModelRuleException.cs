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
        : this(rule, member, new LocalizedText(message, message))
    {
    }

    /// <summary>Creates the exception with what is wrong in both languages.</summary>
    /// <param name="rule">The rule broken, one of <see cref="StandardRules"/>.</param>
    /// <param name="member">The member that breaks it, relative to the object being built (e.g. <c>skills[2].code</c>).</param>
    /// <param name="text">What is wrong, in Chinese and English.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ModelRuleException(string rule, string member, LocalizedText text)
        : base((text ?? throw new ArgumentNullException(nameof(text))).English, member)
    {
        Rule = rule;
        Member = member;
        Text = text;
        Detail = text.English;
    }

    /// <summary>Gets the rule broken, one of <see cref="StandardRules"/>.</summary>
    public string Rule { get; }

    /// <summary>Gets the member that breaks the rule, relative to the object being built.</summary>
    public string Member { get; }

    /// <summary>Gets what is wrong, in English, without the member and rule.</summary>
    public string Detail { get; }

    /// <summary>Gets what is wrong, in Chinese and English, without the member and rule: what a program shows its user.</summary>
    public LocalizedText Text { get; }

    /// <inheritdoc />
    public override string Message => $"{Member}: {Detail} [{Rule}]";
}
