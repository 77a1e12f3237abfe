using System.Globalization;
using InclusiveAnalyzers.Core.Rules;
using static System.Net.WebUtility;

namespace InclusiveAnalyzers.Cli.Report;

/// <summary>
/// The page: one self-contained HTML file (inline CSS, no script, no font, no image file; a
/// Content-Security-Policy that lets nothing load), readable offline. Headings go h1, h2, h3 in order;
/// every chart is inline SVG with a title and description and is followed by a table of the same numbers;
/// text is #1a1a1a or darker on white. Row labels are plain cells under their column's header, so
/// every header heads data (the suite's own INCL360). docs/report.md describes each section.
/// </summary>
public static class HtmlReportWriter
{
    private const int TableRows = 15;

    private const string Style = """
        :root { color-scheme: light; }
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a; background: #fff; margin: 0; line-height: 1.5; }
        header, main, footer, nav { max-width: 60rem; margin: 0 auto; padding: 0 1rem; }
        header { padding-top: 1.5rem; }
        h1 { font-size: 1.8rem; margin: 0 0 .25rem; }
        h2 { font-size: 1.35rem; margin: 2rem 0 .5rem; border-bottom: 2px solid #1f4e9c; padding-bottom: .2rem; }
        h3 { font-size: 1.1rem; margin: 1.25rem 0 .4rem; }
        a { color: #1f4e9c; }
        a:focus, [tabindex]:focus { outline: 3px solid #a33a00; outline-offset: 2px; }
        .muted { color: #4a4a4a; }
        nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
        .totals { display: flex; flex-wrap: wrap; gap: .75rem; margin: 1rem 0; padding: 0; }
        .totals div { border: 1px solid #767676; border-radius: 6px; padding: .5rem .9rem; min-width: 8rem; }
        .totals dt { font-size: .9rem; color: #4a4a4a; }
        .totals dd { margin: 0; font-size: 1.6rem; font-weight: 700; }
        .scroll { overflow-x: auto; }
        table { border-collapse: collapse; margin: .5rem 0 1rem; min-width: 50%; }
        caption { text-align: left; font-weight: 600; padding: .25rem 0; }
        th, td { border: 1px solid #b0b0b0; padding: .3rem .6rem; text-align: left; vertical-align: top; }
        td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
        thead th { background: #eef2f8; }
        code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #f2f2f2; padding: 0 .2rem; }
        .grade-green { color: #1d6b2a; font-weight: 700; }
        .grade-yellow { color: #5c4b00; font-weight: 700; }
        .grade-red { color: #8a1c3b; font-weight: 700; }
        svg text { fill: #1a1a1a; }
        footer { margin-top: 2rem; padding-bottom: 2rem; font-size: .9rem; color: #4a4a4a; }
        @media print { nav { display: none; } }
        """;

