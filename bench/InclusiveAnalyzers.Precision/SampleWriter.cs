using System.Text;

namespace InclusiveAnalyzers.Precision;

/// <summary>Writes sample.md (each item with its context, for reading) and sample.tsv (the same items, verdicts to fill in).</summary>
internal static class SampleWriter
{
    public static void Write(string outDir, Options options, IReadOnlyList<(Family Family, List<Finding> Items, int Total)> samples, SourceContext context)
    {
        var md = new StringBuilder();
        md.AppendLine("# Precision sample").AppendLine();
        md.AppendLine($"Seed `{options.Seed}`, up to {options.PerFamily} findings per family, picked by SHA-256(seed + finding key). ");
        md.AppendLine("Each item: id, rule, term, place, message, then the lines around it (`>` marks the line, ⟦ ⟧ the reported text). ");
        md.AppendLine("Record verdicts in sample.tsv (`verdict`: right / wrong / unsure; `class` for a wrong one).").AppendLine();
        var rows = new List<JudgedItem>();
        foreach (var (family, items, total) in samples)
        {
            md.AppendLine($"## {Families.Name(family)}: {items.Count} of {total}").AppendLine();
            int n = 0;
            foreach (var f in items)
            {
                n++;
                string term = f.Term is null ? "" : $" '{f.Term}'";
                md.AppendLine($"### {Families.Name(family)} {n}. `{f.Id}` {f.RuleId}{term}: {f.Location}").AppendLine();
                md.AppendLine(CountsReport.Escape(f.Message)).AppendLine();
                md.AppendLine("````text").AppendLine(context.Around(f)).AppendLine("````").AppendLine();
                rows.Add(JudgedItem.From(f, context.Excerpt(f)));
            }
        }
        File.WriteAllText(Path.Combine(outDir, "sample.md"), md.ToString());
        JudgedItem.Write(Path.Combine(outDir, "sample.tsv"), rows);
    }
}
