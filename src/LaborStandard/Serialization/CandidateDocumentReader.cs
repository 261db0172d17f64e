using System.Collections.Immutable;
using System.Globalization;
using LaborStandard.Eligibility;
using LaborStandard.Model;

namespace LaborStandard.Serialization;

/// <summary>Builds a candidate profile from its transfer object, reporting every problem at its JSON path.</summary>
internal sealed class CandidateDocumentReader(DocumentErrors errors)
{
    private static readonly LocalizedText Required = new("缺少此项。", "is required.");

    public CandidateProfile? Read(CandidateDto dto, string path)
    {
        // A group that is absent or null is not given, hence not known; an empty list is known to be empty.
        var education = dto.Education is null ? null : Education(dto.Education, path + ".education");
        var schooling = Given(dto.Schooling, path + ".schooling", School);
        var certificates = Given(dto.Certificates, path + ".certificates", Certificate);
        var trainings = Given(dto.Trainings, path + ".trainings", Training);
        var work = Given(dto.Work, path + ".work", Work);
        var related = RelatedOccupations(dto.RelatedOccupations, path + ".relatedOccupations");
        var unknown = Unknown(dto.Unknown, path + ".unknown");
        if ((dto.Education is not null && education is null) || schooling is null || certificates is null || trainings is null || work is null || related is null || unknown is null)
        {
            return null;
        }

        return errors.Build(path, () => new CandidateProfile(education, schooling.Value, certificates.Value, trainings.Value, work.Value, unknown.Value, dto.Id, related.Value));
    }

    public DateOnly? Date(string? text, string path, bool required = true)
    {
        if (text is null)
        {
            if (required)
            {
                errors.Add(path, StandardRules.Required, Required);
            }

            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(path, StandardRules.JsonType, new LocalizedText($"{Invariant.QuoteZh(text)}不是 yyyy-MM-dd 格式的日期。", $"{Invariant.Quote(text)} is not a date written yyyy-MM-dd."));
        return null;
    }

    private EducationRecord? Education(EducationDto dto, string path)
    {
        var level = errors.Name(dto.Level, path + ".level", NameTables.EducationLevels);
        var obtained = Date(dto.ObtainedOn, path + ".obtainedOn", required: false);
        return level is null || (dto.ObtainedOn is not null && obtained is null)
            ? null
            : errors.Build(path, () => new EducationRecord(level.Value, dto.Equivalent ?? false, obtained));
    }

    private SchoolRecord? School(SchoolDto dto, string path)
    {
        var kind = errors.Name(dto.Kind, path + ".kind", NameTables.SchoolKinds);
        var programme = errors.Name(dto.Programme, path + ".programme", NameTables.SchoolProgrammes);
        var date = Date(dto.GraduationDate, path + ".graduationDate");
        var graduated = errors.Required(dto.Graduated, path + ".graduated");
        return kind is null || programme is null || date is null || graduated is null
            ? null
            : errors.Build(path, () => new SchoolRecord(kind.Value, programme.Value, date.Value, graduated.Value));
    }

    private Certificate? Certificate(CertificateDto dto, string path)
    {
        var code = errors.Required(dto.OccupationCode, path + ".occupationCode");
        var level = errors.Level(dto.Level, path + ".level");
        var kind = errors.Name(dto.Kind, path + ".kind", NameTables.CertificateKinds);
        var issued = Date(dto.IssuedOn, path + ".issuedOn");
        return code is null || level is null || kind is null || issued is null
            ? null
            : errors.Build(path, () => new Certificate(code, level.Value, kind.Value, issued.Value));
    }

    private TrainingRecord? Training(TrainingDto dto, string path)
    {
        var code = errors.Required(dto.OccupationCode, path + ".occupationCode");
        var level = errors.Level(dto.Level, path + ".level");
        if (dto.Hours is null)
        {
            errors.Add(path + ".hours", StandardRules.Required, Required);
        }

        var certificate = Date(dto.CompletionCertificateOn, path + ".completionCertificateOn", required: false);
        return code is null || level is null || dto.Hours is null || (dto.CompletionCertificateOn is not null && certificate is null)
            ? null
            : errors.Build(path, () => new TrainingRecord(code, level.Value, dto.Hours.Value, certificate));
    }

    private WorkPeriod? Work(WorkDto dto, string path)
    {
        var code = errors.Required(dto.OccupationCode, path + ".occupationCode");
        var from = Date(dto.From, path + ".from");
        var to = Date(dto.To, path + ".to", required: false);
        return code is null || from is null || (dto.To is not null && to is null)
            ? null
            : errors.Build(path, () => new WorkPeriod(code, from.Value, to));
    }

    /// <summary>A group's list: not given (default) when absent or null, else every entry mapped; null when an entry is bad.</summary>
    private ImmutableArray<TModel>? Given<TDto, TModel>(List<TDto?>? list, string path, Func<TDto, string, TModel?> map)
        where TDto : class
        where TModel : class
        => list is null ? default(ImmutableArray<TModel>) : errors.List(list, path, map);

    private ImmutableArray<string>? RelatedOccupations(List<string?>? codes, string path)
    {
        if (codes is null)
        {
            return default(ImmutableArray<string>);
        }

        var ok = true;
        for (var i = 0; i < codes.Count; i++)
        {
            ok &= errors.Required(codes[i], DocumentErrors.Index(path, i)) is not null;
        }

        return ok ? [.. codes!] : null;
    }

    private CandidateFacts? Unknown(List<string?>? names, string path)
    {
        var facts = CandidateFacts.None;
        if (names is null)
        {
            return facts;
        }

        var ok = true;
        for (var i = 0; i < names.Count; i++)
        {
            if (errors.Name(names[i], DocumentErrors.Index(path, i), NameTables.CandidateFacts) is { } fact)
            {
                facts |= fact;
            }
            else
            {
                ok = false;
            }
        }

        return ok ? facts : null;
    }
}
