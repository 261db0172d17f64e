using System.Text;

namespace LaborStandard.Cli.Output;

/// <summary>Where and how a batch writes its answers, as the command line says.</summary>
/// <param name="Path"><c>--output</c>: the file; standard output when null.</param>
/// <param name="Csv"><c>--output-format csv</c>: a CSV table rather than JSON Lines.</param>
/// <param name="Encoding"><c>--output-encoding</c> of a CSV table: UTF-8 (with a byte-order mark) or GB18030.</param>
/// <param name="VerdictOnly"><c>--verdict-only</c>: short answers rather than explained decisions (CSV always has short answers).</param>
internal sealed record BatchOutputOptions(string? Path, bool Csv, Encoding Encoding, bool VerdictOnly);
