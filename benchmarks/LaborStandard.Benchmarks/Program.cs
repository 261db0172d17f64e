using BenchmarkDotNet.Running;

namespace LaborStandard.Benchmarks;

/// <summary>Entry point: pick benchmarks with the usual BenchmarkDotNet arguments, e.g. <c>--filter *</c>.</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
