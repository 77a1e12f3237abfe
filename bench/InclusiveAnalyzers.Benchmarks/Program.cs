using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using InclusiveAnalyzers.Benchmarks.Analyzers;
using InclusiveAnalyzers.Benchmarks.Reporting;

namespace InclusiveAnalyzers.Benchmarks
{
    /// <summary>
    /// BenchmarkDotNet entry point. Usual BenchmarkDotNet arguments (--filter, --job short, ...),
    /// plus "profile" for a per-analyzer breakdown with Roslyn's own execution-time telemetry.
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            if (args.Length > 0 && args[0] == "profile")
            {
                return AnalyzerProfile.Run(args);
            }

            var config = DefaultConfig.Instance
                .AddColumn(ThroughputColumn.Items, ThroughputColumn.MegabytesPerSecond, ThroughputColumn.ItemsPerSecond);
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
            return 0;
        }
    }
}
