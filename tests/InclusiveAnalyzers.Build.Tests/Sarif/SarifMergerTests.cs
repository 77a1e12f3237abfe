using InclusiveAnalyzers.Core.Policy;
using InclusiveAnalyzers.Core.Rules;
using System.Text.Json;
using InclusiveAnalyzers.Build.Reporting;
using InclusiveAnalyzers.Build.Sarif;
using InclusiveAnalyzers.Build.Tests.Infrastructure;
using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Tests.Shared;

namespace InclusiveAnalyzers.Build.Tests.Sarif;

public class SarifMergerTests
{
    // The shape csc writes for ErrorLog=PATH (SARIF 1.0.0), trimmed.
    private const string CompilerVersion1 = """
        {
          "$schema": "http://json.schemastore.org/sarif-1.0.0",
          "version": "1.0.0",
          "runs": [
            {
              "tool": { "name": "Microsoft (R) Visual C# Compiler", "version": "5.9.0.0" },
              "results": [
                { "ruleId": "INCL101", "level": "warning", "message": "Rename MasterNode",
                  "locations": [ { "resultFile": { "uri": "file:///src/A.cs", "region": { "startLine": 1, "startColumn": 7, "endLine": 1, "endColumn": 17 } } } ] }
              ],
              "rules": { "INCL101": { "id": "INCL101" } }
            }
          ]
        }
        """;

    private const string CompilerVersion2 = """
        {
          "$schema": "http://json.schemastore.org/sarif-2.1.0",
          "version": "2.1.0",
          "runs": [
            {
              "results": [ { "ruleId": "INCL101", "level": "warning", "message": { "text": "Rename MasterNode" } } ],
              "tool": { "driver": { "name": "Microsoft (R) Visual C# Compiler", "rules": [] } },
              "columnKind": "utf16CodeUnits"
            }
          ]
        }
        """;

    // The shape csc 5.9 writes for ErrorLog="PATH,version=2.1", trimmed: driver versions, rule tags and
    // properties, result properties, run-time rule overrides in the invocation.
    private const string CompilerVersion2Full = """
        {
          "$schema": "http://json.schemastore.org/sarif-2.1.0",
          "version": "2.1.0",
          "runs": [
            {
              "results": [
                { "ruleId": "INCL101", "ruleIndex": 1, "level": "warning", "message": { "text": "Rename MasterNode" },
                  "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "file:///src/A.cs" },
                                                         "region": { "startLine": 6, "startColumn": 14, "endLine": 6, "endColumn": 24 } } } ],
                  "properties": { "warningLevel": 1, "customProperties": { "TermId": "master" } } }
              ],
              "properties": { "analyzerExecutionTime": "5.280" },
              "tool": { "driver": { "name": "Microsoft (R) Visual C# Compiler", "version": "5.9.0-1.26423.113 (e34a38d2)",
                                    "dottedQuadFileVersion": "5.9.0.0", "semanticVersion": "5.9.0",
                "rules": [
                  { "id": "CA1000", "shortDescription": { "text": "Do not declare static members on generic types" },
                    "defaultConfiguration": { "level": "note" }, "helpUri": "https://learn.microsoft.com/dotnet/fundamentals/code-analysis/quality-rules/ca1000",
                    "properties": { "category": "Design", "isEverSuppressed": "true", "suppressionKinds": [ "external" ], "tags": [ "PortedFromFxCop", "Telemetry" ] } },
                  { "id": "INCL101", "shortDescription": { "text": "Use inclusive wording in identifiers" },
                    "helpUri": "https://github.com/inclusive-analyzers/InclusiveAnalyzers/blob/main/docs/rules/INCL101.md", "properties": { "category": "Naming" } }
                ] } },
              "invocations": [ { "executionSuccessful": true, "ruleConfigurationOverrides": [
                { "descriptor": { "id": "CA1516", "index": 0 }, "configuration": { "enabled": false } },
                { "descriptor": { "id": "INCL101", "index": 1 }, "configuration": { "level": "note" } } ] } ],
              "columnKind": "utf16CodeUnits"
            }
          ]
        }
        """;

    /// <summary>The results, plus the cases a writer slips on: a file name with a space, '#', '%' and a
    /// non-ASCII letter at line 1 column 1, and a finding whose end is unknown.</summary>
    private static List<KeyValuePair<Finding, ReportLevel>> EdgeResults() => new(Results())
    {
        new(new Finding("INCL201", Severity.Warning, "whitelist", Path.GetFullPath("/repo/my docs/café #1 100%.md"), 1, 1, 1, 10) { Term = "whitelist" }, ReportLevel.Warning),
        new(new Finding("INCL320", Severity.Warning, "Heading level.", Path.GetFullPath("/repo/docs/a.md"), 2, 0, 0, 0), ReportLevel.Error),
    };

