using System.CommandLine;
using System.Globalization;
using System.Text.Json.Serialization.Metadata;
using LaborStandard.Cli.Input;
using LaborStandard.Cli.Output;
using LaborStandard.Model;

namespace LaborStandard.Cli;

/// <summary>
/// One run of the tool: where it writes, what it reads, its language, whether it answers in JSON, and the standard it
/// works on (the shipped one, or the edition given with <c>--standard</c>, loaded on first use).
/// </summary>
internal sealed class Session
{
    private readonly CliEnvironment _environment;
    private OccupationalStandard? _standard;

    public Session(CliEnvironment environment, TextWriter output, TextWriter error, Stream input, Language language)
    {
        _environment = environment;
        Out = output;
        Error = error;
        In = input;
        Language = language;
        Text = new CliTexts(language.IsEnglish);
        Globals = new GlobalOptions(Text);
    }

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    /// <summary>Gets standard input, as bytes: what <c>-</c> reads.</summary>
    public Stream In { get; }

    public Language Language { get; }

    public CultureInfo Culture => Language.Culture;

    public CliTexts Text { get; }

    public GlobalOptions Globals { get; }

    /// <summary>Gets whether the command answers in JSON (<c>--json</c>).</summary>
    public bool Json { get; private set; }

    /// <summary>Gets the file given with <c>--standard</c>, if any.</summary>
    public string? StandardPath { get; private set; }

    public DateOnly Today => _environment.Today;

    public bool ErrorIsTerminal => _environment.ErrorIsTerminal;

    /// <summary>Gets the standard: the shipped 3-01-01-02, or the edition read from <c>--standard</c>.</summary>
    public OccupationalStandard Standard => _standard ??= StandardPath is null ? Standards.Embedded : Documents.ReadStandard(this, StandardPath);

    /// <summary>Takes the options every command has from a parse.</summary>
    /// <param name="parse">The parse of the command line.</param>
    public void Bind(ParseResult parse)
    {
        Json = parse.GetValue(Globals.Json);
        StandardPath = parse.GetValue(Globals.Standard);
    }

    /// <summary>Resolves a path given by the user against the current folder.</summary>
    /// <param name="path">The path as given.</param>
    /// <returns>The full path.</returns>
    public string Resolve(string path) => Path.GetFullPath(path, _environment.CurrentDirectory);

    /// <summary>Picks the text of the output language.</summary>
    /// <param name="text">A text of the standard or the library.</param>
    /// <returns>The Chinese or the English.</returns>
    public string Local(LocalizedText text) => text.Get(Culture);

    /// <summary>Picks the text of the output language from a text already in an answer's JSON shape.</summary>
    /// <param name="text">The text in both languages.</param>
    /// <returns>The Chinese or the English.</returns>
    public string Local(TextDto text) => Language.IsEnglish ? text.En : text.Zh;

    /// <summary>Writes a JSON answer on stdout, ending the line.</summary>
    /// <param name="json">The JSON, from the library's writers or <see cref="CliJson"/>.</param>
    public void WriteJson(string json)
    {
        Out.Write(json.TrimEnd('\n'));
        Out.Write('\n');
    }

    /// <summary>Writes one of the tool's own answers as indented JSON on stdout.</summary>
    /// <typeparam name="T">The answer's shape.</typeparam>
    /// <param name="value">The answer.</param>
    /// <param name="type">Its type information from <see cref="CliJson.Indented"/>.</param>
    public void WriteJson<T>(T value, JsonTypeInfo<T> type) => WriteJson(CliJson.Write(value, type));
}
