using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Rules;
using InclusiveAnalyzers.Documents;

namespace InclusiveAnalyzers.Cli.Scanning.CSharp;

/// <summary>
/// The per-file cap on C# findings, as documents have it (<c>DocumentScanOptions.MaxFindingsPerFile</c>): a file past it lists
/// its first findings and one INCL002 that counts the rest by rule. Twenty thousand copies of one comment are one problem
/// repeated, usually in generated code, and a report that lists them all buries every other file's. A file whose analysis
/// stopped early (<see cref="CSharpReportLimits"/>) always gets the INCL002, which says from which line it was not checked.
/// </summary>
internal static class CSharpFindingCap
{
    public static IEnumerable<Finding> Capped(IEnumerable<Finding> findings, IReadOnlyDictionary<string, CSharpReportLimits.Limit>? limits = null, int max = DocumentScanOptions.DefaultMaxFindingsPerFile)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in findings.GroupBy(f => f.Path, StringComparer.Ordinal))
        {
            seen.Add(file.Key);
            var all = file.ToList();
            CSharpReportLimits.Limit? limit = limits != null && limits.TryGetValue(file.Key, out var found) ? found : null;
            if (all.Count <= max && limit == null)
            {
                foreach (var finding in all)
                {
                    yield return finding;
                }

                continue;
            }

            var ordered = all.OrderBy(f => f.Line).ThenBy(f => f.Column).ThenBy(f => f.RuleId, StringComparer.Ordinal).ToList();
            for (int i = 0; i < max && i < ordered.Count; i++)
            {
                yield return ordered[i];
            }

            yield return Summary(file.Key, ordered[0].DisplayPath, ordered.Skip(max).ToList(), max, limit);
        }

        if (limits == null)
        {
            yield break;
        }

        foreach (var (path, limit) in limits.OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            if (!seen.Contains(path))
            {
                yield return Summary(path, null, Array.Empty<Finding>(), max, limit);
            }
        }
    }

    private static Finding Summary(string path, string? displayPath, IReadOnlyList<Finding> unlisted, int max, CSharpReportLimits.Limit? limit)
    {
        var rule = RuleCatalog.Get(RuleCatalog.DocumentSkipped);
        var byRule = string.Join(", ", unlisted.GroupBy(f => f.RuleId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count():N0} {g.Key}"));
        var listed = unlisted.Count == 0 ? "" : $"{unlisted.Count:N0} more findings in this file were not listed ({byRule}): only the first {max:N0} are. ";
        var stopped = limit is { } at
            ? $"The file holds more than {CSharpReportLimits.Candidates:N0} possible findings, so it was checked only up to line {at.Line:N0}, column {at.Column:N0}. "
            : "";
        return new Finding(
            rule.Id,
            rule.DefaultSeverity,
            listed + stopped +
            "The same problem repeated is usually generated code: fix the listed ones ('inclusive fix' renames and rewrites them everywhere) and scan again, or exclude the file.",
            path, 0, 0, 0, 0)
        { DisplayPath = displayPath! };
    }
}
