using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using InclusiveAnalyzers.Benchmarks.Reporting;
using InclusiveAnalyzers.Core.Configuration;
using InclusiveAnalyzers.Core.Terms;

namespace InclusiveAnalyzers.Benchmarks.Engine
{
    /// <summary>
    /// TermMatcher.FindInIdentifier over every harvested runtime name per invocation. The no-match
    /// case must allocate nothing (MemoryDiagnoser: 0 B); the mixed case allocates only the result
    /// lists of the names that match.
    /// </summary>
    [MemoryDiagnoser]
    public class IdentifierBenchmarks
    {
        private TermMatcher matcher = null!;
        private string[] noMatch = null!;
        private string[] mixed = null!;

        [GlobalSetup]
        public void Setup()
        {
            matcher = InclusiveSettings.Default.GetMatcher();
            noMatch = IdentifierWorkload.Instance.NoMatch;
            mixed = IdentifierWorkload.Instance.Mixed;
        }

        [Benchmark(Description = "Identifiers, no match")]
        [Workload(Workloads.IdentifiersNoMatch)]
        public int NoMatch() => Scan(noMatch);

        [Benchmark(Description = "Identifiers, 2% with terms")]
        [Workload(Workloads.IdentifiersMixed)]
        public int Mixed() => Scan(mixed);

        private int Scan(string[] names)
        {
            var m = matcher;
            int found = 0;
            foreach (var name in names)
            {
                List<TermMatch>? matches = null;
                if (m.FindInIdentifier(name, ref matches))
                {
                    found += matches!.Count;
                }
            }

            return found;
        }
    }
}
