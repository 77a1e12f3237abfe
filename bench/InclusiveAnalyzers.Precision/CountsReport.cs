using System.Text;

namespace InclusiveAnalyzers.Precision;

/// <summary>Findings per set, family, rule and term; the same text goes to the console and report.md.</summary>
internal static class CountsReport
{
    public static string Build(IReadOnlyList<CorpusSet> sets, IReadOnlyList<Finding> all, SourceContext context)
    {
        var sb = new StringBuilder();
        sb.AppendLine("## Findings per set and family").AppendLine();
        sb.AppendLine("| Set | Files with findings | Findings | wording-code | wording-docs | accessibility | code-of-conduct |");
        sb.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var set in sets)
        {
            var f = all.Where(x => x.Set == set.Name).ToList();
            sb.Append($"| {set.Name} | {f.Select(x => x.Path).Distinct().Count()} | {f.Count} |");
            foreach (var fam in Families.Judged) sb.Append($" {f.Count(x => x.Family == fam)} |");
            sb.AppendLine();
        }
        sb.Append($"| **all** | {all.Select(x => x.Set + x.Path).Distinct().Count()} | {all.Count} |");
        foreach (var fam in Families.Judged) sb.Append($" {all.Count(x => x.Family == fam)} |");
        sb.AppendLine().AppendLine();

        sb.AppendLine("## Findings per rule").AppendLine();
        sb.AppendLine("'Patterns' counts the different texts the rule reports (the reported text with up to 30 characters before it): far fewer than findings means one pattern repeated, often by a template, i.e. one problem to fix once. The last column is the share of the rule's findings that carry its most common message.").AppendLine();
        sb.AppendLine("| Rule | Family | Findings | Files | Patterns | Per set | Most common message (share) |");
        sb.AppendLine("| --- | --- | ---: | ---: | ---: | --- | --- |");
        foreach (var g in all.GroupBy(x => x.RuleId).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            var perSet = string.Join(", ", g.GroupBy(x => x.Set).OrderByDescending(s => s.Count()).Select(s => $"{s.Key} {s.Count()}"));
            var top = g.GroupBy(x => x.Message).OrderByDescending(m => m.Count()).First();
            string msg = top.Key.Length > 90 ? top.Key[..90] + "…" : top.Key;
            int distinct = g.Select(x => context.Pattern(x)).Distinct(StringComparer.Ordinal).Count();
            sb.AppendLine($"| {g.Key} | {Families.Name(g.First().Family)} | {g.Count()} | {g.Select(x => x.Set + x.Path).Distinct().Count()} | {distinct} | {perSet} | {Escape(msg)} ({100 * top.Count() / g.Count()}%) |");
        }
        sb.AppendLine();

        sb.AppendLine("## Findings per term (wording)").AppendLine();
        sb.AppendLine("| Term | Findings | Files | Per set and rule |");
        sb.AppendLine("| --- | ---: | ---: | --- |");
        foreach (var g in all.Where(x => x.Term != null).GroupBy(x => x.Term!.ToLowerInvariant()).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            var perSet = string.Join(", ", g.GroupBy(x => $"{x.Set} {x.RuleId}").OrderByDescending(s => s.Count()).Select(s => $"{s.Key}: {s.Count()}"));
            sb.AppendLine($"| {Escape(g.Key)} | {g.Count()} | {g.Select(x => x.Set + x.Path).Distinct().Count()} | {perSet} |");
        }
        return sb.ToString();
    }

    public static string Escape(string text) => text.Replace("|", "\\|").Replace("\n", " ").Replace("\r", "");
}
