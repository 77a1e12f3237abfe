using System.Text.Json;
using InclusiveAnalyzers.Cli.Scanning;
using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Reporting;
using InclusiveAnalyzers.Core.Rules;

namespace InclusiveAnalyzers.Cli.Reporting;

/// <summary>
/// SARIF 2.1.0 as DESIGN.md fixes it: one run, tool driver <c>InclusiveAnalyzers</c> with one rule per
/// catalog rule (helpUri from <see cref="RuleCatalog.HelpLink"/>); each result has ruleId, ruleIndex,
/// level, message.text, one location whose URI is relative to the scan root (forward slashes,
/// percent-encoded, <c>uriBaseId</c> SRCROOT) with a 1-based region, and properties.term /
/// properties.replacements for wording. Skipped files become tool execution notifications.
/// </summary>
public static class SarifReporter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string RootBaseId = "SRCROOT";
    public const string InformationUri = "https://github.com/inclusive-analyzers/InclusiveAnalyzers";

    /// <param name="fold">A finding repeated in many documents is one result: the other copies are its
    /// relatedLocations, the counts and fold key are in its properties (FindingFolder).</param>
    public static void Write(ScanReport report, TextWriter writer, bool fold = true) => JsonOutput.Write(writer, json =>
    {
        var rules = RuleCatalog.All.ToList();
        foreach (var id in report.Findings.Select(f => f.RuleId).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (RuleCatalog.Find(id) is null)
            {
                rules.Add(new RuleInfo(id, id, "Unknown", Severity.Warning, true, id));
            }
        }

        var index = rules.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.OrdinalIgnoreCase);

        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();

        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "InclusiveAnalyzers");
        json.WriteString("semanticVersion", Program.Version);
        json.WriteString("version", Program.Version);
        json.WriteString("informationUri", InformationUri);
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            WriteRule(json, rule);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject(RootBaseId);
        json.WriteString("uri", FileUri.FromDirectory(report.Root));
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", report.Failures.Count == 0);
        json.WriteStartArray("toolExecutionNotifications");
        foreach (var (file, level) in report.Skipped.Select(s => (s, "warning")).Concat(report.Failures.Select(f => (f, "error"))))
        {
            json.WriteStartObject();
            json.WriteString("level", level);
            json.WriteStartObject("message");
            json.WriteString("text", $"{report.RelativeToRoot(file.FullPath)}: {file.Reason}");
            json.WriteEndObject();
            json.WriteStartArray("locations");
            json.WriteStartObject();
            WritePhysicalLocation(json, report.RelativeToRoot(file.FullPath), null);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();

        json.WriteStartArray("results");
        foreach (var group in FoldedFindings.Of(report, fold))
        {
            WriteResult(json, group, report, index[group.First.RuleId]);
        }

        json.WriteEndArray();
        json.WriteString("columnKind", "utf16CodeUnits");
        if (report.CodeOfConductGrades.Count > 0)
        {
            // The audit's green/yellow/red grade per code of conduct, as a run-level fact.
            json.WriteStartObject("properties");
            json.WriteStartArray("codeOfConduct");
            foreach (var (path, grade) in report.CodeOfConductGrades)
            {
                json.WriteStartObject();
                json.WriteString("uri", RelativeUri(report.RelativeToRoot(path)));
                json.WriteString("grade", grade);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    });

    public static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Suggestion => "note",
        _ => "none",
    };

    /// <summary>A relative path as a URI reference: '/' separators, each segment percent-encoded.</summary>
    public static string RelativeUri(string relativePath) =>
        string.Join("/", relativePath.Split('/').Select(segment => segment == ".." || segment == "." ? segment : Uri.EscapeDataString(segment)));

    private static void WriteRule(Utf8JsonWriter json, RuleInfo rule)
    {
        json.WriteStartObject();
        json.WriteString("id", rule.Id);
        json.WriteStartObject("shortDescription");
        json.WriteString("text", rule.Title);
        json.WriteEndObject();
        json.WriteStartObject("fullDescription");
        json.WriteString("text", rule.Description);
        json.WriteEndObject();
        json.WriteString("helpUri", rule.HelpLink);
        json.WriteStartObject("help");
        json.WriteString("text", RuleHelp.Text(rule.Id));
        json.WriteString("markdown", RuleHelp.Markdown(rule.Id));
        json.WriteEndObject();
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", Level(rule.DefaultSeverity));
        json.WriteBoolean("enabled", rule.EnabledByDefault);
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("category", rule.Category);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, FindingGroup<Finding> group, ScanReport report, int ruleIndex)
    {
        var finding = group.First;
        var path = report.RelativeToRoot(finding.Path);
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(finding.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", finding.Message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        WritePhysicalLocation(json, path, finding);
        json.WriteEndObject();
        json.WriteEndArray();

        if (group.IsFolded)
        {
            // Every other copy, so the log still accounts for each occurrence.
            json.WriteStartArray("relatedLocations");
            for (var i = 1; i < group.Members.Count; i++)
            {
                var copy = group.Members[i];
                json.WriteStartObject();
                json.WriteNumber("id", i);
                WritePhysicalLocation(json, report.RelativeToRoot(copy.Path), copy);
                json.WriteStartObject("message");
                json.WriteString("text", "The same markup.");
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        if (group.IsFolded || finding.Term != null || finding.Replacements is { Count: > 0 } || finding.Properties is { Count: > 0 })
        {
            json.WriteStartObject("properties");
            if (group.IsFolded)
            {
                json.WriteString("foldKey", FindingFolder.KeyOf(finding));
                json.WriteNumber("foldedDocuments", group.Documents);
                json.WriteNumber("foldedCount", group.Members.Count);
            }

            if (finding.Term != null)
            {
                json.WriteString("term", finding.Term);
            }

            if (finding.Replacements is { Count: > 0 } replacements)
            {
                json.WriteStringArray("replacements", replacements);
            }

            if (finding.Properties != null)
            {
                foreach (var pair in finding.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    if (pair.Key is not ("term" or "replacements"))
                    {
                        json.WriteString(pair.Key, pair.Value);
                    }
                }
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WritePhysicalLocation(Utf8JsonWriter json, string path, Finding? finding)
    {
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", RelativeUri(path));
        json.WriteString("uriBaseId", RootBaseId);
        json.WriteEndObject();
        if (finding is { Line: > 0 })
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", finding.Line);
            json.WriteNumber("startColumn", Math.Max(1, finding.Column));
            if (finding.EndLine >= finding.Line)
            {
                json.WriteNumber("endLine", finding.EndLine);
                var endColumn = finding.EndLine == finding.Line ? Math.Max(Math.Max(1, finding.Column), finding.EndColumn) : Math.Max(1, finding.EndColumn);
                json.WriteNumber("endColumn", endColumn);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }
}
