using InclusiveAnalyzers.Cli.Report;
using InclusiveAnalyzers.Core;

namespace InclusiveAnalyzers.Cli.Tests.Report;

public sealed class ReportSummaryTests
{
    [Theory]
    [InlineData("INCL101", "code")]
    [InlineData("INCL103", "code")]
    [InlineData("INCL201", "docs")]
    [InlineData("INCL301", "accessibility")]
    [InlineData("INCL346", "accessibility")]
    [InlineData("INCL405", "community")]
    [InlineData("INCL001", "tool")]
    [InlineData("CS8618", "tool")]
    [InlineData("INCL", "tool")]
    public void Families_follow_the_rule_id_range(string ruleId, string family) => Assert.Equal(family, Families.Of(ruleId));

    [Fact]
    public void Counts_split_by_family_category_rule_folder_and_file()
    {
        var summary = ReportSummary.WithDefaultCatalog();
        summary.Add(new ReportItem("INCL201", Severity.Warning, "docs/a.md", "master", true, "m"));
        summary.Add(new ReportItem("INCL201", Severity.Warning, "docs/a.md", "slave", true, "m"));
        summary.Add(new ReportItem("INCL101", Severity.Suggestion, "src/B.cs", "sanity-check", false, "m"));
        summary.Add(new ReportItem("INCL301", Severity.Error, "README.md", null, false, "m"));
        summary.Add(new ReportItem("INCL401", Severity.Error, ".", null, false, "no code of conduct"));
        summary.Add(new ReportItem("INCL201", Severity.Warning, "docs/b.md", "my-own-term", false, "m"));

        Assert.Equal(6, summary.Total);
        Assert.Equal((2, 3, 1), (summary.Errors, summary.Warnings, summary.Suggestions));
        Assert.Equal(3, summary.FamilyCounts["docs"]);
        Assert.Equal(1, summary.FamilyCounts["code"]);
        Assert.Equal(1, summary.FamilyCounts["accessibility"]);
        Assert.Equal(1, summary.FamilyCounts["community"]);
        Assert.Equal(0, summary.FamilyCounts["tool"]);
        Assert.Equal(2, summary.CategoryCounts["racial"]);
        Assert.Equal(1, summary.CategoryCounts["ableist"]);
        Assert.Equal(3, summary.CategoryCounts.Values.Sum()); // a term the catalog does not know has no category
        Assert.Equal(3, summary.RuleCounts["INCL201"]);
        Assert.Equal(3, summary.FolderCounts["docs"]);
        Assert.Equal(1, summary.FolderCounts["(root)"]);
        Assert.Equal(1, summary.FolderCounts["(repository)"]);
        Assert.Equal(new[] { "docs/a.md", "README.md" }, summary.WorstFiles(2).Select(p => p.Key));
        Assert.Equal(4, summary.FilesWithFindings); // the repository itself is no file
        Assert.Equal(2, summary.Fixable);
        Assert.Equal(1, summary.AccessibilityCounts["Images without a text alternative"]);
        Assert.Equal("no code of conduct", Assert.Single(summary.CodeOfConductFindings).Message);
    }

    [Fact]
    public void Only_fix_rules_with_a_replacement_are_fixable()
    {
        Assert.True(ReportItem.IsFixableRule("INCL101"));
        Assert.True(ReportItem.IsFixableRule("INCL201"));
        Assert.False(ReportItem.IsFixableRule("INCL202"));
        Assert.False(ReportItem.IsFixableRule("INCL301"));
        var noReplacement = new Finding("INCL201", Severity.Warning, "m", "/r/a.md", 1, 1, 1, 2) { Term = "master" };
        Assert.False(ReportItem.From(noReplacement, "a.md").Fixable);
        var withReplacement = new Finding("INCL201", Severity.Warning, "m", "/r/a.md", 1, 1, 1, 2) { Term = "master", Replacements = new[] { "primary" } };
        Assert.True(ReportItem.From(withReplacement, "a.md").Fixable);
    }

    [Fact]
    public void Adding_summaries_sums_counts_and_keeps_files_apart_by_prefix()
    {
        var a = ReportSummary.WithDefaultCatalog();
        a.Add(new ReportItem("INCL201", Severity.Warning, "docs/x.md", "master", true, "m"));
        var b = ReportSummary.WithDefaultCatalog();
        b.Add(new ReportItem("INCL201", Severity.Error, "docs/x.md", "master", false, "m"));
        var all = ReportSummary.WithDefaultCatalog();
        all.AddAll(a, "one/");
        all.AddAll(b, "two/");
        Assert.Equal(2, all.Total);
        Assert.Equal(2, all.CategoryCounts["racial"]);
        Assert.Equal(1, all.Fixable);
        Assert.Equal(new[] { "one/docs/x.md", "two/docs/x.md" }, all.FileCounts.Keys.OrderBy(k => k));
    }
}
