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

    /// <summary>
    /// Opens standard output for an answer written as bytes (UTF-8 text, or a table in another encoding): the process's
    /// own stdout when there is one, else a stream that decodes UTF-8 into <see cref="Out"/>. Text written to
    /// <see cref="Out"/> before is flushed first. The caller disposes the stream; stdout itself stays open.
    /// </summary>
    /// <returns>The stream.</returns>
    public Stream OpenOutputBytes()
    {
        Out.Flush();
        return _environment.StandardOutput is { } open ? new Output.StandardOutput(open()) : new Output.TextWriterStream(Out);
    }

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

    /// <summary>Writes a JSON answer on stdout, ending the line.</summary>
    /// <param name="json">The JSON, from the library's writers or <see cref="CliJson"/>.</param>
    public void WriteJson(string json)
    {
        Out.Write(json.TrimEnd('\n'));
        Out.Write('\n');
    }
}