    private static List<KeyValuePair<Finding, ReportLevel>> Results() => new()
    {
        new(new Finding("INCL201", Severity.Warning, "Use \"allowlist\" for 'whitelist'.", Path.GetFullPath("/repo/docs/a.md"), 3, 5, 3, 14)
        {
            Term = "whitelist",
            Replacements = new[] { "allowlist" },
        }, ReportLevel.Warning),
        new(new Finding("INCL401", Severity.Error, "No code of conduct.", Path.GetFullPath("/repo/README.md"), 0, 0, 0, 0), ReportLevel.Error),
        new(new Finding("INCL202", Severity.Suggestion, "Hidden by NoWarn.", Path.GetFullPath("/repo/README.md"), 1, 1, 1, 2), ReportLevel.Hidden),
    };

    [Fact]
    public void Version1_gets_a_second_run_and_keeps_the_compiler_run()
    {
        using var folder = new TempFolder();
        var path = folder.Write("build.sarif", CompilerVersion1);
        Assert.True(SarifMerger.Merge(ErrorLogTarget.Parse(path, null)!, Results(), "0.1.0"));

        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var runs = doc.RootElement.GetProperty("runs");
        Assert.Equal(2, runs.GetArrayLength());
        Assert.Equal("INCL101", runs[0].GetProperty("results")[0].GetProperty("ruleId").GetString());
        var ours = runs[1];
        Assert.Equal("InclusiveAnalyzers.Build", ours.GetProperty("tool").GetProperty("name").GetString());
        var results = ours.GetProperty("results");
        Assert.Equal(2, results.GetArrayLength());
        var first = results[0];
        Assert.Equal("INCL201", first.GetProperty("ruleId").GetString());
        Assert.Equal("warning", first.GetProperty("level").GetString());
        Assert.Equal("Use \"allowlist\" for 'whitelist'.", first.GetProperty("message").GetString());
        var location = first.GetProperty("locations")[0].GetProperty("resultFile");
        Assert.Equal(new Uri(Path.GetFullPath("/repo/docs/a.md")).AbsoluteUri, location.GetProperty("uri").GetString());
        Assert.Equal(5, location.GetProperty("region").GetProperty("startColumn").GetInt32());
        Assert.Equal(14, location.GetProperty("region").GetProperty("endColumn").GetInt32());
        Assert.Equal("whitelist", first.GetProperty("properties").GetProperty("term").GetString());
        Assert.False(results[1].GetProperty("locations")[0].GetProperty("resultFile").TryGetProperty("region", out _));
        Assert.Equal("error", results[1].GetProperty("level").GetString());
        Assert.EndsWith("INCL201.md", ours.GetProperty("rules").GetProperty("INCL201").GetProperty("helpUri").GetString());
    }

    [Fact]
    public void Merging_again_replaces_our_run_instead_of_adding_one()
    {
        using var folder = new TempFolder();
        var path = folder.Write("build.sarif", CompilerVersion1);
        var target = ErrorLogTarget.Parse(path, null)!;
        SarifMerger.Merge(target, Results(), "0.1.0");
        SarifMerger.Merge(target, Results().Take(1).ToList(), "0.1.0");

        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var runs = doc.RootElement.GetProperty("runs");
        Assert.Equal(2, runs.GetArrayLength());
        Assert.Equal(1, runs[1].GetProperty("results").GetArrayLength());
    }

