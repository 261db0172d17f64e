using System.Text;
using Ardalis.GuardClauses;

namespace LaborStandard.Spreadsheets;

/// <summary>
/// The text encodings a candidate table may be read in, by the names people use: UTF-8 (the default), GB18030 (what
/// Chinese Excel saves a CSV as; <c>gbk</c> and <c>gb2312</c> are read as GB18030, which contains both) and UTF-16.
/// </summary>
/// <remarks>
/// The encodings returned are strict: an invalid byte is never replaced silently. The readers of this package report
/// it as a <see cref="TableRules.TextEncoding"/> error of the record that holds it. GB18030 comes from the code-page
/// provider that ships with .NET (<see cref="CodePagesEncodingProvider"/>); it is used directly and not registered, so
/// reading a table changes no process-wide setting. Thread-safe.
/// </remarks>
public static class TableEncodings
{
    /// <summary>The character an invalid byte sequence decodes to inside the readers, found and reported there.</summary>
    /// <remarks>U+FFFF is a noncharacter: a text that really holds one is reported as undecodable too.</remarks>
    internal const char InvalidMark = '\uFFFF';

    private const int Gb18030CodePage = 54936;

    /// <summary>Gets the names accepted by <see cref="Get"/>, for messages.</summary>
    public static IReadOnlyList<string> Names { get; } = ["utf-8", "gb18030", "gbk", "gb2312", "utf-16", "utf-16le", "utf-16be"];

    /// <summary>Gets strict UTF-8, the default encoding of every text table.</summary>
    public static Encoding Utf8 { get; } = Strict(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

    /// <summary>Gets strict GB18030, for files saved by Chinese Excel ("CSV (逗号分隔)").</summary>
    public static Encoding Gb18030 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(Gb18030CodePage, EncoderFallback.ExceptionFallback, DecoderFallbackForReaders)
        ?? throw new InvalidOperationException("GB18030 is missing from the code-page provider of this runtime.");

    /// <summary>Gets strict UTF-16, little-endian.</summary>
    public static Encoding Utf16LittleEndian { get; } = Strict(new UnicodeEncoding(bigEndian: false, byteOrderMark: false));

    /// <summary>Gets strict UTF-16, big-endian.</summary>
    public static Encoding Utf16BigEndian { get; } = Strict(new UnicodeEncoding(bigEndian: true, byteOrderMark: false));

    private static DecoderFallback DecoderFallbackForReaders => new DecoderReplacementFallback(InvalidMark.ToString());

    /// <summary>Gets the encoding of a name: <c>utf-8</c> (or <c>utf8</c>), <c>gb18030</c>, <c>gbk</c>, <c>gb2312</c>, <c>utf-16</c> (little-endian), <c>utf-16le</c>, <c>utf-16be</c>; case and surrounding spaces are ignored.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The strict encoding.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">The name is not one of <see cref="Names"/>; the message lists them.</exception>
    public static Encoding Get(string name)
    {
        Guard.Against.Null(name);
        return TryGet(name, out var encoding)
            ? encoding
            : throw new ArgumentException($"'{name}' is not an encoding this reader knows; use one of: {string.Join(", ", Names)}.", nameof(name));
    }

    /// <summary>Gets the encoding of a name, as <see cref="Get"/> does, without throwing.</summary>
    /// <param name="name">The name.</param>
    /// <param name="encoding">The strict encoding, when the name is known.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryGet(string? name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Encoding? encoding)
    {
        encoding = (name?.Trim().ToUpperInvariant()) switch
        {
            "UTF-8" or "UTF8" => Utf8,
            "GB18030" or "GBK" or "GB2312" or "CP936" or "936" => Gb18030,
            "UTF-16" or "UTF16" or "UTF-16LE" or "UTF16LE" or "UNICODE" => Utf16LittleEndian,
            "UTF-16BE" or "UTF16BE" => Utf16BigEndian,
            _ => null,
        };
        return encoding is not null;
    }

    /// <summary>A strict copy of an encoding: it throws on a character it cannot write and marks every byte it cannot read.</summary>
    /// <param name="encoding">The encoding.</param>
    /// <returns>The copy.</returns>
    internal static Encoding Strict(Encoding encoding)
    {
        var copy = (Encoding)encoding.Clone();
        copy.EncoderFallback = EncoderFallback.ExceptionFallback;
        copy.DecoderFallback = DecoderFallbackForReaders;
        return copy;
    }

    /// <summary>The display name of an encoding in messages.</summary>
    /// <param name="encoding">The encoding.</param>
    /// <returns>For example <c>UTF-8</c> or <c>GB18030</c>.</returns>
    internal static string DisplayName(Encoding encoding) => encoding.CodePage switch
    {
        65001 => "UTF-8",
        Gb18030CodePage => "GB18030",
        1200 => "UTF-16LE",
        1201 => "UTF-16BE",
        _ => encoding.WebName.ToUpperInvariant(),
    };
}
