using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using LaborStandard.Serialization;

namespace LaborStandard.Benchmarks.ColdStart;

/// <summary>
/// What one fresh process measures: the first load of the embedded standard, as a caller meets it, and the same work
/// split into its steps. Runs once per process, before anything else of the library has run.
/// </summary>
/// <remarks>
/// Each figure is one line <c>name=milliseconds</c> on standard output, read by <see cref="ColdStartHarness"/>. The JIT
/// time comes from <see cref="System.Runtime.JitInfo"/>: the time the process spent compiling methods during the step.
/// </remarks>
internal static class ColdStartProbe
{
    /// <summary>The argument that makes the process a probe.</summary>
    public const string Argument = "--cold-start-probe";

    /// <summary>Measures <c>Standards.Embedded</c>: the resource read, parsed and validated, on first use.</summary>
    public const string EmbeddedMode = "embedded";

    /// <summary>Measures the same in steps: read the resource, first parse (cold), second parse (warm).</summary>
    public const string StepsMode = "steps";

    public static int Run(string mode)
    {
        var figures = mode switch
        {
            EmbeddedMode => Embedded(),
            StepsMode => Steps(),
            _ => throw new ArgumentException($"unknown probe mode '{mode}'; use '{EmbeddedMode}' or '{StepsMode}'.", nameof(mode)),
        };
        foreach (var (name, value) in figures)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}={value:R}"));
        }

        return 0;
    }

    private static List<(string Name, double Milliseconds)> Embedded()
    {
        var jitBefore = JitInfo.GetCompilationTime();
        var methodsBefore = JitInfo.GetCompiledMethodCount();
        var start = Stopwatch.GetTimestamp();
        var standard = Standards.Embedded;
        var elapsed = Stopwatch.GetElapsedTime(start);
        var jit = JitInfo.GetCompilationTime() - jitBefore;
        GC.KeepAlive(standard);
        return
        [
            ("load", elapsed.TotalMilliseconds),
            ("jit", jit.TotalMilliseconds),
            ("methods", JitInfo.GetCompiledMethodCount() - methodsBefore),
            ("sinceProcessStart", (DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds),
        ];
    }

    private static List<(string Name, double Milliseconds)> Steps()
    {
        var figures = new List<(string, double)>();
        var json = Timed("read", Standards.ReadEmbeddedJson, figures);
        Timed("parseCold", () => StandardDocument.Parse(json), figures);
        Timed("parseWarm", () => StandardDocument.Parse(json), figures);
        return figures;
    }

    private static T Timed<T>(string name, Func<T> step, List<(string, double)> figures)
    {
        var jitBefore = JitInfo.GetCompilationTime();
        var start = Stopwatch.GetTimestamp();
        var result = step();
        figures.Add((name, Stopwatch.GetElapsedTime(start).TotalMilliseconds));
        figures.Add((name + "Jit", (JitInfo.GetCompilationTime() - jitBefore).TotalMilliseconds));
        return result;
    }
}
