using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;

namespace LaborStandard.Benchmarks.ColdStart;

/// <summary>
/// The first load of the embedded standard in a fresh process, measured the only honest way: start a new process for
/// every sample, let it load the standard once, and report the median over the samples.
/// </summary>
/// <remarks>
/// BenchmarkDotNet's cold-start strategy measures a first call, but inside a host process that has already run the
/// harness and its setup; a process of our own that does nothing else first is closer to what an application meets.
/// </remarks>
internal static class ColdStartHarness
{
    /// <summary>The command that runs the harness: <c>cold-start [samples] [--out file.md]</c>.</summary>
    public const string Command = "cold-start";

    public static int Run(string[] args)
    {
        var samples = args.Length > 1 && int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 21;
        var outIndex = Array.IndexOf(args, "--out");
        var output = outIndex >= 0 && outIndex + 1 < args.Length ? args[outIndex + 1] : null;

        var embedded = Sample(ColdStartProbe.EmbeddedMode, samples);
        var steps = Sample(ColdStartProbe.StepsMode, samples);
        var report = Report(samples, embedded, steps);
        Console.WriteLine(report);
        if (output is not null)
        {
            File.WriteAllText(output, report);
            Console.WriteLine($"written to {Path.GetFullPath(output)}");
        }

        return 0;
    }

    private static Dictionary<string, List<double>> Sample(string mode, int samples)
    {
        var figures = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        for (var i = 0; i < samples; i++)
        {
            foreach (var line in Probe(mode))
            {
                var parts = line.Split('=', 2);
                if (parts.Length == 2 && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                {
                    (figures.TryGetValue(parts[0], out var list) ? list : figures[parts[0]] = []).Add(value);
                }
            }
        }

        return figures;
    }

    private static string[] Probe(string mode)
    {
        var start = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        var host = Environment.ProcessPath ?? throw new InvalidOperationException("the path of this process is not known.");
        start.FileName = host;
        if (Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(Assembly.GetExecutingAssembly().Location);
        }

        start.ArgumentList.Add(ColdStartProbe.Argument);
        start.ArgumentList.Add(mode);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("the probe did not start.");
        var stdout = process.StandardOutput.ReadToEnd();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"the probe failed with exit code {process.ExitCode}: {stderr}");
        }

        return stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    private static string Report(int samples, Dictionary<string, List<double>> embedded, Dictionary<string, List<double>> steps)
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.AppendLine("# First load of the embedded standard in a fresh process");
        text.AppendLine();
        text.AppendLine(inv, $"{samples} fresh processes per row; each loads once and reports; median, minimum and maximum over the processes.");
        text.AppendLine(inv, $"Machine: {RuntimeInformation.OSDescription}, {Environment.ProcessorCount} logical cores, {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.ProcessArchitecture}.");
        text.AppendLine(inv, $"Run on {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; load average before the run: {LoadAverage()}.");
        text.AppendLine();
        text.AppendLine("| Step | Median | Min | Max |");
        text.AppendLine("|---|---:|---:|---:|");
        Row(text, "`Standards.Embedded` on first use (read, parse, validate)", embedded, "load", "ms");
        Row(text, "… of which JIT compilation", embedded, "jit", "ms");
        Row(text, "… methods compiled", embedded, "methods", string.Empty);
        Row(text, "Process start to loaded (runtime start-up included)", embedded, "sinceProcessStart", "ms");
        Row(text, "Step 1: read the embedded resource (cold)", steps, "read", "ms");
        Row(text, "… of which JIT compilation", steps, "readJit", "ms");
        Row(text, "Step 2: first `StandardDocument.Parse` (cold)", steps, "parseCold", "ms");
        Row(text, "… of which JIT compilation", steps, "parseColdJit", "ms");
        Row(text, "Step 3: second `StandardDocument.Parse` in the same process (warm, first time)", steps, "parseWarm", "ms");
        Row(text, "… of which JIT compilation", steps, "parseWarmJit", "ms");
        return text.ToString();
    }

    private static void Row(StringBuilder text, string name, Dictionary<string, List<double>> figures, string key, string unit)
    {
        if (!figures.TryGetValue(key, out var values) || values.Count == 0)
        {
            return;
        }

        values.Sort();
        var median = values.Count % 2 == 1 ? values[values.Count / 2] : (values[(values.Count / 2) - 1] + values[values.Count / 2]) / 2;
        var format = unit.Length == 0 ? "F0" : "F2";
        var suffix = unit.Length == 0 ? string.Empty : " " + unit;
        text.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {median.ToString(format, CultureInfo.InvariantCulture)}{suffix} | {values[0].ToString(format, CultureInfo.InvariantCulture)}{suffix} | {values[^1].ToString(format, CultureInfo.InvariantCulture)}{suffix} |");
    }

    private static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "not known";
        }
        catch (IOException)
        {
            return "not known";
        }
    }
}
