using System.Globalization;
using LaborStandard.DocsCheck;

// docs-check links SITE_DIR
// docs-check benchmark-charts RESULTS_DIR OUTPUT_MD
// docs-check browse (--site SITE_DIR | --url BASE_URL) --chromium PATH --artifacts DIR
// Prints one line per problem and exits 1 when there is any; 2 on a usage error.
return args switch
{
    ["links", var site] => Report(LinkCheck.Run(site)),
    ["benchmark-charts", var results, var output] => Report(BenchmarkCharts.Run(results, output)),
    ["browse", .. var rest] when Options.TryParse(rest, out var options) => Report(await Browse.RunAsync(options)),
    _ => Usage(),
};

static int Report(IReadOnlyList<string> problems)
{
    foreach (var problem in problems)
    {
        Console.Error.WriteLine($"docs-check: {problem}");
    }

    if (problems.Count > 0)
    {
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"docs-check: {problems.Count} problem(s)"));
        return 1;
    }

    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: docs-check links SITE_DIR | docs-check benchmark-charts RESULTS_DIR OUTPUT_MD | docs-check browse (--site SITE_DIR | --url BASE_URL) --chromium PATH --artifacts DIR");
    return 2;
}
