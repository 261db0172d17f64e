namespace LaborStandard.Cli;

/// <summary>The options every command takes: <c>--lang</c>, <c>--json</c> and <c>--standard</c>.</summary>
internal sealed class GlobalOptions
{
    public GlobalOptions(CliTexts text)
    {
        Lang = new Option<string>("--lang")
        {
            Description = text.LangOption,
            HelpName = "zh|en",
            Recursive = true,
        };
        Lang.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (!Language.TryParse(value, out _))
            {
                result.AddError(text.UnknownLanguage(value));
            }
        });

        Json = new Option<bool>("--json")
        {
            Description = text.JsonOption,
            Recursive = true,
        };

        Standard = new Option<string?>("--standard")
        {
            Description = text.StandardOption,
            HelpName = "standard.json",
            Recursive = true,
        };
    }

    public Option<string> Lang { get; }

    public Option<bool> Json { get; }

    public Option<string?> Standard { get; }

    public IEnumerable<Option> All => [Lang, Json, Standard];
}
