using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Configuration;
using InclusiveAnalyzers.Core.Policy;
using InclusiveAnalyzers.Documents.Tests.Support;

namespace InclusiveAnalyzers.Documents.Tests;

/// <summary>
/// The scanner takes every severity and term switch from Core's one resolver: .editorconfig found
/// from the file's full path, inclusive.json's globs relative to its folder; findings carry the full
/// path and a display path relative to the repository root.
/// </summary>
public sealed class ScanPolicyTests : IDisposable
{
    private const string MasterBranch = "# Guide\n\nMerge it into the master branch.\n";
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private DocumentScanner Scanner(InclusiveSettings? settings = null) => new(new DocumentScanOptions
    {
        Severities = new SeverityResolver(settings, new EditorConfigResolver()),
        RepositoryRoot = folder.Path,
    });

    private InclusiveSettings Json(string json)
    {
        var path = folder.Write("inclusive.json", json);
        var errors = new List<ConfigError>();
        var settings = InclusiveSettings.Create(InclusiveConfig.Parse(json, path, errors));
        Assert.Empty(errors);
        return settings;
    }

    [Fact]
    public void Editorconfig_term_switches_silence_an_allowed_phrase_in_matching_files_only()
    {
        folder.Write(".editorconfig", "root = true\n[docs/**]\ninclusive_analyzers.allow = master branch\n");
        var inDocs = folder.Write("docs/guide.md", MasterBranch);
        var elsewhere = folder.Write("other/guide.md", MasterBranch);
        var page = folder.Write("docs/page.html", "<p>Merge it into the master branch.</p>");

        var scanner = Scanner();

        Assert.DoesNotContain(scanner.ScanFile(inDocs), f => f.RuleId == "INCL201");
        Assert.DoesNotContain(scanner.ScanFile(page), f => f.RuleId == "INCL201");
        Assert.Contains(scanner.ScanFile(elsewhere), f => f.RuleId == "INCL201");
    }

    [Fact]
    public void Findings_carry_the_full_path_and_a_display_path_relative_to_the_repository_root()
    {
        var guide = folder.Write("docs/guide.md", MasterBranch);

        var finding = Assert.Single(Scanner().ScanFile(guide), f => f.RuleId == "INCL201");

        Assert.Equal(guide, finding.Path);
        Assert.Equal("docs/guide.md", finding.DisplayPath);
    }

    [Fact]
    public void An_editorconfig_severity_turns_on_a_rule_that_is_off_by_default_where_it_applies()
    {
        const string Text = "Simply run the installer.\n";
        folder.Write(".editorconfig", "root = true\n[*.md]\ndotnet_diagnostic.INCL202.severity = warning\n");
        var markdown = folder.Write("a.md", Text);
        var plain = folder.Write("a.txt", Text);

        var on = Assert.Single(Scanner().ScanFile(markdown), f => f.RuleId == "INCL202");
        Assert.Equal(Severity.Warning, on.Severity);
        Assert.Equal("Simply", Text.Substring(on.Offset, on.Length));
        Assert.DoesNotContain(Scanner().ScanFile(plain), f => f.RuleId == "INCL202");
        Assert.DoesNotContain(new DocumentScanner(new DocumentScanOptions()).Scan("a.md", Text), f => f.RuleId == "INCL202");
    }

    [Fact]
    public void Editorconfig_wins_over_inclusive_json_both_ways()
    {
        var settings = Json("""{ "rules": { "INCL335": "none", "INCL301": "error" } }""");
        const string Text = "# Links\n\nSee [https://example.com](https://example.com).\n\n![](a.png)\n";
        var page = folder.Write("a.md", Text);
        var plain = Scanner(settings).ScanFile(page);
        Assert.DoesNotContain(plain, f => f.RuleId == "INCL335");
        Assert.Equal(Severity.Error, plain.Single(f => f.RuleId == "INCL301").Severity);

        folder.Write(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.INCL335.severity = suggestion\ndotnet_diagnostic.INCL301.severity = none\n");
        var hosted = Scanner(settings).ScanFile(page);
        Assert.Contains(hosted, f => f.RuleId == "INCL335");
        Assert.DoesNotContain(hosted, f => f.RuleId == "INCL301");
    }

    [Fact]
    public void Inclusive_json_overrides_see_paths_relative_to_its_own_folder()
    {
        var settings = Json("""{ "overrides": [ { "files": ["site/**"], "rules": { "INCL301": "none" } } ] }""");
        var inSite = folder.Write("site/a.md", "![](a.png)\n");
        var nested = folder.Write("docs/site/a.md", "![](a.png)\n");

        Assert.DoesNotContain(Scanner(settings).ScanFile(inSite), f => f.RuleId == "INCL301");
        Assert.Contains(Scanner(settings).ScanFile(nested), f => f.RuleId == "INCL301");
    }

    [Fact]
    public void Prepare_builds_the_matcher_of_one_path_and_every_other_path_keeps_its_own_switches()
    {
        var settings = Json("""{ "overrides": [ { "files": ["legacy/**"], "disable": ["whitelist"] } ] }""");
        folder.Write("docs/.editorconfig", "[*]\ninclusive_analyzers.allow = blacklist\n");
        var root = folder.Write("README.md", "The whitelist and the blacklist.\n");
        var legacy = folder.Write("legacy/a.md", "The whitelist and the blacklist.\n");
        var docs = folder.Write("docs/a.md", "The whitelist and the blacklist.\n");
        var scanner = Scanner(settings);

        scanner.Prepare(root);
        scanner.Prepare(Path.Combine(folder.Path, "no-such-folder", "image.png"));

        string[] Terms(string path) => scanner.ScanFile(path).Where(f => f.RuleId == "INCL201").Select(f => f.Message.Split('\'')[1].ToLowerInvariant()).ToArray();
        Assert.Equal(new[] { "whitelist", "blacklist" }, Terms(root));
        Assert.Equal(new[] { "blacklist" }, Terms(legacy));
        Assert.Equal(new[] { "whitelist" }, Terms(docs));
    }

    [Fact]
    public void The_fixer_honours_editorconfig_term_switches()
    {
        folder.Write(".editorconfig", "root = true\n[*]\ninclusive_analyzers.allow = whitelist\n");
        const string Text = "Add it to the whitelist.\n";
        var options = new DocumentScanOptions { Severities = new SeverityResolver(null, new EditorConfigResolver()) };

        Assert.Equal(Text, DocumentFixer.Fix(Path.Combine(folder.Path, "a.md"), Text, options));
        Assert.NotEqual(Text, DocumentFixer.Fix("a.md", Text, InclusiveSettings.Default));
    }
}
