using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Ardalis.GuardClauses;
using LaborStandard.Model;

namespace LaborStandard.Interop;

/// <summary>
/// The identifiers of a CASE export: name-based UUIDs (RFC 9562 version 5) of the edition and of each item's path in
/// the standard, so that the same edition always exports the same identifiers and another system can compute the
/// identifier of an item without the package.
/// </summary>
/// <remarks>
/// <para>
/// The name of an item is the edition (occupation code and version) followed by the item's path, e.g.
/// <c>3-01-01-02/1.0.0-draft/level/3/function/2/content/2.4/skill/2.4.2</c>; the name of the document is the edition
/// alone, <c>3-01-01-02/1.0.0-draft</c>. Codes in paths are the codes that place the items (corrected where the source
/// misprinted them). The names are hashed under <see cref="Namespace"/>.
/// </para>
/// <para>A new version of an edition therefore gets new identifiers throughout. This type is thread-safe.</para>
/// </remarks>
public static class CaseIdentifiers
{
    /// <summary>
    /// Gets the namespace of every identifier this library exports: the version 5 UUID of the URL
    /// <c>https://github.com/laborstandard/laborstandard/case</c> in the RFC 9562 URL namespace,
    /// <c>d27da597-d0a5-5158-b63d-e944447dc9ed</c>.
    /// </summary>
    public static Guid Namespace { get; } = new("d27da597-d0a5-5158-b63d-e944447dc9ed");

    /// <summary>
    /// Creates a name-based UUID, version 5 of RFC 9562: the SHA-1 hash of the namespace (in network byte order) and the
    /// name (UTF-8), with the version and variant bits set.
    /// </summary>
    /// <param name="namespaceId">The namespace, e.g. <see cref="Namespace"/> or the RFC's DNS namespace.</param>
    /// <param name="name">The name within the namespace.</param>
    /// <returns>The UUID; the same for the same namespace and name, on every machine.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    [SuppressMessage("Security", "CA5350:Do Not Use Weak Cryptographic Algorithms", Justification = "RFC 9562 defines version 5 UUIDs with SHA-1; the hash names, it does not protect.")]
    public static Guid NameBased(Guid namespaceId, string name)
    {
        Guard.Against.Null(name);
        var length = 16 + Encoding.UTF8.GetByteCount(name);
        var rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var input = rented.AsSpan(0, length);
            namespaceId.TryWriteBytes(input, bigEndian: true, out _);
            Encoding.UTF8.GetBytes(name, input[16..]);
            Span<byte> hash = stackalloc byte[SHA1.HashSizeInBytes];
            SHA1.HashData(input, hash);
            hash[6] = (byte)((hash[6] & 0x0F) | 0x50); // version 5
            hash[8] = (byte)((hash[8] & 0x3F) | 0x80); // variant 10xx (RFC 9562)
            return new Guid(hash[..16], bigEndian: true);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Gets the identifier of an item of an edition from the item's path.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="path">The item's path below the edition, e.g. <c>level/3/function/2</c>; empty for the document.</param>
    /// <returns>The identifier of <c>{occupation code}/{version}/{path}</c>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Guid ForPath(StandardEdition edition, string path)
    {
        Guard.Against.Null(edition);
        Guard.Against.Null(path);
        return NameBased(Namespace, path.Length == 0 ? EditionName(edition) : EditionName(edition) + "/" + path);
    }

    /// <summary>Gets the identifier of an edition's CFDocument.</summary>
    /// <param name="edition">The edition.</param>
    /// <returns>The identifier of <c>{occupation code}/{version}</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    public static Guid Document(StandardEdition edition) => ForPath(edition, string.Empty);

    /// <summary>Gets the identifier of a level's CFItem.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="level">The level.</param>
    /// <returns>The identifier of <c>…/level/{rank}</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    public static Guid Level(StandardEdition edition, SkillLevel level) => ForPath(edition, LevelPath(level));

    /// <summary>Gets the identifier of an occupational function's CFItem.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="function">The function.</param>
    /// <returns>The identifier of <c>…/level/{rank}/function/{code}</c>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Guid Function(StandardEdition edition, OccupationalFunction function)
    {
        Guard.Against.Null(function);
        return ForPath(edition, FunctionPath(function.Level, function.Code));
    }

    /// <summary>Gets the identifier of a work content's CFItem.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="workContent">The work content.</param>
    /// <returns>The identifier of <c>…/function/{code}/content/{code}</c>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Guid WorkContent(StandardEdition edition, WorkContent workContent)
    {
        Guard.Against.Null(workContent);
        return ForPath(edition, WorkContentPath(workContent.Level, workContent.Code));
    }

    /// <summary>Gets the identifier of a skill or knowledge requirement's CFItem.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="requirement">The requirement.</param>
    /// <returns>The identifier of <c>…/content/{code}/skill/{code}</c> or <c>…/knowledge/{code}</c>, by the corrected code.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Guid Requirement(StandardEdition edition, Requirement requirement)
    {
        Guard.Against.Null(requirement);
        return ForPath(edition, RequirementPath(requirement));
    }

    internal static string EditionName(StandardEdition edition) => edition.OccupationCode + "/" + edition.Version;

    internal static string LevelPath(SkillLevel level) => string.Create(CultureInfo.InvariantCulture, $"level/{level.Rank}");

    internal static string FunctionPath(SkillLevel level, string code) => $"{LevelPath(level)}/function/{code}";

    internal static string WorkContentPath(SkillLevel level, string code) => $"{FunctionPath(level, Codes.Parent(code))}/content/{code}";

    internal static string RequirementPath(Requirement requirement)
        => $"{WorkContentPath(requirement.Level, requirement.WorkContentCode)}/{(requirement.Kind == RequirementKind.Skill ? "skill" : "knowledge")}/{requirement.Code}";

    internal static string SectionPath(string code) => $"basic/{code}";

    internal static string TopicPath(string code) => $"{SectionPath(Codes.Parent(code))}/topic/{code}";

    internal static string BasicItemPath(string topicCode, int number) => string.Create(CultureInfo.InvariantCulture, $"{TopicPath(topicCode)}/item/{number}");

    internal static string ItemTypePath(string typeCode) => $"itemType/{typeCode}";
}
