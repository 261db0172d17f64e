using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using LaborStandard.Benchmarks.ColdStart;

namespace LaborStandard.Benchmarks;

/// <summary>
/// Entry point. Pick benchmarks with the usual BenchmarkDotNet arguments (e.g. <c>--filter *</c>); run
/// <c>cold-start [samples] [--out file.md]</c> for the first load of the standard in fresh processes; or run
/// <c>office-table N FILE</c> to write N office candidates as CSV for whole-process runs of the tool; or run
/// <c>--smoke</c> to run every benchmark once, in process, as a test that none is broken (no timing is judged).
/// </summary>
public static class Program
{
    /// <summary>The argument of the smoke run.</summary>
    public const string SmokeArgument = "--smoke";

    public static int Main(string[] args)
    {
        if (args.Length >= 2 && args[0] == ColdStartProbe.Argument)
        {
            return ColdStartProbe.Run(args[1]);
        }

        if (args.Length >= 1 && args[0] == ColdStartHarness.Command)
        {
            return ColdStartHarness.Run(args);
        }

        if (args.Length == 3 && args[0] == "office-table")
        {
            // office-table N FILE: the office candidates of the read benchmark, N of them, as a CSV file for whole-process runs.
            Suites.TableReadingBenchmarks.WriteCsv(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args[2]);
            return 0;
        }

        var switcher = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly);
        if (Array.IndexOf(args, SmokeArgument) < 0)
        {
            // The targets of issue 8 are medians: show the median beside the mean in every table.
            switcher.Run(args, DefaultConfig.Instance.AddColumn(StatisticColumn.Median));
            return 0;
        }

        return Smoke(switcher, [.. args.Where(a => a != SmokeArgument)]);
    }

    /// <summary>Every benchmark once, in this process, with a dry job; fails when one fails, then probes a cold start.</summary>
    private static int Smoke(BenchmarkSwitcher switcher, string[] args)
    {
        var artifacts = Path.Combine(Path.GetTempPath(), "laborstandard-benchmarks-smoke");
        var config = DefaultConfig.Instance
            .AddJob(Job.Dry.WithToolchain(InProcessEmitToolchain.Instance))
            .WithArtifactsPath(artifacts)
            .WithOptions(ConfigOptions.DisableLogFile);
        if (Array.IndexOf(args, "--filter") < 0)
        {
            args = [.. args, "--filter", "*"];
        }

        var summaries = switcher.Run(args, config).ToList();
        var failures = Failures(summaries);
        foreach (var failure in failures)
        {
            Console.Error.WriteLine($"smoke: {failure}");
        }

        ColdStartHarness.Run([ColdStartHarness.Command, "1"]);
        Console.WriteLine(failures.Count == 0
            ? $"smoke: {summaries.Sum(s => s.Reports.Length)} benchmarks ran once, none failed"
            : $"smoke: {failures.Count} benchmark problem(s)");
        return failures.Count == 0 ? 0 : 1;
    }

    private static List<string> Failures(List<Summary> summaries)
    {
        var failures = new List<string>();
        if (summaries.Count == 0)
        {
            failures.Add("no benchmark was run (check the filter)");
        }

        foreach (var summary in summaries)
        {
            failures.AddRange(summary.ValidationErrors.Where(e => e.IsCritical).Select(e => $"{summary.Title}: {e.Message}"));
            failures.AddRange(summary.BenchmarksCases.Where(c => summary[c] is not { Success: true }).Select(c => $"{c.DisplayInfo} did not run to the end"));
        }

        return failures;
    }
}
