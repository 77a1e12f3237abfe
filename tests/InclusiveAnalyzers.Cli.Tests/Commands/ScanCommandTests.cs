using System.Text.Json;
using InclusiveAnalyzers.Core.Rules;

namespace InclusiveAnalyzers.Cli.Tests.Commands;

public class ScanCommandTests
{
    private const string Prose = "# Hosts\n\nAdd the host to the whitelist.\n";
    private static readonly int Column = "Add the host to the whitelist.".IndexOf("whitelist", StringComparison.Ordinal) + 1;

    private static TempFolder Docs()
    {
        var folder = new TempFolder();
        folder.Write("docs/guide.md", Prose);
        return folder;
    }

    [Fact]
    public void Text_format_lists_findings_with_location_and_summary()
    {
        using var folder = Docs();
        var result = Cli.Run(folder.Path, "scan");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"docs/guide.md:3:{Column}: warning INCL201 ", result.Out);
        Assert.Contains("allowlist", result.Out);
        Assert.Matches(@"1 problem \(0 errors, 1 warning, 0 suggestions\) in 1 file; 1 file scanned in \d+\.\d\d s\.", result.Out);
        Assert.DoesNotContain("\u001b[", result.Out);
    }

    [Fact]
    public void Text_format_groups_files_with_a_blank_line()
    {
        using var folder = Docs();
        folder.Write("a.md", "Use the blacklist.\n");
        var lines = Cli.Run(folder.Path, "scan").Out.Split('\n');
        var first = Array.FindIndex(lines, l => l.StartsWith("a.md:", StringComparison.Ordinal));
        Assert.True(first >= 0);
        Assert.Equal("", lines[first + 1]);
        Assert.StartsWith("docs/guide.md:", lines[first + 2]);
    }

    [Fact]
    public void Colour_only_on_a_terminal_and_never_with_no_color()
    {
        using var folder = Docs();
        var terminal = Cli.Run(folder.Path, (o, e) => new CliConsole(o, e, folder.Path, outputIsTerminal: true), "scan");
        Assert.Contains("\u001b[33mwarning\u001b[0m", terminal.Out);

        var noColor = Cli.Run(folder.Path, (o, e) => new CliConsole(o, e, folder.Path, outputIsTerminal: true, environment: n => n == "NO_COLOR" ? "1" : null), "scan");
        Assert.DoesNotContain("\u001b[", noColor.Out);
    }

    [Fact]
    public void Clean_folder_exits_0()
    {
        using var folder = new TempFolder();
        folder.Write("README.md", "# Project\n\nAdd the host to the allowlist.\n");
        var result = Cli.Run(folder.Path, "scan");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("No problems found; 1 file scanned", result.Out);
    }

    [Fact]
    public void Json_format()
    {
        using var folder = Docs();
        var result = Cli.Run(folder.Path, "scan", "--format", "json");
        Assert.Equal(1, result.ExitCode);

        using var json = result.Json();
        var root = json.RootElement;
        Assert.Equal(folder.Path, root.GetProperty("root").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("config").ValueKind);
        Assert.Equal(1, root.GetProperty("summary").GetProperty("filesScanned").GetInt32());
        Assert.Equal(1, root.GetProperty("summary").GetProperty("warnings").GetInt32());

        var finding = Assert.Single(root.GetProperty("findings").EnumerateArray());
        Assert.Equal("INCL201", finding.GetProperty("ruleId").GetString());
        Assert.Equal("warning", finding.GetProperty("severity").GetString());
        Assert.Equal("docs/guide.md", finding.GetProperty("path").GetString());
        Assert.Equal(3, finding.GetProperty("line").GetInt32());
        Assert.Equal(Column, finding.GetProperty("column").GetInt32());
        Assert.Equal(3, finding.GetProperty("endLine").GetInt32());
        Assert.Equal(Column + "whitelist".Length, finding.GetProperty("endColumn").GetInt32());
        Assert.Equal("whitelist", finding.GetProperty("term").GetString());
        Assert.Equal("allowlist", finding.GetProperty("replacements")[0].GetString());
        Assert.Equal(RuleCatalog.HelpLink("INCL201"), finding.GetProperty("helpUri").GetString());
        Assert.Empty(root.GetProperty("errors").EnumerateArray());
    }

    [Fact]
    public void Sarif_format_follows_the_design()
    {
        using var folder = Docs();
        folder.Write("docs/my guide.md", "Keep a blacklist.\n");
        var result = Cli.Run(folder.Path, "scan", "--format", "sarif");
        Assert.Equal(1, result.ExitCode);

        using var json = result.Json();
        var sarif = json.RootElement;
        Assert.Equal("2.1.0", sarif.GetProperty("version").GetString());
        Assert.Contains("sarif-2.1.0", sarif.GetProperty("$schema").GetString());
        var run = Assert.Single(sarif.GetProperty("runs").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("InclusiveAnalyzers", driver.GetProperty("name").GetString());

        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(RuleCatalog.All.Count, rules.Count);
        foreach (var rule in rules)
        {
            Assert.Equal(RuleCatalog.HelpLink(rule.GetProperty("id").GetString()!), rule.GetProperty("helpUri").GetString());
        }

        Assert.Equal(new Uri(folder.Path + "/").AbsoluteUri, run.GetProperty("originalUriBaseIds").GetProperty("SRCROOT").GetProperty("uri").GetString());

        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(2, results.Count);
        Assert.Contains(results, r => Location(r).GetProperty("artifactLocation").GetProperty("uri").GetString() == "docs/my%20guide.md");

        var result1 = results.Single(r => Location(r).GetProperty("artifactLocation").GetProperty("uri").GetString() == "docs/guide.md");
        Assert.Equal("INCL201", result1.GetProperty("ruleId").GetString());
        Assert.Equal("INCL201", rules[result1.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
        Assert.Equal("warning", result1.GetProperty("level").GetString());
        Assert.Contains("whitelist", result1.GetProperty("message").GetProperty("text").GetString());
        var location = Location(result1);
        Assert.Equal("docs/guide.md", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("SRCROOT", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        var region = location.GetProperty("region");
        Assert.Equal(3, region.GetProperty("startLine").GetInt32());
        Assert.Equal(Column, region.GetProperty("startColumn").GetInt32());
        Assert.Equal(3, region.GetProperty("endLine").GetInt32());
        Assert.Equal(Column + 9, region.GetProperty("endColumn").GetInt32());
        Assert.Equal("whitelist", result1.GetProperty("properties").GetProperty("term").GetString());
        Assert.Equal("allowlist", result1.GetProperty("properties").GetProperty("replacements")[0].GetString());
    }

    private static JsonElement Location(JsonElement result) =>
        Assert.Single(result.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");

    [Fact]
    public void GitHub_format_writes_workflow_annotations()
    {
        using var folder = Docs();
        var result = Cli.Run(folder.Path, "scan", "--format", "github");
        Assert.Equal(1, result.ExitCode);
        var line = result.Out.Split('\n')[0];
        Assert.StartsWith($"::warning file=docs/guide.md,line=3,col={Column},endLine=3,endColumn={Column + 9},title=INCL201::", line);
        Assert.DoesNotContain("\n", line);
    }

    [Fact]
    public void Output_file_takes_the_report()
    {
        using var folder = Docs();
        var result = Cli.Run(folder.Path, "scan", "--format", "sarif", "--output", "out/report.sarif");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Contains("wrote out/report.sarif", result.Error);
        using var json = JsonDocument.Parse(folder.Read("out/report.sarif"));
        Assert.Single(json.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
    }

    [Theory]
    [InlineData("none", 0)]
    [InlineData("error", 0)]
    [InlineData("warning", 1)]
    [InlineData("suggestion", 1)]
    public void Fail_on_with_a_warning(string level, int exitCode)
    {
        using var folder = Docs();
        Assert.Equal(exitCode, Cli.Run(folder.Path, "scan", "--fail-on", level).ExitCode);
    }

    [Theory]
    [InlineData("none", 0)]
    [InlineData("error", 0)]
    [InlineData("warning", 0)]
    [InlineData("suggestion", 1)]
    public void Fail_on_with_a_suggestion(string level, int exitCode)
    {
        using var folder = Docs();
        folder.Write("inclusive.json", "{ \"rules\": { \"INCL201\": \"suggestion\" } }");
        var result = Cli.Run(folder.Path, "scan", "--fail-on", level);
        Assert.Contains("suggestion INCL201", result.Out);
        Assert.Equal(exitCode, result.ExitCode);
    }

    [Fact]
    public void Fail_on_error_with_an_error()
    {
        using var folder = Docs();
        folder.Write(".editorconfig", "root = true\n[*.md]\ndotnet_diagnostic.INCL201.severity = error\n");
        var result = Cli.Run(folder.Path, "scan", "--fail-on", "error");
        Assert.Contains("error INCL201", result.Out);
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void Editorconfig_severity_none_silences_a_rule_per_path()
    {
        using var folder = Docs();
        folder.Write("docs/legacy/old.md", Prose);
        folder.Write(".editorconfig", "root = true\n[docs/legacy/**]\ndotnet_diagnostic.INCL201.severity = none\n");
        var result = Cli.Run(folder.Path, "scan");
        Assert.Contains("docs/guide.md:3:", result.Out);
        Assert.DoesNotContain("legacy", result.Out);
        Assert.Equal(1, result.ExitCode);

        folder.Write(".editorconfig", "root = true\n[*.md]\ndotnet_diagnostic.INCL201.severity = none\n");
        var silenced = Cli.Run(folder.Path, "scan");
        Assert.Equal(0, silenced.ExitCode);
        Assert.StartsWith("No problems found", silenced.Out);
    }

    [Fact]
    public void Editorconfig_term_switches_reach_markdown()
    {
        using var folder = new TempFolder();
        folder.Write("docs/git.md", "# Git\n\nMerge it into the master branch.\n");
        var flagged = Cli.Run(folder.Path, "scan");
        Assert.Contains("INCL201", flagged.Out);

        folder.Write(".editorconfig", "root = true\n[*.md]\ninclusive_analyzers.allow = master branch\n");
        var allowed = Cli.Run(folder.Path, "scan");
        Assert.Equal(0, allowed.ExitCode);
        Assert.DoesNotContain("INCL201", allowed.Out);
    }

    [Fact]
    public void Editorconfig_severity_turns_on_a_document_rule_that_is_off_by_default()
    {
        using var folder = new TempFolder();
        folder.Write("docs/install.md", "# Install\n\nSimply run the installer.\n");
        Assert.DoesNotContain("INCL202", Cli.Run(folder.Path, "scan").Out);

        folder.Write(".editorconfig", "root = true\n[*.md]\ndotnet_diagnostic.INCL202.severity = warning\n");
        var on = Cli.Run(folder.Path, "scan");
        Assert.Contains("warning INCL202", on.Out);
        Assert.Contains("docs/install.md:3:", on.Out);
    }

    [Fact]
    public void Editorconfig_invalid_severity_is_a_warning_on_stderr()
    {
        using var folder = Docs();
        folder.Write(".editorconfig", "root = true\n[*.md]\ndotnet_diagnostic.INCL201.severity = loud\n");
        var result = Cli.Run(folder.Path, "scan");
        Assert.Contains("not a severity", result.Error);
        Assert.Contains("warning INCL201", result.Out);
    }

    [Fact]
    public void Config_option_and_config_found_above()
    {
        using var folder = Docs();
        folder.Write("configs/quiet.json", "{ \"rules\": { \"INCL201\": \"none\" } }");
        Assert.Equal(0, Cli.Run(folder.Path, "scan", "--config", "configs/quiet.json").ExitCode);

        folder.Write("inclusive.json", "{ \"rules\": { \"INCL201\": \"none\" } }");
        var result = Cli.Run(folder["docs"], "scan", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var json = result.Json();
        Assert.Equal(folder["inclusive.json"], json.RootElement.GetProperty("config").GetString());
    }

    [Fact]
    public void Missing_config_file_is_a_usage_error()
    {
        using var folder = Docs();
        var result = Cli.Run(folder.Path, "scan", "--config", "nope.json");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("nope.json' does not exist", result.Error);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void Malformed_config_is_reported_as_INCL001_at_its_location_and_exits_2()
    {
        using var folder = Docs();
        folder.Write("inclusive.json", "{\n  \"rules\": { \"INCL201\": \"loud\" }\n}\n");
        var result = Cli.Run(folder.Path, "scan", "--format", "json", "--fail-on", "none");
        Assert.Equal(2, result.ExitCode);
        using var json = result.Json();
        var problem = json.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "INCL001");
        Assert.Equal("inclusive.json", problem.GetProperty("path").GetString());
        Assert.Equal(2, problem.GetProperty("line").GetInt32());
        Assert.True(problem.GetProperty("column").GetInt32() > 1);
        // The rest of the scan still ran.
        Assert.Contains(json.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "INCL201");
    }

    [Fact]
    public void Broken_json_syntax_is_located_too()
    {
        using var folder = Docs();
        folder.Write("inclusive.json", "{ \"rules\": ");
        var result = Cli.Run(folder.Path, "scan");
        Assert.Equal(2, result.ExitCode);
        Assert.Matches(@"inclusive\.json:1:\d+: warning INCL001 ", result.Out);
    }

    [Fact]
    public void Gitignored_files_are_skipped_unless_asked()
    {
        using var folder = Docs();
        folder.Write(".gitignore", "docs/\n");
        Assert.Equal(0, Cli.Run(folder.Path, "scan").ExitCode);
        Assert.Equal(1, Cli.Run(folder.Path, "scan", "--no-gitignore").ExitCode);
    }

    [Fact]
    public void Binary_and_oversized_documents_are_reported_not_read()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("binary.md", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0, 0, 0x14, 0 });
        folder.Write("big.md", "# Big\n\n" + new string('a', 4096) + "\n");
        var result = Cli.Run(folder.Path, "scan", "--max-file-size", "2KB", "--format", "json", "--fail-on", "none");
        Assert.Equal(0, result.ExitCode);
        using var json = result.Json();
        var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToList();
        var binary = findings.Single(f => f.GetProperty("path").GetString() == "binary.md");
        Assert.Equal(RuleCatalog.DocumentSkipped, binary.GetProperty("ruleId").GetString());
        Assert.Contains("binary", binary.GetProperty("message").GetString());
        Assert.Equal(0, binary.GetProperty("line").GetInt32());
        var big = findings.Single(f => f.GetProperty("path").GetString() == "big.md");
        Assert.Equal(RuleCatalog.DocumentSkipped, big.GetProperty("ruleId").GetString());
        Assert.Contains("limit", big.GetProperty("message").GetString());
    }

    [Fact]
    public void Missing_path_is_a_usage_error()
    {
        using var folder = new TempFolder();
        var result = Cli.Run(folder.Path, "scan", "nothing-here");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("does not exist", result.Error);
    }

    [Fact]
    public void Explicit_files_and_paths_outside_the_working_folder()
    {
        using var folder = Docs();
        using var elsewhere = new TempFolder();
        var result = Cli.Run(elsewhere.Path, "scan", folder["docs/guide.md"], "--format", "json");
        Assert.Equal(1, result.ExitCode);
        using var json = result.Json();
        // Outside the working folder, the root is the paths' own folder.
        Assert.Equal(folder["docs"], json.RootElement.GetProperty("root").GetString());
        Assert.Equal("guide.md", json.RootElement.GetProperty("findings")[0].GetProperty("path").GetString());
    }

    [Fact]
    public void Repository_root_gets_the_code_of_conduct_audit()
    {
        using var folder = Docs();
        folder.MakeRepository();
        var result = Cli.Run(folder.Path, "scan", "--format", "json", "--fail-on", "none");
        using var json = result.Json();
        Assert.Contains(json.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "INCL401");

        // A sub-folder is not a repository: no audit there.
        var docs = Cli.Run(folder.Path, "scan", "docs", "--format", "json", "--fail-on", "none");
        using var docsJson = docs.Json();
        Assert.DoesNotContain(docsJson.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "INCL401");
    }

    [Fact]
    public void Code_of_conduct_grade_is_in_every_format()
    {
        using var folder = new TempFolder();
        folder.MakeRepository();
        folder.Write("README.md", "# Project\n\nSee the [code of conduct](CODE_OF_CONDUCT.md).\n");
        folder.Write("CODE_OF_CONDUCT.md", "# Code of Conduct\n\nReport problems to [INSERT CONTACT METHOD].\n");

        using var json = Cli.Run(folder.Path, "scan", "--format", "json", "--fail-on", "none").Json();
        var entry = Assert.Single(json.RootElement.GetProperty("codeOfConduct").EnumerateArray());
        Assert.Equal("CODE_OF_CONDUCT.md", entry.GetProperty("path").GetString());
        var grade = entry.GetProperty("grade").GetString();
        Assert.Contains(grade, new[] { "green", "yellow", "red" });

        using var sarif = Cli.Run(folder.Path, "scan", "--format", "sarif", "--fail-on", "none").Json();
        var run = sarif.RootElement.GetProperty("runs")[0];
        var sarifEntry = Assert.Single(run.GetProperty("properties").GetProperty("codeOfConduct").EnumerateArray());
        Assert.Equal(grade, sarifEntry.GetProperty("grade").GetString());
        Assert.Contains(run.GetProperty("results").EnumerateArray(), r => r.GetProperty("ruleId").GetString()!.StartsWith("INCL4", StringComparison.Ordinal)
            && r.GetProperty("properties").GetProperty("grade").GetString() == grade);

        Assert.Contains($"Code of conduct CODE_OF_CONDUCT.md: grade {grade}.", Cli.Run(folder.Path, "scan").Out);
    }

    [Fact]
    public void No_progress_bar_when_redirected_or_in_ci()
    {
        Assert.False(new CliConsole(TextWriter.Null, TextWriter.Null, ".", errorIsTerminal: false).AllowProgress);
        Assert.False(new CliConsole(TextWriter.Null, TextWriter.Null, ".", errorIsTerminal: true, environment: n => n == "CI" ? "true" : null).AllowProgress);
        Assert.False(new CliConsole(TextWriter.Null, TextWriter.Null, ".", errorIsTerminal: true, environment: n => n == "GITHUB_ACTIONS" ? "true" : null).AllowProgress);
        Assert.True(new CliConsole(TextWriter.Null, TextWriter.Null, ".", errorIsTerminal: true, environment: n => n == "CI" ? "false" : null).AllowProgress);
    }
}
