using System;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace InclusiveAnalyzers.Benchmarks.Analyzers
{
    /// <summary>
    /// Proves the benchmark measures what it claims before timing it: the code base compiles
    /// without errors, is big enough, and our analyzers find the seeded terms without failing.
    /// </summary>
    public static class AnalyzerCheck
    {
        public const int RequiredLines = 50_000;

        public static string Describe(BenchCompilation bench)
        {
            var code = bench.Code ?? throw new InvalidOperationException("Describe checks the generated code base only.");
            if (code.Lines < RequiredLines)
            {
                throw new InvalidOperationException($"The generated code has {code.Lines:N0} lines; the benchmark needs at least {RequiredLines:N0}.");
            }

            var errors = bench.Compile().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
            if (errors.Length > 0)
            {
                throw new InvalidOperationException(
                    $"The generated code does not compile ({errors.Length} errors), so the figures would not be realistic. First: " +
                    string.Join(Environment.NewLine, errors.Take(5).Select(e => e.ToString())));
            }

            var builder = new StringBuilder()
                .Append($"// Generated code base: {code.Files.Count:N0} files, {code.Lines:N0} lines, 0 compile errors; ")
                .Append($"seeded {code.SeededIdentifiers} identifiers, {code.SeededComments} comments, {code.SeededStrings} strings with terms.");
            foreach (var set in new[] { AnalyzerSet.Empty, AnalyzerSet.Ours, AnalyzerSet.OursWithStrings })
            {
                var diagnostics = bench.AnalyzeAsync(set).GetAwaiter().GetResult();
                var byId = diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}");
                builder.AppendLine().Append($"// {set}: {diagnostics.Length} diagnostics ({string.Join(", ", byId)})");
                if (set != AnalyzerSet.Empty && !diagnostics.Any(d => d.Id == "INCL101") )
                {
                    throw new InvalidOperationException($"{set} reported no INCL101 on a code base seeded with terms: the analyzers are not running.");
                }
            }

            return builder.ToString();
        }
    }
}
