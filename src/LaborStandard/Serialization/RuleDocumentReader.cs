using System.Collections.Immutable;
using LaborStandard.Eligibility.Rules;
using LaborStandard.Model;

namespace LaborStandard.Serialization;

/// <summary>Builds eligibility rules from a rule document's transfer objects, reporting every problem at its JSON path.</summary>
internal sealed class RuleDocumentReader(DocumentErrors errors, string root = "$")
{
    public EligibilityRules? Read(RulesDto dto)
    {
        errors.FormatVersion(dto.FormatVersion, RuleDocument.FormatVersion, root + ".formatVersion");
        var code = errors.Required(dto.OccupationCode, root + ".occupationCode");
        var levels = errors.List(dto.Levels, root + ".levels", LevelRule);
        return errors.HasErrors || code is null || levels is null
            ? null
            : errors.Build(root, () => new EligibilityRules(code, levels.Value));
    }

    private LevelRule? LevelRule(LevelRuleDto dto, string path)
    {
        var level = errors.Level(dto.Level, path + ".level");
        var condition = errors.Required(dto.Condition, path + ".condition") is { } c ? Condition(c, path + ".condition") : null;
        return level is null || condition is null ? null : errors.Build(path, () => new LevelRule(level.Value, condition));
    }

    private Condition? Condition(ConditionDto dto, string path)
    {
        if (errors.Required(dto.Type, path + ".type") is null)
        {
            return null;
        }

        var kind = Kind(dto.Type!, path + ".type");
        if (kind is null)
        {
            return null;
        }

        if (!OnlyMembersOf(kind.Value, dto, path))
        {
            return null;
        }

        var clause = errors.Required(dto.Clause, path + ".clause");
        var item = errors.Required(dto.Item, path + ".item");
        var text = errors.Text(dto.Text, path + ".text");
        if (clause is null || item is null || text is null)
        {
            return null;
        }

        switch (kind.Value)
        {
            case ConditionKind.AnyOf:
            case ConditionKind.AllOf:
                var children = errors.List(dto.Conditions, path + ".conditions", Condition);
                return children is null
                    ? null
                    : errors.Build<Condition>(path, () => kind == ConditionKind.AnyOf
                        ? new AnyOfCondition(clause, item, text, children.Value)
                        : new AllOfCondition(clause, item, text, children.Value));
            case ConditionKind.Certificate:
                var certificate = errors.Required(dto.Certificate, path + ".certificate") is { } spec ? CertificateSpec(spec, path + ".certificate") : null;
                return certificate is null ? null : errors.Build<Condition>(path, () => new CertificateCondition(clause, item, text, certificate));
            case ConditionKind.ContinuousService:
            case ConditionKind.CumulativeService:
                var years = errors.Required(dto.Years, path + ".years");
                var scope = errors.Name(dto.Occupations, path + ".occupations", NameTables.OccupationScopes);
                var from = dto.CountedFrom is null ? null : CertificateSpec(dto.CountedFrom, path + ".countedFrom");
                return years is null || scope is null || (dto.CountedFrom is not null && from is null)
                    ? null
                    : errors.Build<Condition>(path, () => kind == ConditionKind.ContinuousService
                        ? new ContinuousServiceCondition(clause, item, text, years.Value, scope.Value, from)
                        : new CumulativeServiceCondition(clause, item, text, years.Value, scope.Value, from));
            case ConditionKind.PreparatoryTraining:
                var level = errors.Level(dto.Level, path + ".level");
                return level is null ? null : errors.Build<Condition>(path, () => new PreparatoryTrainingCondition(clause, item, text, level.Value, dto.RequiredHours));
            case ConditionKind.Education:
                var minimum = errors.Name(dto.Minimum, path + ".minimum", NameTables.EducationLevels);
                var equivalent = errors.Required(dto.AcceptsEquivalent, path + ".acceptsEquivalent");
                return minimum is null || equivalent is null ? null : errors.Build<Condition>(path, () => new EducationCondition(clause, item, text, minimum.Value, equivalent.Value));
            default:
                var schools = Names(dto.Schools, path + ".schools", NameTables.SchoolKinds);
                return schools is null
                    ? null
                    : errors.Build<Condition>(path, () => kind == ConditionKind.GraduationYearStudent
                        ? new GraduationYearStudentCondition(clause, item, text, schools.Value)
                        : new TechnicianClassGraduateCondition(clause, item, text, schools.Value));
        }
    }

