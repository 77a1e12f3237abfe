using System.Globalization;
using System.Text.Json;
using InclusiveAnalyzers.Cli.Reporting;

namespace InclusiveAnalyzers.Cli.Report;

/// <summary>
/// The page's numbers as JSON for dashboards and spreadsheets: <c>summary</c>, <c>worstFiles</c>,
/// <c>codeOfConduct</c>, <c>nextSteps</c>, <c>history</c> (a point per revision) and, for a merge,
/// <c>repositories</c>. Every family and category key is always present (0 when none), so columns stay put.
/// docs/report.md documents each field.
/// </summary>
public static class JsonReportWriter
{
    public const int WorstFileCount = 10;

    public static void Write(ReportDocument report, TextWriter writer) => JsonOutput.Write(writer, json =>
    {
        json.WriteStartObject();
        json.WriteString("tool", "inclusive");
        json.WriteString("version", Program.Version);
        json.WriteString("kind", report.IsOrganisation ? "organisation" : "repository");
        json.WriteString("subject", report.Subject);
        json.WriteString("generated", report.Generated.ToString("yyyy-MM-ddTHH:mm:ssK", CultureInfo.InvariantCulture));

        json.WriteStartObject("summary");
        WriteCounts(json, report.Summary);
        json.WriteNumber("errors", report.Summary.Errors);
        json.WriteNumber("warnings", report.Summary.Warnings);
        json.WriteNumber("suggestions", report.Summary.Suggestions);
        if (report.Summary.FilesScanned is { } scanned)
        {
            json.WriteNumber("filesScanned", scanned);
        }

        json.WriteNumber("filesWithFindings", report.Summary.FilesWithFindings);
        json.WriteNumber("fixable", report.Summary.Fixable);
        WriteMap(json, "rules", ReportSummary.Ranked(report.Summary.RuleCounts));
        WriteMap(json, "folders", ReportSummary.Ranked(report.Summary.FolderCounts));
        WriteMap(json, "accessibility", ReportSummary.Ranked(report.Summary.AccessibilityCounts));
        json.WriteEndObject();

        json.WriteStartArray("worstFiles");
        foreach (var (path, count) in report.Summary.WorstFiles(WorstFileCount))
        {
            json.WriteStartObject();
            json.WriteString("path", path);
            json.WriteNumber("findings", count);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartObject("codeOfConduct");
        json.WriteStartArray("files");
        foreach (var (path, grade) in report.CodeOfConduct)
        {
            json.WriteStartObject();
            json.WriteString("path", path);
            json.WriteString("grade", grade);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("findings");
        foreach (var item in report.Summary.CodeOfConductFindings)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", item.RuleId);
            json.WriteString("path", item.Path);
            json.WriteString("message", item.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();

        json.WriteStartObject("nextSteps");
        json.WriteNumber("fixable", report.Summary.Fixable);
        json.WriteNumber("fixableShare", Math.Round(report.Summary.FixableShare, 4));
        json.WriteString("command", report.FixCommand);
        json.WriteEndObject();

        json.WriteStartArray("history");
        foreach (var point in report.History)
        {
            json.WriteStartObject();
            json.WriteString("revision", point.Revision.Commit);
            json.WriteString("date", point.Revision.Date.ToString("yyyy-MM-ddTHH:mm:ssK", CultureInfo.InvariantCulture));
            if (point.Revision.Tag is null)
            {
                json.WriteNull("tag");
            }
            else
            {
                json.WriteString("tag", point.Revision.Tag);
            }

            WriteCounts(json, point.Summary);
            json.WriteNumber("filesScanned", point.Summary.FilesScanned ?? 0);
            json.WriteNumber("newFiles", point.FilesScanned);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        if (report.Cost is { } cost)
        {
            json.WriteStartObject("historyCost");
            json.WriteNumber("points", cost.Points);
            json.WriteNumber("filesScanned", cost.FilesScanned);
            json.WriteNumber("filesReused", cost.FilesReused);
            json.WriteNumber("blobsRead", cost.BlobsRead);
            json.WriteNumber("elapsedSeconds", Math.Round(cost.Seconds, 3));
            json.WriteEndObject();
        }

        if (report.IsOrganisation)
        {
            json.WriteStartArray("repositories");
            foreach (var row in report.Repositories)
            {
                json.WriteStartObject();
                json.WriteString("name", row.Name);
                json.WriteString("source", row.Source);
                WriteCounts(json, row.Summary);
                json.WriteNumber("errors", row.Summary.Errors);
                json.WriteNumber("fixable", row.Summary.Fixable);
                json.WriteStartArray("codeOfConduct");
                foreach (var (path, grade) in row.CodeOfConduct)
                {
                    json.WriteStartObject();
                    json.WriteString("path", path);
                    json.WriteString("grade", grade);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("unreadable");
            foreach (var (path, reason) in report.Unreadable)
            {
                json.WriteStartObject();
                json.WriteString("path", path);
                json.WriteString("reason", reason);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    });

    private static void WriteCounts(Utf8JsonWriter json, ReportSummary summary)
    {
        json.WriteNumber("total", summary.Total);
        WriteMap(json, "families", Families.All.Select(f => new KeyValuePair<string, int>(f, summary.FamilyCounts[f])));
        WriteMap(json, "categories", summary.CategoryCounts.OrderBy(p => Array.IndexOf(Core.Terms.Categories.All, p.Key)).ThenBy(p => p.Key, StringComparer.Ordinal));
    }

    private static void WriteMap(Utf8JsonWriter json, string name, IEnumerable<KeyValuePair<string, int>> counts)
    {
        json.WriteStartObject(name);
        foreach (var (key, count) in counts)
        {
            json.WriteNumber(key, count);
        }

        json.WriteEndObject();
    }
}
