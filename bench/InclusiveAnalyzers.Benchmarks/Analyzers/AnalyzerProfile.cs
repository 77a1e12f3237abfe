using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;

namespace InclusiveAnalyzers.Benchmarks.Analyzers
{
    /// <summary>
    /// "profile" mode: the analyzer cases timed with a stopwatch (wall and process CPU time,
    /// interleaved rounds, median), the overhead ratios, then Roslyn's per-analyzer execution
    /// time and action counts. Quicker than BenchmarkDotNet and shows which analyzer costs what;
    /// Roslyn's own telemetry is only indicative (it adds its own timing overhead).
    /// </summary>
    public static class AnalyzerProfile
    {
        private static readonly string[] Cases = { "Compile", "Empty", "Mirror", "Ours", "OursWithStrings", "Identifiers", "Comments", "Strings" };

        public static int Run(string[] args)
        {
            int rounds = 7;
            bool concurrent = true;
            string? source = null;
            for (int i = 1; i < args.Length; i++)
            {
                if (args[i] == "--rounds" && i + 1 < args.Length && int.TryParse(args[i + 1], out var r) && r > 0)
                {
                    rounds = r;
                    i++;
                }
                else if (args[i] == "--source" && i + 1 < args.Length)
                {
                    source = args[++i];
                }
                else if (args[i] == "--sequential")
                {
                    concurrent = false;
                }
                else
                {
                    Console.Error.WriteLine($"Unknown argument '{args[i]}'. Usage: profile [--rounds N] [--sequential] [--source FOLDER]");
                    return 2;
                }
            }

            var bench = source is null ? BenchCompilation.Create(concurrent: concurrent) : BenchCompilation.FromFolder(source, concurrent);
            Console.WriteLine(source is null ? AnalyzerCheck.Describe(bench) : "// " + bench.Description);
            Console.WriteLine($"// {Environment.ProcessorCount} cores, {(concurrent ? "concurrent build and analysis" : "sequential build and analysis")}, " +
                $"{rounds} rounds after one warm-up round; medians. Load average before: {LoadAverage()}.");

            var wall = Cases.ToDictionary(c => c, _ => new List<double>());
            var cpu = Cases.ToDictionary(c => c, _ => new List<double>());
            for (int round = 0; round <= rounds; round++)
            {
                // Rotate the order so that slow phases of a noisy machine do not always hit the same case.
                for (int j = 0; j < Cases.Length; j++)
                {
                    var name = Cases[(j + round) % Cases.Length];
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                    var process = Process.GetCurrentProcess();
                    var cpuBefore = process.TotalProcessorTime;
                    var watch = Stopwatch.StartNew();
                    RunCase(bench, name);
                    watch.Stop();
                    process.Refresh();
                    if (round > 0)
                    {
                        wall[name].Add(watch.Elapsed.TotalMilliseconds);
                        cpu[name].Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
                    }
                }
            }

            Console.WriteLine();
            Console.WriteLine("| Case | Wall median (ms) | Wall min (ms) | CPU median (ms) | Wall vs Empty |");
            Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
            double empty = Median(wall["Empty"]);
            foreach (var name in Cases)
            {
                double m = Median(wall[name]);
                Console.WriteLine($"| {name} | {F(m)} | {F(wall[name].Min())} | {F(Median(cpu[name]))} | {(m / empty - 1) * 100:+0.0;-0.0}% |");
            }

            double compile = Median(wall["Compile"]);
            foreach (var name in new[] { "Ours", "OursWithStrings" })
            {
                double ours = Median(wall[name]);
                double cpuExtra = Median(cpu[name]) - Median(cpu["Empty"]);
                Console.WriteLine(
                    $"// {name}: (ours - empty) / empty = {(ours - empty) / empty * 100:0.0}%; " +
                    $"(ours - empty) / (compile + empty) = {(ours - empty) / (compile + empty) * 100:0.0}%; " +
                    $"CPU (ours - empty) / empty = {cpuExtra / Median(cpu["Empty"]) * 100:0.0}%");
            }

            double mirror = Median(cpu["Mirror"]);
            Console.WriteLine(
                $"// CPU split for Ours: driver dispatch (Mirror - Empty) = {F(mirror - Median(cpu["Empty"]))} ms; " +
                $"inside our callbacks (Ours - Mirror) = {F(Median(cpu["Ours"]) - mirror)} ms. Load average after: {LoadAverage()}.");
            Console.WriteLine();
            Telemetry(bench);
            return 0;
        }

        private static void RunCase(BenchCompilation bench, string name)
        {
            if (name == "Compile")
            {
                bench.Compile();
                return;
            }

            bench.AnalyzeAsync(Enum.Parse<AnalyzerSet>(name)).GetAwaiter().GetResult();
        }

        // Roslyn's own per-analyzer accounting, for the split between our analyzers.
        private static void Telemetry(BenchCompilation bench)
        {
            var failures = new ConcurrentQueue<string>();
            var withAnalyzers = bench.WithAnalyzers(AnalyzerSet.OursWithStrings, failures, logExecutionTime: true);
            withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
            BenchCompilation.ThrowIfFailed(failures);
            Console.WriteLine("| Analyzer (Ours + INCL103, telemetry) | Execution time (ms) | Symbol actions | Syntax node actions | Syntax tree actions | Additional file actions |");
            Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
            foreach (var analyzer in withAnalyzers.Analyzers)
            {
                AnalyzerTelemetryInfo info = withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, default).GetAwaiter().GetResult();
                Console.WriteLine($"| {analyzer.GetType().Name} | {F(info.ExecutionTime.TotalMilliseconds)} | {info.SymbolActionsCount} | {info.SyntaxNodeActionsCount} | {info.SyntaxTreeActionsCount} | {info.AdditionalFileActionsCount} |");
            }
        }

        private static string LoadAverage()
        {
            try
            {
                return System.IO.File.Exists("/proc/loadavg") ? System.IO.File.ReadAllText("/proc/loadavg").Trim() : "n/a";
            }
            catch (System.IO.IOException)
            {
                return "n/a";
            }
        }

        private static double Median(List<double> values)
        {
            var sorted = values.OrderBy(v => v).ToArray();
            int mid = sorted.Length / 2;
            return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        }

        private static string F(double ms) => ms.ToString("N0", CultureInfo.InvariantCulture);
    }
}
