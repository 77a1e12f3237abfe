using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Configuration;

namespace InclusiveAnalyzers.Documents.Tests;

/// <summary>The per-file hooks a host fills from .editorconfig: term switches and rule severities.</summary>
public class ScanOptionHooksTests
{
    private const string MasterBranch = "# Guide\n\nMerge it into the master branch.\n";

    [Fact]
    public void Term_options_for_a_path_silence_an_allowed_phrase_there_only()
    {
        var allowMasterBranch = new MatcherOptions { Allow = new[] { "master branch" } };
        var asked = new List<string>();
        var scanner = new DocumentScanner(new DocumentScanOptions
        {
            TermOptionsFor = path => { lock (asked) asked.Add(path); return path.StartsWith("docs/", StringComparison.Ordinal) ? allowMasterBranch : null; },
        });

        Assert.DoesNotContain(scanner.Scan("docs/guide.md", MasterBranch), f => f.RuleId == "INCL201");
        Assert.Contains(scanner.Scan("other/guide.md", MasterBranch), f => f.RuleId == "INCL201");
        Assert.Contains("docs/guide.md", asked);
    }

    [Fact]
    public void Term_options_from_editorconfig_text_reach_html_too()
    {
        var options = new EditorConfigOptions(Properties(("inclusive_analyzers.allow", "master branch")));
        var scanner = new DocumentScanner(new DocumentScanOptions { TermOptionsFor = _ => options.GetMatcherOptions() });
        Assert.DoesNotContain(scanner.Scan("page.html", "<p>Merge it into the master branch.</p>"), f => f.RuleId == "INCL201");
        Assert.Contains(new DocumentScanner(new DocumentScanOptions()).Scan("page.html", "<p>Merge it into the master branch.</p>"), f => f.RuleId == "INCL201");
    }

    [Fact]
    public void A_host_severity_turns_on_a_rule_that_is_off_by_default()
    {
        const string text = "Simply run the installer.\n";
        Assert.DoesNotContain(new DocumentScanner(new DocumentScanOptions()).Scan("a.md", text), f => f.RuleId == "INCL202");

        var scanner = new DocumentScanner(new DocumentScanOptions
        {
            RuleSeverityFor = (rule, path) => rule == "INCL202" && path.EndsWith(".md", StringComparison.Ordinal) ? Severity.Warning : null,
        });
        var on = Assert.Single(scanner.Scan("a.md", text), f => f.RuleId == "INCL202");
        Assert.Equal(Severity.Warning, on.Severity);
        Assert.Equal("Simply", text.Substring(on.Offset, on.Length));
        Assert.DoesNotContain(scanner.Scan("a.txt", text), f => f.RuleId == "INCL202");
    }

    [Fact]
    public void A_host_severity_wins_over_inclusive_json_both_ways()
    {
        var json = InclusiveConfig.Parse("""{ "rules": { "INCL335": "none", "INCL301": "error" } }""", "inclusive.json", new List<ConfigError>());
        const string text = "# Links\n\nSee [https://example.com](https://example.com).\n\n![](a.png)\n";
        var plain = new DocumentScanner(new DocumentScanOptions { Settings = InclusiveSettings.Create(json) }).Scan("a.md", text);
        Assert.DoesNotContain(plain, f => f.RuleId == "INCL335");
        Assert.Equal(Severity.Error, plain.Single(f => f.RuleId == "INCL301").Severity);

        var hosted = new DocumentScanner(new DocumentScanOptions
        {
            Settings = InclusiveSettings.Create(json),
            RuleSeverityFor = (rule, _) => rule switch { "INCL335" => Severity.Suggestion, "INCL301" => Severity.None, _ => null },
        }).Scan("a.md", text);
        Assert.Contains(hosted, f => f.RuleId == "INCL335");
        Assert.DoesNotContain(hosted, f => f.RuleId == "INCL301");
    }

    [Fact]
    public void The_fixer_honours_the_term_hook()
    {
        var options = new DocumentScanOptions { TermOptionsFor = _ => new MatcherOptions { Allow = new[] { "whitelist" } } };
        const string text = "Add it to the whitelist.\n";
        Assert.Equal(text, DocumentFixer.Fix("a.md", text, options));
        Assert.NotEqual(text, DocumentFixer.Fix("a.md", text, InclusiveSettings.Default));
    }

    private static IReadOnlyDictionary<string, string> Properties(params (string Key, string Value)[] pairs)
    {
        var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in pairs) properties[key] = value;
        return properties;
    }
}