    [Fact]
    public void Version2_uses_the_2_1_shapes()
    {
        using var folder = new TempFolder();
        var path = folder.Write("build.sarif", CompilerVersion2);
        Assert.True(SarifMerger.Merge(ErrorLogTarget.Parse(path + ",version=2.1", null)!, Results(), "0.1.0"));

        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var ours = doc.RootElement.GetProperty("runs")[1];
        var driver = ours.GetProperty("tool").GetProperty("driver");
        Assert.Equal("InclusiveAnalyzers.Build", driver.GetProperty("name").GetString());
        Assert.Equal(new[] { "INCL201", "INCL401" }, driver.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        var result = ours.GetProperty("results")[0];
        Assert.Equal("Use \"allowlist\" for 'whitelist'.", result.GetProperty("message").GetProperty("text").GetString());
        Assert.Equal(0, result.GetProperty("ruleIndex").GetInt32());
        Assert.Equal(3, result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal("allowlist", result.GetProperty("properties").GetProperty("replacements")[0].GetString());
    }

    [Fact]
    public void Version2_rules_carry_a_help_object_with_the_rule_summary_and_page()
    {
        using var folder = new TempFolder();
        var path = folder.Write("build.sarif", CompilerVersion2);
        Assert.True(SarifMerger.Merge(ErrorLogTarget.Parse(path + ",version=2.1", null)!, Results(), "0.1.0"));

        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        foreach (var rule in doc.RootElement.GetProperty("runs")[1].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray())
        {
            var id = rule.GetProperty("id").GetString()!;
            var help = rule.GetProperty("help");
            var link = "https://github.com/inclusive-analyzers/InclusiveAnalyzers/blob/main/docs/rules/" + id + ".md";
            Assert.Contains(RuleCatalog.Get(id).Title, help.GetProperty("text").GetString());
            Assert.EndsWith(link, help.GetProperty("text").GetString());
            Assert.Contains("](" + link + ")", help.GetProperty("markdown").GetString());
        }
    }

    [Fact]
    public void A_missing_file_is_created_with_only_our_run()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("out/new.sarif");
        Assert.True(SarifMerger.Merge(ErrorLogTarget.Parse(path, null)!, Results(), "0.1.0"));
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        Assert.Equal("1.0.0", doc.RootElement.GetProperty("version").GetString());
        Assert.Equal(1, doc.RootElement.GetProperty("runs").GetArrayLength());
    }

    [Fact]
    public void A_file_that_is_not_sarif_is_left_alone()
    {
        using var folder = new TempFolder();
        var path = folder.Write("build.sarif", "plain text, not JSON");
        Assert.False(SarifMerger.Merge(ErrorLogTarget.Parse(path, null)!, Results(), "0.1.0"));
        Assert.Equal("plain text, not JSON", File.ReadAllText(path));
    }

    [Fact]
    public void Version2_logs_pass_the_sarif_schema_beside_the_compilers_run_and_after_a_second_merge()
    {
        using var folder = new TempFolder();
        var path = folder.Write("build.sarif", CompilerVersion2Full);
        var target = ErrorLogTarget.Parse(path + ",version=2.1", null)!;

        Assert.True(SarifMerger.Merge(target, EdgeResults(), "0.1.0"));
        SarifConstraints.AssertValid(File.ReadAllText(path));
        Assert.True(SarifMerger.Merge(target, EdgeResults(), "0.1.0"));
        SarifConstraints.AssertValid(File.ReadAllText(path));

        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var uris = doc.RootElement.GetProperty("runs")[1].GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!);
        Assert.Contains(new Uri(Path.GetFullPath("/repo/my docs/café #1 100%.md")).AbsoluteUri, uris);
    }

    [Fact]
    public void A_new_version2_log_with_no_findings_or_with_findings_passes_the_sarif_schema()
    {
        using var folder = new TempFolder();
        var empty = folder.Combine("out/empty.sarif");
        Assert.True(SarifMerger.Merge(ErrorLogTarget.Parse(empty + ",version=2.1", null)!, new List<KeyValuePair<Finding, ReportLevel>>(), "0.1.0"));
        SarifConstraints.AssertValid(File.ReadAllText(empty));

        var created = folder.Combine("out/new.sarif");
        Assert.True(SarifMerger.Merge(ErrorLogTarget.Parse(created + ",version=2.1", null)!, EdgeResults(), "0.1.0"));
        SarifConstraints.AssertValid(File.ReadAllText(created));
    }

    /// <summary>Brackets (a Next.js route, "[slug].md") and "%41" in a file name: the URI used to keep the
    /// brackets (no uri-reference: the schema rejects the log) and decode "%41" to "A" (another file).</summary>
    [Theory]
    [InlineData("/site/pages/[slug].md")]
    [InlineData("/site/a%41.md")]
    public void A_file_name_with_brackets_or_a_percent_escape_gives_a_valid_uri_of_that_file(string file)
    {
        using var folder = new TempFolder();
        var path = folder.Combine("build.sarif");
        var findings = new List<KeyValuePair<Finding, ReportLevel>>
        {
            new(new Finding("INCL201", Severity.Warning, "whitelist", Path.GetFullPath(file), 1, 1, 1, 10), ReportLevel.Warning),
        };

        Assert.True(SarifMerger.Merge(ErrorLogTarget.Parse(path + ",version=2.1", null)!, findings, "0.1.0"));

        SarifConstraints.AssertValid(File.ReadAllText(path));
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var uri = doc.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0]
            .GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!;
        Assert.Equal(Path.GetFullPath(file), new Uri(uri).LocalPath);
    }
}
