using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using InclusiveAnalyzers.Benchmarks.Reporting;
using InclusiveAnalyzers.Core.Configuration;
using InclusiveAnalyzers.Core.Terms;

namespace InclusiveAnalyzers.Benchmarks.Engine
{
    /// <summary>
    /// TermMatcher.FindInProse line by line over the shared Markdown corpus, the way the comment
    /// analyzer calls it (one call per // line or XML doc text token). The no-match case must allocate nothing.
    /// </summary>
    [MemoryDiagnoser]
    public class ProseBenchmarks
    {
        private TermMatcher matcher = null!;
        private TextLine[] englishNoMatch = null!;
        private TextLine[] english = null!;
        private TextLine[] allLanguages = null!;

        [GlobalSetup]
        public void Setup()
        {
            matcher = InclusiveSettings.Default.GetMatcher();
            englishNoMatch = ProseWorkload.Instance.EnglishNoMatch;
            english = ProseWorkload.Instance.English;
            allLanguages = ProseWorkload.Instance.AllLanguages;
        }

        [Benchmark(Description = "Prose (English), no match")]
        [Workload(Workloads.ProseEnglishNoMatch)]
        public int EnglishNoMatch() => Scan(englishNoMatch);

        [Benchmark(Description = "Prose (English), all lines")]
        [Workload(Workloads.ProseEnglish)]
        public int English() => Scan(english);

        [Benchmark(Description = "Prose (all 29 languages), all lines")]
        [Workload(Workloads.ProseAllLanguages)]
        public int AllLanguages() => Scan(allLanguages);

        private int Scan(TextLine[] lines)
        {
            var m = matcher;
            int found = 0;
            foreach (var line in lines)
            {
                List<TermMatch>? matches = null;
                if (m.FindInProse(line.Text, line.Start, line.Length, ref matches))
                {
                    found += matches!.Count;
                }
            }

            return found;
        }
    }
}
