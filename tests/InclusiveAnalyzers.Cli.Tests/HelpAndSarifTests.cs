using System.Text.Json;
using System.Text.RegularExpressions;
using InclusiveAnalyzers.Core.Rules;

namespace InclusiveAnalyzers.Cli.Tests;

/// <summary>What the help, the SARIF rules and the docs promise matches what the tool does.</summary>
public class HelpAndSarifTests
{
    private static string RepositoryFile(string relative)
    {
        for (var directory = AppContext.BaseDirectory; directory != null; directory = Path.GetDirectoryName(directory))
        {
            if (File.Exists(Path.Combine(directory, "rules.json")) && Directory.Exists(Path.Combine(directory, "docs")))
            {
                return Path.Combine(directory, relative);
            }
        }

        throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
    }

    [Fact]
    public void Overview_help_lists_every_exit_code()
    {
        var help = Cli.Run(Path.GetTempPath(), "--help").Out;
        Assert.Contains("0 nothing at or above the fail level", help);
        Assert.Contains("1 findings", help);
        Assert.Contains("2 usage or configuration error", help);
        Assert.Contains("3 internal error", help);
        Assert.Equal(ExitCodes.InternalError, 3);
    }

    [Fact]
    public void Scan_help_gives_the_docs_url_not_a_path_the_installed_tool_lacks()
    {
        var help = Cli.Run(Path.GetTempPath(), "scan", "--help").Out;
        Assert.Contains("https://github.com/inclusive-analyzers/InclusiveAnalyzers/blob/main/docs/cli.md", help);
        Assert.DoesNotMatch(new Regex(@"(?<!/)\bdocs/cli\.md"), help.Replace("main/docs/cli.md", string.Empty));
    }

    [Fact]
    public void Rules_help_promises_what_rules_prints()
    {
        var help = Cli.Run(Path.GetTempPath(), "rules", "--help").Out;
        Assert.Contains("With --format json each rule also carries its description and help link (helpUri)", help);

        var text = Cli.Run(Path.GetTempPath(), "rules").Out;
        Assert.Contains("ID", text);
        Assert.Contains("Help for a rule: " + RuleCatalog.HelpLinkBase + "ID.md", text);
        using var json = Cli.Run(Path.GetTempPath(), "rules", "--format", "json").Json();
        Assert.All(json.RootElement.GetProperty("rules").EnumerateArray(), r =>
        {
            Assert.StartsWith(RuleCatalog.HelpLinkBase, r.GetProperty("helpUri").GetString());
            Assert.False(string.IsNullOrEmpty(r.GetProperty("description").GetString()));
        });
    }

    [Fact]
    public void Sarif_rules_carry_a_help_object_with_summary_and_page_link()
    {
        using var folder = new TempFolder();
        folder.Write("a.md", "# A\n\nAdd it to the whitelist.\n");
        var result = Cli.Run(folder.Path, "scan", "--format", "sarif");
        using var sarif = JsonDocument.Parse(result.Out);
        var rules = sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        Assert.NotEmpty(rules);
        foreach (var rule in rules)
        {
            var id = rule.GetProperty("id").GetString()!;
            var help = rule.GetProperty("help");
            Assert.EndsWith(RuleCatalog.HelpLink(id), help.GetProperty("text").GetString());
            Assert.Contains(RuleCatalog.Get(id).Title, help.GetProperty("markdown").GetString());
            Assert.Contains("](" + RuleCatalog.HelpLink(id) + ")", help.GetProperty("markdown").GetString());
        }
    }

    [Fact]
    public void Configuration_doc_states_the_term_count_of_rules_json()
    {
        using var rules = JsonDocument.Parse(File.ReadAllText(RepositoryFile("rules.json")));
        var count = rules.RootElement.GetProperty("terms").GetArrayLength();
        var doc = File.ReadAllText(RepositoryFile("docs/configuration.md"));
        var stated = Regex.Match(doc, @"over (\d+) terms");
        Assert.True(stated.Success, "docs/configuration.md should say 'over N terms'");
        var n = int.Parse(stated.Groups[1].Value, CultureInfo.InvariantCulture);
        // "over N": true, and N within ten of the count so the figure stays meaningful as terms are added.
        Assert.InRange(count, n + 1, n + 10);
    }

    [Fact]
    public void The_tool_package_has_a_readme()
    {
        var project = File.ReadAllText(RepositoryFile("src/InclusiveAnalyzers.Cli/InclusiveAnalyzers.Cli.csproj"));
        var readme = Regex.Match(project, "<PackageReadmeFile>([^<]+)</PackageReadmeFile>");
        Assert.True(readme.Success);
        Assert.Matches("Include=\"[^\"]*" + Regex.Escape(readme.Groups[1].Value) + "\"[^>]*Pack=\"true\"", project);
    }
}
