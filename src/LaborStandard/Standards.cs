using LaborStandard.Model;
using LaborStandard.Serialization;

namespace LaborStandard;

/// <summary>
/// The standards this package ships, ready to use: <see cref="Embedded"/> is 3-01-01-02
/// 社区工作者（劳动保障专理员）国家职业技能标准（征求意见稿）.
/// </summary>
/// <remarks>
/// The standard is read from the JSON document embedded in the assembly on first use, validated, and then shared:
/// every call returns the same immutable instance. Thread-safe.
/// </remarks>
public static class Standards
{
    /// <summary>The occupation code of the embedded standard (1.2 职业编码).</summary>
    public const string EmbeddedOccupationCode = "3-01-01-02";

    private const string ResourceName = "LaborStandard.Data.standard-3-01-01-02.json";

    private static readonly Lazy<OccupationalStandard> Shipped = new(() => StandardDocument.Parse(ReadEmbeddedJson()), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Gets the embedded standard 3-01-01-02 (征求意见稿), loaded and validated on first use.</summary>
    public static OccupationalStandard Embedded => Shipped.Value;

    /// <summary>Reads the embedded standard's JSON document as shipped, for export or for a caller's own edits.</summary>
    /// <returns>The document text.</returns>
    public static string ReadEmbeddedJson()
    {
        using var stream = typeof(Standards).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing from the assembly; the package is damaged.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
