using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Rules;
using InclusiveAnalyzers.Documents;

namespace InclusiveAnalyzers.Cli.Scanning.CSharp;

/// <summary>
/// The per-file cap on C# findings, as documents have it (<c>DocumentScanOptions.MaxFindingsPerFile</c>): a file past it lists
/// its first findings and one INCL002 that counts the rest by rule. Twenty thousand copies of one comment are one problem
/// repeated, usually in generated code, and a report that lists them all buries every other file's.
/// </summary>
internal static class CSharpFindingCap
{
    public static IEnumerable<Finding> Capped(IEnumerable<Finding> findings, int max = DocumentScanOptions.DefaultMaxFindingsPerFile)
    {
        foreach (var file in findings.GroupBy(f => f.Path, StringComparer.Ordinal))
        {
            var all = file.ToList();
            if (all.Count <= max)
            {
                foreach (var finding in all)
                {
                    yield return finding;
                }

                continue;
            }

            var ordered = all.OrderBy(f => f.Line).ThenBy(f => f.Column).ThenBy(f => f.RuleId, StringComparer.Ordinal).ToList();
            for (int i = 0; i < max; i++)
            {
                yield return ordered[i];
            }

            yield return Summary(ordered[0], ordered.Skip(max).ToList(), max);
        }
    }

    private static Finding Summary(Finding first, IReadOnlyList<Finding> unlisted, int max)
    {
        var byRule = string.Join(", ", unlisted.GroupBy(f => f.RuleId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count():N0} {g.Key}"));
        var rule = RuleCatalog.Get(RuleCatalog.DocumentSkipped);
        return new Finding(
            rule.Id,
            rule.DefaultSeverity,
            $"{unlisted.Count:N0} more findings in this file were not listed ({byRule}): only the first {max:N0} are. " +
            "The same problem repeated is usually generated code: fix the listed ones ('inclusive fix' renames and rewrites them everywhere) and scan again, or exclude the file.",
            first.Path, 0, 0, 0, 0)
        { DisplayPath = first.DisplayPath };
    }
}
