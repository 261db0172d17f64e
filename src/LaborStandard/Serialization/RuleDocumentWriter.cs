using LaborStandard.Eligibility.Rules;

namespace LaborStandard.Serialization;

/// <summary>Turns eligibility rules into a rule document's transfer objects.</summary>
internal static class RuleDocumentWriter
{
    public static RulesDto Write(EligibilityRules rules, string? schema) => new()
    {
        Schema = schema,
        FormatVersion = RuleDocument.FormatVersion,
        OccupationCode = rules.OccupationCode,
        Levels = [.. rules.Levels.Select(l => new LevelRuleDto { Level = l.Level.Rank, Condition = Condition(l.Condition) })],
    };

    private static ConditionDto Condition(Condition condition)
    {
        var dto = new ConditionDto
        {
            Type = NameTables.NameOf(NameTables.ConditionKinds, condition.Kind),
            Clause = condition.Clause,
            Item = condition.Item,
            Text = StandardDocumentWriter.Text(condition.Text),
        };
        switch (condition)
        {
            case CompositeCondition composite:
                dto.Conditions = [.. composite.Conditions.Select(Condition)];
                break;
            case CertificateCondition certificate:
                dto.Certificate = Spec(certificate.Certificate);
                break;
            case ServiceCondition service:
                dto.Years = service.Years;
                dto.Occupations = NameTables.NameOf(NameTables.OccupationScopes, service.Occupations);
                dto.CountedFrom = service.CountedFrom is { } from ? Spec(from) : null;
                break;
            case PreparatoryTrainingCondition training:
                dto.Level = training.Level.Rank;
                dto.RequiredHours = training.RequiredHours;
                break;
            case EducationCondition education:
                dto.Minimum = NameTables.NameOf(NameTables.EducationLevels, education.Minimum);
                dto.AcceptsEquivalent = education.AcceptsEquivalent;
                break;
            case SchoolCondition school:
                dto.Schools = [.. school.Schools.Select(s => NameTables.NameOf(NameTables.SchoolKinds, s))];
                break;
        }

        return dto;
    }

    private static CertificateSpecDto Spec(CertificateSpec spec) => new()
    {
        Level = spec.Level.Rank,
        Kinds = [.. spec.Kinds.Select(k => NameTables.NameOf(NameTables.CertificateKinds, k))],
        Occupations = NameTables.NameOf(NameTables.OccupationScopes, spec.Occupations),
    };
}