    private ConditionKind? Kind(string type, string path)
    {
        foreach (var (name, kind) in NameTables.ConditionKinds)
        {
            if (string.Equals(name, type, StringComparison.Ordinal))
            {
                return kind;
            }
        }

        errors.Add(path, StandardRules.UnknownPredicate, new LocalizedText(
            $"{Invariant.QuoteZh(type)}不是规则语言中的谓词；可用：{string.Join("、", NameTables.ConditionKinds.Select(k => k.Name))}。",
            $"{Invariant.Quote(type)} is not a predicate of the rule language; it has {string.Join(", ", NameTables.ConditionKinds.Select(k => k.Name))}."));
        return null;
    }

    /// <summary>Reports every member that the predicate does not use: a rule says exactly what it means.</summary>
    private bool OnlyMembersOf(ConditionKind kind, ConditionDto dto, string path)
    {
        var composite = kind is ConditionKind.AnyOf or ConditionKind.AllOf;
        var service = kind is ConditionKind.ContinuousService or ConditionKind.CumulativeService;
        var school = kind is ConditionKind.GraduationYearStudent or ConditionKind.TechnicianClassGraduate;
        var ok = true;
        void Refuse(bool present, bool allowed, string member)
        {
            if (present && !allowed)
            {
                var name = NameTables.NameOf(NameTables.ConditionKinds, kind);
                errors.Add(path + "." + member, StandardRules.JsonUnknownMember, new LocalizedText($"不适用于 {name} 条件。", $"does not apply to a {name} condition."));
                ok = false;
            }
        }

        Refuse(dto.Conditions is not null, composite, "conditions");
        Refuse(dto.Certificate is not null, kind == ConditionKind.Certificate, "certificate");
        Refuse(dto.Years is not null, service, "years");
        Refuse(dto.Occupations is not null, service, "occupations");
        Refuse(dto.CountedFrom is not null, service, "countedFrom");
        Refuse(dto.Level is not null, kind == ConditionKind.PreparatoryTraining, "level");
        Refuse(dto.RequiredHours is not null, kind == ConditionKind.PreparatoryTraining, "requiredHours");
        Refuse(dto.Minimum is not null, kind == ConditionKind.Education, "minimum");
        Refuse(dto.AcceptsEquivalent is not null, kind == ConditionKind.Education, "acceptsEquivalent");
        Refuse(dto.Schools is not null, school, "schools");
        return ok;
    }

    private CertificateSpec? CertificateSpec(CertificateSpecDto dto, string path)
    {
        var level = errors.Level(dto.Level, path + ".level");
        var kinds = Names(dto.Kinds, path + ".kinds", NameTables.CertificateKinds);
        var scope = dto.Occupations is null ? OccupationScope.ThisOccupation : errors.Name(dto.Occupations, path + ".occupations", NameTables.OccupationScopes);
        return level is null || kinds is null || scope is null
            ? null
            : errors.Build(path, () => new CertificateSpec(level.Value, kinds.Value, scope.Value));
    }

    private ImmutableArray<TEnum>? Names<TEnum>(List<string?>? names, string path, (string Name, TEnum Value)[] table)
        where TEnum : struct, Enum
    {
        if (errors.Required(names, path) is null)
        {
            return null;
        }

        var values = ImmutableArray.CreateBuilder<TEnum>(names!.Count);
        for (var i = 0; i < names.Count; i++)
        {
            if (errors.Name(names[i], DocumentErrors.Index(path, i), table) is not { } value)
            {
                return null;
            }

            values.Add(value);
        }

        return values.MoveToImmutable();
    }
}