    public static void Write(ReportDocument report, TextWriter w)
    {
        var s = report.Summary;
        w.WriteLine("<!DOCTYPE html>");
        w.WriteLine("<html lang=\"en\">");
        w.WriteLine("<head>");
        w.WriteLine("<meta charset=\"utf-8\">");
        w.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        // Nothing this page could hold may load anything: no script, no font, no outside image.
        w.WriteLine("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">");
        w.WriteLine($"<title>{HtmlEncode(report.Title)}</title>");
        w.WriteLine("<style>" + Style + "</style>");
        w.WriteLine("</head>");
        w.WriteLine("<body>");
        w.WriteLine("<header>");
        w.WriteLine($"<h1>{HtmlEncode(report.Title)}</h1>");
        w.WriteLine($"<p class=\"muted\">{HtmlEncode(report.Subject)}. Generated {report.Generated.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)} by inclusive {HtmlEncode(Program.Version)}.</p>");
        w.WriteLine("</header>");

        var sections = new List<(string Id, string Title)> { ("summary", "Summary") };
        if (report.IsOrganisation)
        {
            sections.Add(("repositories", "Repositories"));
        }

        if (report.History.Count > 0)
        {
            sections.Add(("trend", "Trend"));
        }

        sections.AddRange(new[] { ("categories", "By category"), ("rules", "By rule"), ("folders", "By folder"), ("files", "Worst files"), ("conduct", "Code of conduct"), ("accessibility", "Accessibility"), ("next", "Next steps") });
        w.WriteLine("<nav aria-label=\"Sections\"><ul>");
        foreach (var (id, title) in sections)
        {
            w.WriteLine($"<li><a href=\"#{id}\">{HtmlEncode(title)}</a></li>");
        }

        w.WriteLine("</ul></nav>");
        w.WriteLine("<main>");

        // Summary
        w.WriteLine("<h2 id=\"summary\">Summary</h2>");
        w.WriteLine("<dl class=\"totals\">");
        Total(w, "Findings", s.Total, "total");
        Total(w, "Errors", s.Errors, "errors");
        Total(w, "Warnings", s.Warnings, "warnings");
        Total(w, "Suggestions", s.Suggestions, "suggestions");
        if (s.FilesScanned is { } scanned)
        {
            Total(w, "Files scanned", scanned, "files");
        }

        Total(w, "Files with findings", s.FilesWithFindings, "files-with-findings");
        w.WriteLine("</dl>");
        w.WriteLine("<h3>By family</h3>");
        var families = Families.All.Select(f => (Families.Title(f), s.FamilyCounts[f])).ToList();
        w.WriteLine(SvgCharts.Bars("chart-families", "Findings by family", Describe("Findings by family", families), families));
        Table(w, "Findings by family", "Family", families);

        if (report.IsOrganisation)
        {
            Repositories(w, report);
        }

        if (report.History.Count > 0)
        {
            Trend(w, report);
        }

        w.WriteLine("<h2 id=\"categories\">By category</h2>");
        var categories = s.CategoryCounts.Where(p => p.Value > 0).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value)).ToList();
        if (categories.Count == 0)
        {
            w.WriteLine("<p>No wording findings.</p>");
        }
        else
        {
            w.WriteLine("<p>Wording findings (code and documents) by the category of their term.</p>");
            w.WriteLine(SvgCharts.Bars("chart-categories", "Wording findings by category", Describe("Wording findings by category", categories), categories));
            Table(w, "Wording findings by category", "Category", categories);
        }

        w.WriteLine("<h2 id=\"rules\">By rule</h2>");
        var rules = ReportSummary.Ranked(s.RuleCounts).ToList();
        if (rules.Count == 0)
        {
            w.WriteLine("<p>No findings.</p>");
        }
        else
        {
            w.WriteLine("<div class=\"scroll\" role=\"region\" aria-label=\"Findings by rule\" tabindex=\"0\"><table><caption>Findings by rule</caption>");
            w.WriteLine("<thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">What it checks</th><th scope=\"col\" class=\"n\">Findings</th></tr></thead><tbody>");
            foreach (var (rule, count) in rules)
            {
                var info = RuleCatalog.Find(rule);
                w.WriteLine($"<tr><td>{HtmlEncode(rule)}</td><td>{HtmlEncode(info?.Title ?? "")}</td><td class=\"n\">{Number(count)}</td></tr>");
            }

            w.WriteLine("</tbody></table></div>");
        }

        w.WriteLine("<h2 id=\"folders\">By folder</h2>");
        Ranked(w, "Findings by top-level folder", "Folder", ReportSummary.Ranked(s.FolderCounts).Take(TableRows), "No findings.");

        w.WriteLine("<h2 id=\"files\">Worst files</h2>");
        Ranked(w, "The files with the most findings", "File", s.WorstFiles(JsonReportWriter.WorstFileCount), "No file has findings.");

        Conduct(w, report);
        Accessibility(w, s);

