using System.Globalization;
using Ardalis.GuardClauses;
using LaborStandard.Eligibility.Rules;

namespace LaborStandard.Interop;

/// <summary>
/// How <see cref="CasePackage"/> writes a CASE package: where its records live (URIs), who created the framework, the
/// time stamp every record carries, the official source, and the eligibility rules to carry along.
/// </summary>
/// <remarks>
/// <para>
/// Nothing depends on the clock or the machine: with the same options the same standard always exports the same bytes.
/// The model's edition carries no date (the draft for comment is undated), so every record's <c>lastChangeDateTime</c>
/// is <see cref="DefaultLastChangeDateTime"/> unless a date is given here.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class CaseExportOptions
{
    /// <summary>The creator written when none is given: the seed names no promulgating body, so the package names the dataset.</summary>
    public const string DefaultCreator = "LaborStandard";

    /// <summary>Creates options.</summary>
    /// <param name="baseUri">
    /// The absolute base of a CASE service's endpoints, e.g. <c>https://case.example.org/ims/case/v1p1/</c>: records get
    /// <c>{base}CFDocuments/{id}</c>, <c>{base}CFItems/{id}</c>, <c>{base}CFAssociations/{id}</c> and
    /// <c>{base}CFItemTypes/{id}</c>. When <see langword="null"/>, every <c>uri</c> is the identifier as a URN,
    /// <c>urn:uuid:{id}</c>, which is absolute but not resolvable.
    /// </param>
    /// <param name="creator">The CFDocument's creator, the body with authority over the framework; <see cref="DefaultCreator"/> when null.</param>
    /// <param name="lastChangeDateTime">The <c>lastChangeDateTime</c> of every record; <see cref="DefaultLastChangeDateTime"/> when null.</param>
    /// <param name="officialSourceUrl">The CFDocument's <c>officialSourceURL</c>, the published text of the standard; omitted when null.</param>
    /// <param name="eligibilityRules">
    /// The eligibility rules of clause 1.9.1 (e.g. <c>Standards.EmbeddedRules</c>), written in the rule document format as
    /// <c>extensions.laborStandard.eligibilityRules</c> of the CFDocument and read back by
    /// <see cref="CasePackage.ReadEligibilityRules(string, Model.OccupationalStandard?)"/>; omitted when null.
    /// </param>
    /// <exception cref="ArgumentException">A URI is not absolute or the creator is blank.</exception>
    public CaseExportOptions(
        Uri? baseUri = null,
        string? creator = null,
        DateTimeOffset? lastChangeDateTime = null,
        Uri? officialSourceUrl = null,
        EligibilityRules? eligibilityRules = null)
    {
        if (baseUri is not null)
        {
            Guard.Against.InvalidInput(baseUri, nameof(baseUri), u => u.IsAbsoluteUri, "The base URI must be absolute, e.g. https://case.example.org/ims/case/v1p1/.");
            BaseUri = baseUri.AbsoluteUri.EndsWith('/') ? baseUri : new Uri(baseUri.AbsoluteUri + "/");
        }

        if (officialSourceUrl is not null)
        {
            Guard.Against.InvalidInput(officialSourceUrl, nameof(officialSourceUrl), u => u.IsAbsoluteUri, "The official source URL must be absolute.");
            OfficialSourceUrl = officialSourceUrl;
        }

        Creator = creator is null ? DefaultCreator : Guard.Against.NullOrWhiteSpace(creator);
        LastChangeDateTime = (lastChangeDateTime ?? DefaultLastChangeDateTime).ToUniversalTime();
        EligibilityRules = eligibilityRules;
    }

    /// <summary>Gets the options used when none are given: URN identifiers, <see cref="DefaultCreator"/>, <see cref="DefaultLastChangeDateTime"/>.</summary>
    public static CaseExportOptions Default { get; } = new();

    /// <summary>Gets the time stamp of every record when none is given: 1970-01-01T00:00:00Z, a fixed value rather than the clock.</summary>
    public static DateTimeOffset DefaultLastChangeDateTime => DateTimeOffset.UnixEpoch;

    /// <summary>Gets the base of the records' URIs, ending with a slash, or <see langword="null"/> for <c>urn:uuid:</c> URIs.</summary>
    public Uri? BaseUri { get; }

    /// <summary>Gets the CFDocument's creator.</summary>
    public string Creator { get; }

    /// <summary>Gets the <c>lastChangeDateTime</c> of every record, in UTC.</summary>
    public DateTimeOffset LastChangeDateTime { get; }

    /// <summary>Gets the CFDocument's <c>officialSourceURL</c>, or <see langword="null"/>.</summary>
    public Uri? OfficialSourceUrl { get; }

    /// <summary>Gets the eligibility rules written into the CFDocument's extensions, or <see langword="null"/>.</summary>
    public EligibilityRules? EligibilityRules { get; }

    /// <summary>Returns the options in short.</summary>
    /// <returns>For example "urn:uuid, creator LaborStandard, 1970-01-01T00:00:00+00:00".</returns>
    public override string ToString()
        => string.Create(
            CultureInfo.InvariantCulture,
            $"{BaseUri?.AbsoluteUri ?? "urn:uuid"}, creator {Creator}, {LastChangeDateTime:yyyy'-'MM'-'dd'T'HH':'mm':'sszzz}{(EligibilityRules is null ? string.Empty : ", with eligibility rules")}");
}
