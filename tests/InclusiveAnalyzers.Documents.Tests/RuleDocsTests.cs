using InclusiveAnalyzers.Core.Rules;

namespace InclusiveAnalyzers.Documents.Tests;

/// <summary>Every document rule has a catalog entry and a docs/rules page (the SARIF helpUri points there).</summary>
public class RuleDocsTests
{
    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "InclusiveAnalyzers.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("InclusiveAnalyzers.sln not found above the test folder");
    }

    public static TheoryData<string> DocumentRules()
    {
        var data = new TheoryData<string>();
        foreach (var rule in RuleCatalog.All.Where(r => r.Id == "INCL002" || r.Id.StartsWith("INCL2", StringComparison.Ordinal) || r.Id.StartsWith("INCL3", StringComparison.Ordinal)))
        {
            data.Add(rule.Id);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(DocumentRules))]
    public void Rule_has_a_page_that_names_it(string id)
    {
        var path = Path.Combine(Root(), "docs", "rules", id + ".md");
        Assert.True(File.Exists(path), $"docs/rules/{id}.md is missing");
        var text = File.ReadAllText(path);
        Assert.StartsWith($"# {id}: ", text);
        Assert.Contains("## How to fix", text);
        Assert.EndsWith(id + ".md", RuleCatalog.HelpLink(id));
    }

    [Fact]
    public void Every_accessibility_rule_is_in_the_accessibility_category()
    {
        var rules = RuleCatalog.All.Where(r => r.Id.StartsWith("INCL3", StringComparison.Ordinal)).ToList();
        Assert.Equal(49, rules.Count);
        Assert.All(rules, r => Assert.Equal(RuleCatalog.AccessibilityCategory, r.Category));
    }
}
