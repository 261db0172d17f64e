using System.Collections.Immutable;
using System.Globalization;
using LaborStandard.Model;

namespace LaborStandard.Serialization;

/// <summary>
/// Collects the errors of one document and builds model objects from transfer objects so that a broken rule is reported
/// at the JSON path of the value that breaks it, and reading goes on with the siblings.
/// </summary>
internal sealed class DocumentErrors
{
    private readonly List<DocumentError> _errors = [];

    public bool HasErrors => _errors.Count > 0;

    public int Count => _errors.Count;

    public ImmutableArray<DocumentError> ToImmutable() => [.. _errors];

    public void Add(string path, string rule, LocalizedText message, long? line = null, string? column = null, string? value = null)
        => _errors.Add(new DocumentError(path, rule, message, line, column, value));

    public void Add(DocumentError error) => _errors.Add(error);

    public static string Member(string path, string member)
        => member.Length == 0 ? path : member[0] == '[' ? path + member : path + "." + member;

    public static string Index(string path, int index) => string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]");

    /// <summary>Runs a model constructor; a broken rule becomes an error at <paramref name="path"/> plus the member it names.</summary>
    public T? Build<T>(string path, Func<T> create)
        where T : class
    {
        try
        {
            return create();
        }
        catch (ModelRuleException ex)
        {
            Add(Member(path, ex.Member), ex.Rule, ex.Text);
            return null;
        }
    }

    /// <summary>A required member: reports it missing when null.</summary>
    public T? Required<T>(T? value, string path)
        where T : class
    {
        if (value is null)
        {
            Add(path, StandardRules.Required, Invariant.IsRequired);
        }

        return value;
    }

    public int? Required(int? value, string path)
    {
        if (value is null)
        {
            Add(path, StandardRules.Required, Invariant.IsRequired);
        }

        return value;
    }

    /// <summary>A document's format version: reported when missing or other than <paramref name="supported"/>, the one this library reads.</summary>
    public void FormatVersion(int? version, int supported, string path)
    {
        if (Required(version, path) is { } given && given != supported)
        {
            Add(path, StandardRules.FormatVersion, new LocalizedText(
                string.Create(CultureInfo.InvariantCulture, $"为 {given}；本库读取的格式版本为 {supported}。"),
                string.Create(CultureInfo.InvariantCulture, $"is {given}; this library reads format version {supported}.")));
        }
    }

    public bool? Required(bool? value, string path)
    {
        if (value is null)
        {
            Add(path, StandardRules.Required, Invariant.IsRequired);
        }

        return value;
    }

    public LocalizedText? Text(TextDto? dto, string path)
        => Required(dto, path) is { } text ? Build(path, () => new LocalizedText(text.Zh!, text.En!)) : null;

    public LocalizedText? OptionalText(TextDto? dto, string path) => dto is null ? null : Text(dto, path);

    public SkillLevel? Level(int? rank, string path)
    {
        if (Required(rank, path) is not { } value)
        {
            return null;
        }

        if (value is < 1 or > SkillLevel.RankCount)
        {
            Add(path, StandardRules.LevelDefined, new LocalizedText(
                string.Create(CultureInfo.InvariantCulture, $"{value} 不是等级；国家职业技能等级为 1（一级）至 5（五级）。"),
                string.Create(CultureInfo.InvariantCulture, $"{value} is not a level; the national ladder has levels 1 (一级) to 5 (五级).")));
            return null;
        }

        return SkillLevel.FromRank(value);
    }

    /// <summary>A member written as one of a fixed set of names.</summary>
    public TEnum? Name<TEnum>(string? value, string path, ReadOnlySpan<(string Name, TEnum Value)> names)
        where TEnum : struct, Enum
    {
        if (Required(value, path) is null)
        {
            return null;
        }

        foreach (var (name, item) in names)
        {
            if (string.Equals(name, value, StringComparison.Ordinal))
            {
                return item;
            }
        }

        var allowed = new List<string>();
        foreach (var (name, _) in names)
        {
            allowed.Add(name);
        }

        Add(path, StandardRules.UnknownValue, new LocalizedText(
            $"{Invariant.QuoteZh(value)}不是可用的取值；可用：{string.Join("、", allowed)}。",
            $"{Invariant.Quote(value)} is not one of: {string.Join(", ", allowed)}."));
        return null;
    }

    /// <summary>
    /// Maps a list member; each entry is mapped at its own index. The list is returned only when it and every entry are
    /// valid, so that no parent is built from a partial list. A missing optional list is empty.
    /// </summary>
    public ImmutableArray<TModel>? List<TDto, TModel>(List<TDto?>? list, string path, Func<TDto, string, TModel?> map, bool required = true)
        where TDto : class
        where TModel : class
    {
        if (list is null)
        {
            if (required)
            {
                Add(path, StandardRules.Required, Invariant.ListRequired);
                return null;
            }

            return [];
        }

        var items = ImmutableArray.CreateBuilder<TModel>(list.Count);
        var ok = true;
        for (var i = 0; i < list.Count; i++)
        {
            var at = Index(path, i);
            var dto = list[i];
            if (dto is null)
            {
                Add(at, StandardRules.Required, Invariant.IsNull);
                ok = false;
                continue;
            }

            var item = map(dto, at);
            if (item is null)
            {
                ok = false;
            }
            else
            {
                items.Add(item);
            }
        }

        return ok ? items.MoveToImmutable() : null;
    }
}
