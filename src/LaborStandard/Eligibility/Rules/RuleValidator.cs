using System.Collections.Immutable;
using LaborStandard.Model;

namespace LaborStandard.Eligibility.Rules;

/// <summary>
/// Checks that a rule set fits the standard it is for: the same occupation, levels the standard defines, training
/// hours the standard supplies, certificates of levels that exist. Each problem names the member (relative to the
/// rule set) and the rule broken.
/// </summary>
/// <remarks>
/// A rule set found to fit a standard is remembered (weakly, as long as both live), so that rules read and checked by
/// their document reader are not checked again by the engine built from them.
/// </remarks>
internal static class RuleValidator
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<EligibilityRules, OccupationalStandard> Fitting = new();

    public static ImmutableArray<ModelRuleException> Validate(EligibilityRules rules, OccupationalStandard standard)
    {
        if (Fitting.TryGetValue(rules, out var known) && ReferenceEquals(known, standard))
        {
            return [];
        }

        var problems = Find(rules, standard);
        if (problems.IsEmpty)
        {
            Fitting.AddOrUpdate(rules, standard);
        }

        return problems;
    }

    private static ImmutableArray<ModelRuleException> Find(EligibilityRules rules, OccupationalStandard standard)
    {
        var problems = ImmutableArray.CreateBuilder<ModelRuleException>();
        if (!string.Equals(rules.OccupationCode, standard.Edition.OccupationCode, StringComparison.Ordinal))
        {
            problems.Add(Invariant.Violation(StandardRules.Consistency, "occupationCode", new LocalizedText(
                $"规则适用于{Invariant.QuoteZh(rules.OccupationCode)}，但标准的职业编码为 {standard.Edition.OccupationCode}。",
                $"the rules are for '{rules.OccupationCode}' but the standard is {standard.Edition.OccupationCode}.")));
        }

        for (var i = 0; i < rules.Levels.Length; i++)
        {
            var rule = rules.Levels[i];
            var at = Invariant.Indexed("levels", i);
            if (!standard.Defines(rule.Level))
            {
                problems.Add(Invariant.Violation(StandardRules.LevelDefined, at + ".level", new LocalizedText(
                    $"{rule.Level}不是标准 {standard.Edition.OccupationCode} 的等级。",
                    $"{rule.Level} is not a level of the standard {standard.Edition.OccupationCode}.")));
            }

            Check(rule.Condition, at + ".condition", standard, problems);
        }

        return problems.ToImmutable();
    }

    private static void Check(Condition condition, string at, OccupationalStandard standard, ImmutableArray<ModelRuleException>.Builder problems)
    {
        switch (condition)
        {
            case PreparatoryTrainingCondition training when training.RequiredHours is null && !standard.Defines(training.Level):
                problems.Add(Invariant.Violation(StandardRules.LevelDefined, at + ".level", new LocalizedText(
                    $"标准未定义{training.Level}，也就没有该等级的培训学时（1.8）；请在规则中写明学时。",
                    $"the standard defines no {training.Level}, so it gives no training hours for it (1.8); name the hours in the rule.")));
                break;
            case CertificateCondition certificate:
                CheckCertificate(certificate.Certificate, at + ".certificate", standard, problems);
                break;
            case ServiceCondition { CountedFrom: { } from }:
                CheckCertificate(from, at + ".countedFrom", standard, problems);
                break;
        }

        for (var i = 0; i < condition.Conditions.Length; i++)
        {
            Check(condition.Conditions[i], Invariant.Indexed(at + ".conditions", i), standard, problems);
        }
    }

    private static void CheckCertificate(CertificateSpec spec, string at, OccupationalStandard standard, ImmutableArray<ModelRuleException>.Builder problems)
    {
        if (spec.Occupations == OccupationScope.ThisOccupation && !standard.Defines(spec.Level))
        {
            problems.Add(Invariant.Violation(StandardRules.RuleConsistency, at + ".level", new LocalizedText(
                $"本职业不可能有{spec.Level}证书：标准未定义该等级，此条件永远不能成立。",
                $"no certificate of {spec.Level} of this occupation can exist: the standard defines no such level, so the condition can never hold.")));
        }
    }
}
