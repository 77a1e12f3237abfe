using System.Text;

namespace InclusiveAnalyzers.Precision;

/// <summary>
/// Re-finds the judged items in a new scan of the same files: a previously wrong finding still
/// reported is an open false positive; a previously right one that is gone is lost recall.
/// A finding counts as still reported when its key matches, or its line key (same line, rule and
/// term, the column moved).
/// </summary>
internal static class Recheck
{
    public static (string Report, int LostRecall) Build(IReadOnlyList<JudgedItem> judged, IReadOnlyList<Finding> current)
    {
        var keys = current.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        var lineKeys = current.Select(f => f.LineKey).ToHashSet(StringComparer.Ordinal);
        bool Present(JudgedItem i) => keys.Contains(i.Key) || lineKeys.Contains(i.LineKey);

        var sb = new StringBuilder();
        sb.AppendLine("## Re-check of the judged sample on this build").AppendLine();
        sb.AppendLine("| Family | Judged right | right still reported | right **gone (lost recall)** | Judged wrong | wrong **still reported** | wrong gone (fixed) | Precision of the judged items still reported |");
        sb.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var fam in Families.Judged)
        {
            var f = judged.Where(i => i.Family == fam).ToList();
            int right = f.Count(i => i.IsRight), rightKept = f.Count(i => i.IsRight && Present(i));
            int wrong = f.Count(i => i.IsWrong), wrongKept = f.Count(i => i.IsWrong && Present(i));
            string p = rightKept + wrongKept == 0 ? "n/a" : $"{100.0 * rightKept / (rightKept + wrongKept):F0}% ({rightKept}/{rightKept + wrongKept})";
            sb.AppendLine($"| {Families.Name(fam)} | {right} | {rightKept} | {right - rightKept} | {wrong} | {wrongKept} | {wrong - wrongKept} | {p} |");
        }
        sb.AppendLine();

        var lost = judged.Where(i => i.IsRight && !Present(i)).ToList();
        sb.AppendLine($"### Previously right, now gone (lost recall): {lost.Count}").AppendLine();
        foreach (var i in lost) sb.AppendLine($"- `{i.Id}` {i.Location} {i.Rule} {i.Term}: {i.Excerpt}");
        sb.AppendLine();

        var open = judged.Where(i => i.IsWrong && Present(i)).ToList();
        sb.AppendLine($"### Previously wrong, still reported: {open.Count}").AppendLine();
        foreach (var g in open.GroupBy(i => i.Class).OrderByDescending(g => g.Count()))
        {
            sb.AppendLine($"- **{g.Key}** ({g.Count()})");
            foreach (var i in g) sb.AppendLine($"  - `{i.Id}` {i.Location} {i.Rule} {i.Term}: {i.Excerpt}");
        }
        sb.AppendLine();

        var fixedOnes = judged.Where(i => i.IsWrong && !Present(i)).GroupBy(i => i.Class).OrderByDescending(g => g.Count());
        sb.AppendLine("### Previously wrong, now gone, per class").AppendLine();
        foreach (var g in fixedOnes) sb.AppendLine($"- {g.Key}: {g.Count()}");
        sb.AppendLine();
        sb.AppendLine("The figure above covers only the judged items; for an after figure, also judge a fresh sample (`scan` with a new `--seed`).");
        return (sb.ToString(), lost.Count);
    }
}
