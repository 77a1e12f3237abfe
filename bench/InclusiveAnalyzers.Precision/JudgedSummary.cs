using System.Text;

namespace InclusiveAnalyzers.Precision;

/// <summary>Precision per family and false-positive classes of a judged TSV (Markdown).</summary>
internal static class JudgedSummary
{
    public static string Build(IReadOnlyList<JudgedItem> items)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| Family | Judged | Right | Wrong | Unsure | Precision |");
        sb.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var fam in Families.Judged) Row(sb, Families.Name(fam), items.Where(i => i.Family == fam).ToList());
        Row(sb, "wording (code + docs)", items.Where(i => i.Family is Family.WordingCode or Family.WordingDocs).ToList());
        Row(sb, "**all**", items.ToList());
        sb.AppendLine();
        sb.AppendLine("Per set (the first part of the location):").AppendLine();
        sb.AppendLine("| Set and family | Judged | Right | Wrong | Unsure | Precision |");
        sb.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var g in items.GroupBy(i => $"{i.Location.Split('/')[0]} {Families.Name(i.Family)}").OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Row(sb, g.Key, g.ToList());
        }
        sb.AppendLine();
        sb.AppendLine("### False-positive classes").AppendLine();
        sb.AppendLine("| Class | Wrong findings | Families | Examples |");
        sb.AppendLine("| --- | ---: | --- | --- |");
        foreach (var g in items.Where(i => i.IsWrong).GroupBy(i => i.Class.Length == 0 ? "(unclassified)" : i.Class).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            var fams = string.Join(", ", g.GroupBy(i => Families.Name(i.Family)).Select(f => $"{f.Key} {f.Count()}"));
            var examples = string.Join("<br>", g.Take(2).Select(i => $"`{i.Id}` {i.Location} {i.Rule}: {Short(i.Excerpt)}"));
            sb.AppendLine($"| {CountsReport.Escape(g.Key)} | {g.Count()} | {fams} | {CountsReport.Escape(examples)} |");
        }
        return sb.ToString();
    }

    private static void Row(StringBuilder sb, string name, List<JudgedItem> items)
    {
        int right = items.Count(i => i.IsRight), wrong = items.Count(i => i.IsWrong), unsure = items.Count - right - wrong;
        string precision = right + wrong == 0 ? "n/a" : $"{100.0 * right / (right + wrong):F0}% ({right}/{right + wrong})";
        sb.AppendLine($"| {name} | {items.Count} | {right} | {wrong} | {unsure} | {precision} |");
    }

    private static string Short(string excerpt)
    {
        string e = excerpt.Length > 110 ? excerpt[..110] + "…" : excerpt;
        return e.Length == 0 ? "(whole file)" : "`" + e.Replace("`", "'") + "`";
    }
}
