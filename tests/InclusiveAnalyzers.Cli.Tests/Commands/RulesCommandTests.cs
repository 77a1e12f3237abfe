using InclusiveAnalyzers.Core.Rules;

namespace InclusiveAnalyzers.Cli.Tests.Commands;

public class RulesCommandTests
{
    [Fact]
    public void Text_lists_rules_and_terms()
    {
        using var folder = new TempFolder();
        var result = Cli.Run(folder.Path, "rules");
        Assert.Equal(0, result.ExitCode);
        foreach (var rule in RuleCatalog.All)
        {
            Assert.Contains(rule.Id, result.Out);
        }

        Assert.Matches(@"(?m)^whitelist\s+racial\s+warning\s+yes\s+allowlist, ", result.Out);
        Assert.Matches(@"(?m)^simply\s+condescending\s+suggestion\s+no\s", result.Out);
    }

    [Fact]
    public void Json_lists_rules_with_help_links_and_terms_with_the_users_changes()
    {
        using var folder = new TempFolder();
        folder.Write("inclusive.json", "{ \"categories\": { \"condescending\": true } }");
        var result = Cli.Run(folder.Path, "rules", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var json = result.Json();
        var rules = json.RootElement.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(RuleCatalog.All.Count, rules.Count);
        var incl201 = rules.Single(r => r.GetProperty("id").GetString() == "INCL201");
        Assert.Equal(RuleCatalog.HelpLink("INCL201"), incl201.GetProperty("helpUri").GetString());
        Assert.Equal("warning", incl201.GetProperty("defaultSeverity").GetString());

        var terms = json.RootElement.GetProperty("terms").EnumerateArray().ToList();
        var whitelist = terms.Single(t => t.GetProperty("id").GetString() == "whitelist");
        Assert.Equal("allowlist", whitelist.GetProperty("replacements")[0].GetString());
        Assert.True(terms.Single(t => t.GetProperty("id").GetString() == "simply").GetProperty("enabled").GetBoolean());
    }
}
