using System.Text.Json;
using InclusiveAnalyzers.Cli.Scanning;
using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Reporting;
using InclusiveAnalyzers.Core.Rules;

namespace InclusiveAnalyzers.Cli.Reporting;

/// <summary>
/// The scan as one JSON object: <c>version</c>, <c>root</c>, <c>config</c>, <c>summary</c>,
/// <c>findings</c> (paths relative to <c>root</c> with '/'; 1-based lines and columns, end exclusive;
/// line 0 for a whole file), <c>codeOfConduct</c> (each audited one and its grade), <c>skipped</c> and <c>errors</c>. docs/cli.md documents each field.
/// </summary>
public static class JsonReporter
{
    public static void Write(ScanReport report, TextWriter writer) => JsonOutput.Write(writer, json =>
    {
        json.WriteStartObject();
        json.WriteString("tool", "inclusive");
        json.WriteString("version", Program.Version);
        json.WriteString("root", report.Root);
        if (report.ConfigPath is null)
        {
            json.WriteNull("config");
        }
        else
        {
            json.WriteString("config", report.ConfigPath);
        }

        json.WriteStartObject("summary");
        json.WriteNumber("filesScanned", report.FilesScanned);
        json.WriteNumber("filesWithFindings", report.FilesWithFindings);
        json.WriteNumber("findings", report.Findings.Count);
        json.WriteNumber("errors", report.Count(Severity.Error));
        json.WriteNumber("warnings", report.Count(Severity.Warning));
        json.WriteNumber("suggestions", report.Count(Severity.Suggestion));
        json.WriteNumber("skipped", report.Skipped.Count);
        json.WriteNumber("linksNotFollowed", report.LinksNotFollowed);
        json.WriteNumber("frozenCopiesSkipped", report.FrozenCopiesSkipped);
        json.WriteNumber("elapsedSeconds", Math.Round(report.Elapsed.TotalSeconds, 3));
        json.WriteEndObject();

        json.WriteStartArray("findings");
        var folds = FindingFolder.Groups(report.Findings);
        foreach (var finding in report.Findings)
        {
            WriteFinding(json, finding, report.RelativeToRoot(finding.Path), folds.TryGetValue(finding, out var fold) ? fold : null);
        }

        json.WriteEndArray();

        json.WriteStartArray("codeOfConduct");
        foreach (var (path, grade) in report.CodeOfConductGrades)
        {
            json.WriteStartObject();
            json.WriteString("path", report.RelativeToRoot(path));
            json.WriteString("grade", grade);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        WriteFiles(json, "skipped", report.Skipped, report);
        WriteFiles(json, "errors", report.Failures, report);
        json.WriteEndObject();
    });

    private static void WriteFinding(Utf8JsonWriter json, Finding finding, string path, (string Key, int Documents, int Occurrences)? fold)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        json.WriteString("severity", finding.Severity.ToName());
        json.WriteString("message", finding.Message);
        json.WriteString("path", path);
        json.WriteNumber("line", finding.Line);
        json.WriteNumber("column", finding.Column);
        json.WriteNumber("endLine", finding.EndLine);
        json.WriteNumber("endColumn", finding.EndColumn);
        if (finding.Term != null)
        {
            json.WriteString("term", finding.Term);
        }

        if (finding.Replacements is { Count: > 0 } replacements)
        {
            json.WriteStringArray("replacements", replacements);
        }

        if (finding.Properties is { Count: > 0 } properties)
        {
            json.WriteStartObject("properties");
            foreach (var pair in properties.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                json.WriteString(pair.Key, pair.Value);
            }

            json.WriteEndObject();
        }

        if (fold is { } group)
        {
            // Every occurrence stays; the key groups a template's copies as the text and SARIF formats fold them.
            json.WriteStartObject("fold");
            json.WriteString("key", group.Key);
            json.WriteNumber("documents", group.Documents);
            json.WriteNumber("occurrences", group.Occurrences);
            json.WriteEndObject();
        }

        json.WriteString("helpUri", RuleCatalog.HelpLink(finding.RuleId));
        json.WriteEndObject();
    }

    private static void WriteFiles(Utf8JsonWriter json, string name, IReadOnlyList<Files.SkippedFile> files, ScanReport report)
    {
        json.WriteStartArray(name);
        foreach (var file in files)
        {
            json.WriteStartObject();
            json.WriteString("path", report.RelativeToRoot(file.FullPath));
            json.WriteString("reason", file.Reason);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
