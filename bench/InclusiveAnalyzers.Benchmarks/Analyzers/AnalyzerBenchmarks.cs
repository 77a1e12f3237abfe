using System;
using System.Linq;
using BenchmarkDotNet.Attributes;

namespace InclusiveAnalyzers.Benchmarks.Analyzers
{
    /// <summary>
    /// Wall time of CompilationWithAnalyzers.GetAnalyzerDiagnosticsAsync on a fresh compilation of
    /// the generated code base (at least 50,000 lines), for an empty analyzer (the baseline) and for
    /// ours, alone and together; compile-only time for context. Every analyzer run binds the whole
    /// compilation, so "Empty" is compile + driver; ours minus Empty is what our callbacks cost.
    /// </summary>
    [MemoryDiagnoser]
    public class AnalyzerBenchmarks
    {
        private BenchCompilation bench = null!;

        [GlobalSetup]
        public void Setup()
        {
            bench = BenchCompilation.Create();
            Console.WriteLine(AnalyzerCheck.Describe(bench));
        }

        [Benchmark(Description = "Compile only (GetDiagnostics)")]
        public int CompileOnly() => bench.Compile().Length;

        [Benchmark(Baseline = true, Description = "Empty analyzer")]
        public int Empty() => Run(AnalyzerSet.Empty);

        [Benchmark(Description = "Mirror (our registrations, empty callbacks)")]
        public int Mirror() => Run(AnalyzerSet.Mirror);

        [Benchmark(Description = "Ours (INCL001/101/102; INCL103 off)")]
        public int Ours() => Run(AnalyzerSet.Ours);

        [Benchmark(Description = "Ours + INCL103 on")]
        public int OursWithStrings() => Run(AnalyzerSet.OursWithStrings);

        [Benchmark(Description = "INCL101 identifiers alone")]
        public int IdentifiersAlone() => Run(AnalyzerSet.Identifiers);

        [Benchmark(Description = "INCL102 comments alone")]
        public int CommentsAlone() => Run(AnalyzerSet.Comments);

        [Benchmark(Description = "INCL103 strings alone (on)")]
        public int StringsAlone() => Run(AnalyzerSet.Strings);

        private int Run(AnalyzerSet set) => bench.AnalyzeAsync(set).GetAwaiter().GetResult().Length;
    }
}
