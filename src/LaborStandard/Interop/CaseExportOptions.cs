using System.Globalization;
using Ardalis.GuardClauses;
using LaborStandard.Eligibility.Rules;

namespace LaborStandard.Interop;

/// <summary>
/// How <see cref="CasePackage"/> writes a CASE package: where its records live (the base of their URIs), who created the
/// framework, the time stamp every record carries, the official source, and the eligibility rules to carry along.
/// </summary>
/// <remarks>
/// <para>
/// The base URI, the creator and the date have no defaults: the standard names neither where a package is published
/// nor who publishes it, and the draft for comment is undated, so only the publisher can say. Nothing depends on the
/// clock or the machine: with the same options the same standard always exports the same bytes.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class CaseExportOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="baseUri">
    /// The absolute base of the CASE service that publishes the package, e.g. <c>https://case.example.org/ims/case/v1p1/</c>
    /// (a missing final slash is added): records get <c>{base}CFDocuments/{id}</c>, <c>{base}CFItems/{id}</c>,
    /// <c>{base}CFAssociations/{id}</c> and <c>{base}CFItemTypes/{id}</c>. The identifiers themselves do not depend on it
    /// (<see cref="CaseIdentifiers"/>): a framework mirrored elsewhere keeps its identifiers.
    /// </param>
    /// <param name="creator">The CFDocument's <c>creator</c>, the body with authority over the framework, e.g. <c>人力资源社会保障部</c>.</param>
    /// <param name="lastChangeDateTime">The <c>lastChangeDateTime</c> of every record, written in UTC.</param>
    /// <param name="officialSourceUrl">The CFDocument's <c>officialSourceURL</c>, the published text of the standard; omitted when null.</param>
    /// <param name="eligibilityRules">
    /// The eligibility rules of clause 1.9.1 (e.g. <c>Standards.EmbeddedRules</c>), written in the rule document format as
    /// <c>extensions.laborStandard.eligibilityRules</c> of the CFDocument and read back by
    /// <see cref="CasePackage.ReadEligibilityRules(string, Model.OccupationalStandard?)"/>; omitted when null.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="baseUri"/> or <paramref name="creator"/> is null.</exception>
    /// <exception cref="ArgumentException">A URI is not absolute, or the creator is blank or holds a control character.</exception>
    public CaseExportOptions(
        Uri baseUri,
        string creator,
        DateTimeOffset lastChangeDateTime,
        Uri? officialSourceUrl = null,
        EligibilityRules? eligibilityRules = null)
    {
        Guard.Against.Null(baseUri);
        Guard.Against.InvalidInput(baseUri, nameof(baseUri), u => u.IsAbsoluteUri, "The base URI must be absolute, e.g. https://case.example.org/ims/case/v1p1/.");
        BaseUri = baseUri.AbsoluteUri.EndsWith('/') ? baseUri : new Uri(baseUri.AbsoluteUri + "/");
        if (officialSourceUrl is not null)
        {
            Guard.Against.InvalidInput(officialSourceUrl, nameof(officialSourceUrl), u => u.IsAbsoluteUri, "The official source URL must be absolute.");
            OfficialSourceUrl = officialSourceUrl;
        }

        Guard.Against.NullOrWhiteSpace(creator);
        Creator = Guard.Against.InvalidInput(creator, nameof(creator), c => !c.Any(char.IsControl), "The creator must not hold control characters such as line breaks.");
        LastChangeDateTime = lastChangeDateTime.ToUniversalTime();
        EligibilityRules = eligibilityRules;
    }

    /// <summary>Gets the base of the records' URIs, ending with a slash.</summary>
    public Uri BaseUri { get; }

    /// <summary>Gets the CFDocument's creator.</summary>
    public string Creator { get; }

    /// <summary>Gets the <c>lastChangeDateTime</c> of every record, in UTC.</summary>
    public DateTimeOffset LastChangeDateTime { get; }

    /// <summary>Gets the CFDocument's <c>officialSourceURL</c>, or <see langword="null"/>.</summary>
    public Uri? OfficialSourceUrl { get; }

    /// <summary>Gets the eligibility rules written into the CFDocument's extensions, or <see langword="null"/>.</summary>
    public EligibilityRules? EligibilityRules { get; }

    /// <summary>Returns the options in short.</summary>
    /// <returns>For example "https://case.example.org/ims/case/v1p1/, creator 人力资源社会保障部, 2024-05-01T00:00:00+00:00".</returns>
    public override string ToString()
        => string.Create(
            CultureInfo.InvariantCulture,
            $"{BaseUri.AbsoluteUri}, creator {Creator}, {CasePackageWriter.Timestamp(LastChangeDateTime)}{(EligibilityRules is null ? string.Empty : ", with eligibility rules")}");
}
