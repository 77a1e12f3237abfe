using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using InclusiveAnalyzers.Benchmarks.Reporting;
using InclusiveAnalyzers.Core.Configuration;
using InclusiveAnalyzers.Core.Terms;

namespace InclusiveAnalyzers.Benchmarks.Engine
{
    /// <summary>
    /// Whole documents (every language of the shared corpus), as the documents scanner hands them over: the
    /// hit-first candidate search alone, and matching each document whole or in windows around its candidates.
    /// </summary>
    [MemoryDiagnoser]
    public class DocumentMatchBenchmarks
    {
        private TermMatcher matcher = null!;
        private string[] documents = null!;

        [GlobalSetup]
        public void Setup()
        {
            matcher = InclusiveSettings.Default.GetMatcher();
            documents = ProseWorkload.Instance.Documents;
        }

        [Benchmark(Description = "Candidates (all 29 languages), whole documents")]
        [Workload(Workloads.DocumentsAllLanguages)]
        public int Candidates()
        {
            int count = 0;
            foreach (var text in documents)
            {
                for (int at = matcher.NextCandidate(text, 0, text.Length); at >= 0; at = at + 1 < text.Length ? matcher.NextCandidate(text, at + 1, text.Length) : -1)
                {
                    count++;
                }
            }

            return count;
        }

        [Benchmark(Description = "Matches (all 29 languages), each document whole")]
        [Workload(Workloads.DocumentsAllLanguages)]
        public int Whole() => CountMatches(matcher.FindInProse);

        [Benchmark(Description = "Matches (all 29 languages), windows around candidates")]
        [Workload(Workloads.DocumentsAllLanguages)]
        public int Windows() => CountMatches(matcher.FindInProseAround);

        private delegate bool FindMatches(string text, int start, int length, ref List<TermMatch>? results);

        private int CountMatches(FindMatches find)
        {
            int found = 0;
            List<TermMatch>? matches = null;
            foreach (var text in documents)
            {
                if (find(text, 0, text.Length, ref matches))
                {
                    found += matches!.Count;
                    matches.Clear();
                }
            }

            return found;
        }
    }
}
