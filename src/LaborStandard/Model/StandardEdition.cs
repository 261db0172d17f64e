using System.Collections.Immutable;

namespace LaborStandard.Model;

/// <summary>
/// The standard as a document: its title, occupation code, status, language and the version that tells its
/// editions apart, so that a later edition can be loaded beside this one.
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed class StandardEdition : IEquatable<StandardEdition>
{
    /// <summary>Creates an edition.</summary>
    /// <param name="title">The title as printed, e.g. 社区工作者（劳动保障专理员）国家职业技能标准（征求意见稿）.</param>
    /// <param name="titleCorrections">Misprints of the title, kept beside it.</param>
    /// <param name="occupationCode">The occupation code of the national classification, e.g. <c>3-01-01-02</c>.</param>
    /// <param name="status">The publication status.</param>
    /// <param name="language">The language of the authoritative text (BCP 47, e.g. <c>zh-CN</c>).</param>
    /// <param name="version">The version that identifies this edition in a dataset.</param>
    /// <exception cref="ModelRuleException">A value is missing or malformed.</exception>
    public StandardEdition(
        LocalizedText title,
        ImmutableArray<Correction> titleCorrections,
        string occupationCode,
        EditionStatus status,
        string language,
        string version)
    {
        Title = Invariant.NotNull(title, "title");
        TitleCorrections = Correction.Check(titleCorrections, "titleCorrections", t => t == CorrectionTarget.Text ? title.Chinese : null);
        OccupationCode = OccupationCodes.Check(occupationCode, "occupationCode");
        Invariant.Enum(status, "status");
        Status = status;
        Language = Invariant.Text(language, "language");
        Version = Invariant.Text(version, "version");
    }

    /// <summary>Gets the title as printed.</summary>
    public LocalizedText Title { get; }

    /// <summary>Gets the misprints of the title, kept beside it (the title says 专理员 where 2.1.3 says 协理员).</summary>
    public ImmutableArray<Correction> TitleCorrections { get; }

    /// <summary>Gets the corrected reading of the title in Chinese, or the printed title when nothing is corrected.</summary>
    public string CorrectedTitle => Correction.Of(TitleCorrections, CorrectionTarget.Text)?.Corrected ?? Title.Chinese;

    /// <summary>Gets the occupation code of the national classification, e.g. <c>3-01-01-02</c> (clause 1.2).</summary>
    public string OccupationCode { get; }

    /// <summary>Gets the publication status (征求意见稿 for the shipped edition).</summary>
    public EditionStatus Status { get; }

    /// <summary>Gets the language of the authoritative text, e.g. <c>zh-CN</c>.</summary>
    public string Language { get; }

    /// <summary>Gets the version that identifies this edition in a dataset (assigned by the dataset, not printed in the source).</summary>
    public string Version { get; }

    /// <inheritdoc />
    public bool Equals(StandardEdition? other)
        => other is not null
           && Title.Equals(other.Title)
           && Sequence.Equal(TitleCorrections, other.TitleCorrections)
           && string.Equals(OccupationCode, other.OccupationCode, StringComparison.Ordinal)
           && Status == other.Status
           && string.Equals(Language, other.Language, StringComparison.Ordinal)
           && string.Equals(Version, other.Version, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as StandardEdition);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Title, OccupationCode, Status, Version);

    /// <summary>Returns the title, code and version.</summary>
    /// <returns>For example "社区工作者（劳动保障专理员）国家职业技能标准（征求意见稿） 3-01-01-02 1.0.0-draft".</returns>
    public override string ToString() => $"{Title.Chinese} {OccupationCode} {Version}";
}