        w.WriteLine("<h2 id=\"next\">Next steps</h2>");
        if (s.Total == 0)
        {
            w.WriteLine("<p>Nothing to do: no findings.</p>");
        }
        else
        {
            w.WriteLine($"<p><strong>{Number(s.Fixable)}</strong> of {Number(s.Total)} findings ({s.FixableShare.ToString("0%", CultureInfo.InvariantCulture)}) have a replacement that <code>inclusive fix</code> applies. Preview the change as a patch, then apply it:</p>");
            w.WriteLine($"<p><code>{HtmlEncode(report.FixCommand)} --dry-run</code><br><code>{HtmlEncode(report.FixCommand)}</code></p>");
            w.WriteLine("<p>The rest need a person: accessibility (alternative text, headings, link text), the code of conduct, and names no rename can keep. Each rule's page explains the finding and how to fix it.</p>");
        }

        w.WriteLine("</main>");
        w.WriteLine("<footer><p>This page is one file: it loads nothing and runs no script. The same numbers are available as JSON with <code>inclusive report --format json</code>.</p></footer>");
        w.WriteLine("</body>");
        w.WriteLine("</html>");
    }

    private static void Repositories(TextWriter w, ReportDocument report)
    {
        w.WriteLine("<h2 id=\"repositories\">Repositories</h2>");
        w.WriteLine($"<p>{Number(report.Repositories.Count)} repositories, most findings first.</p>");
        var worst = report.Repositories.OrderByDescending(r => r.Summary.Total).ThenBy(r => r.Name, StringComparer.Ordinal).ToList();
        w.WriteLine("<div class=\"scroll\" role=\"region\" aria-label=\"Repositories\" tabindex=\"0\"><table><caption>Findings per repository</caption><thead><tr><th scope=\"col\">Repository</th>");
        foreach (var family in Families.All)
        {
            w.WriteLine($"<th scope=\"col\" class=\"n\">{HtmlEncode(Families.Title(family))}</th>");
        }

        w.WriteLine("<th scope=\"col\" class=\"n\">Total</th><th scope=\"col\">Code of conduct</th></tr></thead><tbody>");
        foreach (var row in worst)
        {
            w.Write($"<tr><td>{HtmlEncode(row.Name)}</td>");
            foreach (var family in Families.All)
            {
                w.Write($"<td class=\"n\">{Number(row.Summary.FamilyCounts[family])}</td>");
            }

            var conduct = row.CodeOfConduct.Count == 0
                ? (row.Summary.RuleCounts.ContainsKey(RuleCatalog.CocMissing) ? "missing" : "not reported")
                : string.Join(", ", row.CodeOfConduct.Select(c => c.Grade));
            w.WriteLine($"<td class=\"n\">{Number(row.Summary.Total)}</td><td>{Grade(conduct)}</td></tr>");
        }

        w.WriteLine("</tbody></table></div>");
        if (report.Unreadable.Count > 0)
        {
            w.WriteLine("<h3>Logs not read</h3><ul>");
            foreach (var (path, reason) in report.Unreadable)
            {
                w.WriteLine($"<li><code>{HtmlEncode(path)}</code>: {HtmlEncode(reason)}</li>");
            }

            w.WriteLine("</ul>");
        }
    }

    private static void Trend(TextWriter w, ReportDocument report)
    {
        var points = report.History;
        var labels = points.Select(Label).ToList();
        w.WriteLine("<h2 id=\"trend\">Trend</h2>");
        var first = points[0];
        var last = points[^1];
        w.WriteLine($"<p>{Number(points.Count)} points from {HtmlEncode(Label(first))} ({Date(first)}) to {HtmlEncode(Label(last))} ({Date(last)}); {(points.Any(p => p.Revision.Tag != null) ? "release tags" : "commits spaced evenly along the first-parent history")}, each scanned with today's configuration. Findings went from {Number(first.Summary.Total)} to {Number(last.Summary.Total)}.</p>");
        if (report.Cost is { } cost)
        {
            w.WriteLine($"<p class=\"muted\">{Number(cost.FilesScanned)} file contents scanned once for {Number(cost.FilesScanned + cost.FilesReused)} files over all points ({cost.Seconds.ToString("0.0", CultureInfo.InvariantCulture)} s).</p>");
        }

        w.WriteLine("<h3>By family</h3>");
        var familySeries = Families.All
            .Where(f => points.Any(p => p.Summary.FamilyCounts[f] > 0))
            .Select(f => (Families.Title(f), (IReadOnlyList<int>)points.Select(p => p.Summary.FamilyCounts[f]).ToList()))
            .ToList();
        w.WriteLine(SvgCharts.Lines("chart-trend-families", "Findings by family over the history", TrendDescription(familySeries, labels), labels, familySeries));
        TrendTable(w, "Findings by family at each point", points, familySeries);

        w.WriteLine("<h3>By category</h3>");
        var categorySeries = Core.Terms.Categories.All
            .Where(c => points.Any(p => p.Summary.CategoryCounts.GetValueOrDefault(c) > 0))
            .Select(c => (c, (IReadOnlyList<int>)points.Select(p => p.Summary.CategoryCounts.GetValueOrDefault(c)).ToList()))
            .ToList();
        if (categorySeries.Count == 0)
        {
            w.WriteLine("<p>No wording findings at any point.</p>");
            return;
        }

        w.WriteLine(SvgCharts.Lines("chart-trend-categories", "Wording findings by category over the history", TrendDescription(categorySeries, labels), labels, categorySeries));
        TrendTable(w, "Wording findings by category at each point", points, categorySeries);
    }

    private static void TrendTable(TextWriter w, string caption, IReadOnlyList<HistoryPoint> points, IReadOnlyList<(string Name, IReadOnlyList<int> Values)> series)
    {
        w.WriteLine($"<div class=\"scroll\" role=\"region\" aria-label=\"{HtmlEncode(caption)}\" tabindex=\"0\"><table><caption>{HtmlEncode(caption)}</caption><thead><tr><th scope=\"col\">Revision</th><th scope=\"col\">Date</th>");
        foreach (var (name, _) in series)
        {
            w.Write($"<th scope=\"col\" class=\"n\">{HtmlEncode(name)}</th>");
        }

        w.WriteLine("<th scope=\"col\" class=\"n\">Total</th></tr></thead><tbody>");
        for (var i = 0; i < points.Count; i++)
        {
            w.Write($"<tr><td>{HtmlEncode(Label(points[i]))}</td><td>{Date(points[i])}</td>");
            foreach (var (_, values) in series)
            {
                w.Write($"<td class=\"n\">{Number(values[i])}</td>");
            }

            w.WriteLine($"<td class=\"n\">{Number(points[i].Summary.Total)}</td></tr>");
        }

        w.WriteLine("</tbody></table></div>");
    }

    private static void Conduct(TextWriter w, ReportDocument report)
    {
        w.WriteLine("<h2 id=\"conduct\">Code of conduct</h2>");
        var s = report.Summary;
        if (report.CodeOfConduct.Count == 0)
        {
            w.WriteLine(s.RuleCounts.ContainsKey(RuleCatalog.CocMissing)
                ? "<p><strong>Not found.</strong> No code of conduct in a standard place (CODE_OF_CONDUCT.md at the top, in docs/ or .github/).</p>"
                : "<p>No code of conduct was audited (the audit runs when the path reported on is a repository's top folder).</p>");
        }
        else
        {
            w.WriteLine("<ul>");
            foreach (var (path, grade) in report.CodeOfConduct)
            {
                w.WriteLine($"<li><code>{HtmlEncode(path)}</code>: {Grade(grade)}</li>");
            }

            w.WriteLine("</ul>");
        }

        var missing = s.CodeOfConductFindings.Take(TableRows).ToList();
        if (missing.Count > 0)
        {
            w.WriteLine("<h3>What is missing</h3><ul>");
            foreach (var item in missing)
            {
                w.WriteLine($"<li>{HtmlEncode(item.RuleId)}: {HtmlEncode(item.Message)}</li>");
            }

            w.WriteLine("</ul>");
            if (s.CodeOfConductFindings.Count > missing.Count)
            {
                w.WriteLine($"<p class=\"muted\">And {Number(s.CodeOfConductFindings.Count - missing.Count)} more.</p>");
            }
        }
    }

    private static void Accessibility(TextWriter w, ReportSummary s)
    {
        w.WriteLine("<h2 id=\"accessibility\">Accessibility</h2>");
        var groups = new[] { "Images without a text alternative", "Heading order", "Link text", "Language and page", "Forms, tables and ARIA" }
            .Select(g => (g, s.AccessibilityCounts.GetValueOrDefault(g)))
            .ToList();
        w.WriteLine($"<p>{Number(s.FamilyCounts[Families.Accessibility])} accessibility findings in the documents.</p>");
        Table(w, "Accessibility findings by kind", "Kind", groups);
    }

    private static void Ranked(TextWriter w, string caption, string header, IEnumerable<KeyValuePair<string, int>> rows, string empty)
    {
        var list = rows.Select(p => (p.Key, p.Value)).ToList();
        if (list.Count == 0)
        {
            w.WriteLine($"<p>{HtmlEncode(empty)}</p>");
            return;
        }

        Table(w, caption, header, list, code: true);
    }

    private static void Table(TextWriter w, string caption, string header, IReadOnlyList<(string Label, int Value)> rows, bool code = false)
    {
        w.WriteLine($"<div class=\"scroll\" role=\"region\" aria-label=\"{HtmlEncode(caption)}\" tabindex=\"0\"><table><caption>{HtmlEncode(caption)}</caption>");
        w.WriteLine($"<thead><tr><th scope=\"col\">{HtmlEncode(header)}</th><th scope=\"col\" class=\"n\">Findings</th></tr></thead><tbody>");
        foreach (var (label, value) in rows)
        {
            var text = code ? $"<code>{HtmlEncode(label)}</code>" : HtmlEncode(label);
            w.WriteLine($"<tr><td>{text}</td><td class=\"n\">{Number(value)}</td></tr>");
        }

        w.WriteLine("</tbody></table></div>");
    }

    private static void Total(TextWriter w, string label, int value, string id) =>
        w.WriteLine($"<div><dt>{HtmlEncode(label)}</dt><dd id=\"total-{id}\" data-value=\"{value.ToString(CultureInfo.InvariantCulture)}\">{Number(value)}</dd></div>");

    private static string Grade(string grade)
    {
        var css = grade switch { "green" => "grade-green", "yellow" => "grade-yellow", "red" or "missing" => "grade-red", _ => null };
        return css is null ? HtmlEncode(grade) : $"<span class=\"{css}\">{HtmlEncode(grade)}</span>";
    }

    private static string Describe(string what, IEnumerable<(string Label, int Value)> rows) =>
        what + ": " + string.Join("; ", rows.Select(r => $"{r.Label} {Number(r.Value)}")) + ".";

    private static string TrendDescription(IReadOnlyList<(string Name, IReadOnlyList<int> Values)> series, IReadOnlyList<string> labels) =>
        $"A line per series over {labels.Count} points from {labels.FirstOrDefault()} to {labels.LastOrDefault()}: "
        + string.Join("; ", series.Select(s => $"{s.Name} from {Number(s.Values.FirstOrDefault())} to {Number(s.Values.LastOrDefault())}")) + ". The table below gives every value.";

    private static string Label(HistoryPoint point) => point.Revision.Tag ?? point.Revision.Commit[..Math.Min(10, point.Revision.Commit.Length)];

    private static string Date(HistoryPoint point) => point.Revision.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
