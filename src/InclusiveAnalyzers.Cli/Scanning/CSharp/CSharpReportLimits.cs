using System.Collections.Concurrent;
using InclusiveAnalyzers.Core.Terms;
using InclusiveAnalyzers.Documents;
using InclusiveAnalyzers.Shared;
using Microsoft.CodeAnalysis;

namespace InclusiveAnalyzers.Cli.Scanning.CSharp;

/// <summary>
/// Where the analysis of a file with thousands of possible findings stops (<see cref="ReportLimit"/>): at its
/// <see cref="Candidates"/>+1st candidate that could be a finding (<see cref="PossibleFindings"/>: not in a reference). The
/// report lists 1,000 findings per file (<see cref="CSharpFindingCap"/>); past twice that many (exceptions and other senses
/// are candidates that are no finding) the rest would only cost the compiler's per-diagnostic work, 20,000 times for 20,000
/// generated fields. Decided from the syntax alone, so every run lists the same findings.
/// </summary>
internal static class CSharpReportLimits
{
    public const int Candidates = 2 * DocumentScanOptions.DefaultMaxFindingsPerFile;

    /// <summary>A limit: the position analysis stops at, and its line and column (1-based) for the report.</summary>
    public readonly record struct Limit(int Position, int Line, int Column);

    /// <summary>The limit of each file with more than <paramref name="candidates"/> candidates, by path.</summary>
    public static IReadOnlyDictionary<string, Limit> For(IReadOnlyList<SyntaxTree> trees, Func<SyntaxTree, TermMatcher> matcherFor, CancellationToken cancellationToken, int candidates = Candidates)
    {
        var limits = new ConcurrentDictionary<string, Limit>(StringComparer.Ordinal);
        FileWorkers.For(trees.Count, i =>
        {
            var tree = trees[i];
            var text = tree.GetText(cancellationToken);
            var matcher = matcherFor(tree);
            var whole = text.ToString();
            int count = 0;
            for (int at = matcher.NextCandidate(whole, 0, whole.Length); at >= 0 && count <= candidates; at = at + 1 < whole.Length ? matcher.NextCandidate(whole, at + 1, whole.Length) : -1)
            {
                count++;
            }

            // Only a file with that many candidates at all is read by syntax, to leave its references out.
            int limit = count > candidates ? PossibleFindings.PositionAfter(tree, matcher, candidates, cancellationToken) : -1;
            if (limit >= 0)
            {
                var line = text.Lines.GetLinePosition(limit);
                limits[tree.FilePath] = new Limit(limit, line.Line + 1, line.Character + 1);
            }
        }, cancellationToken);
        return limits;
    }
}
