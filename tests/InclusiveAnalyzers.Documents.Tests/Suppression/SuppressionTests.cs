namespace InclusiveAnalyzers.Documents.Tests.Suppression;

public class SuppressionTests
{
    private static readonly string Body = Lint.Doc("# Title", "", "![](a.png)", "", "The whitelist.", "", "![](b.png)");

    [Fact]
    public void Baseline_has_findings_on_three_lines()
    {
        var findings = Lint.Markdown(Body);
        findings.Exactly("INCL301", 3, 7);
        findings.Exactly("INCL201", 5);
    }

    [Fact]
    public void Disable_line_applies_to_its_own_line()
    {
        var text = Body.Replace("![](a.png)", "![](a.png) <!-- inclusive-disable-line INCL301 -->");
        Lint.Markdown(text).Exactly("INCL301", 7);
    }

    [Fact]
    public void Disable_next_line_with_several_ids()
    {
        var text = Body.Replace("The whitelist.", "<!-- inclusive-disable-next-line INCL301, INCL201 -->\nThe whitelist.\n![](c.png)");
        var findings = Lint.Markdown(text);
        findings.HasNot("INCL201");
        findings.Exactly("INCL301", 3, 7, 9);
    }

    [Fact]
    public void Region_disable_and_enable()
    {
        var text = Lint.Doc("# Title", "", "<!-- inclusive-disable INCL301 -->", "![](a.png)", "<!-- inclusive-enable INCL301 -->", "![](b.png)");
        Lint.Markdown(text).Exactly("INCL301", 6);
    }

    [Fact]
    public void Disable_all_then_enable_one()
    {
        var text = Lint.Doc("# Title", "", "<!-- inclusive-disable -->", "![](a.png) whitelist", "<!-- inclusive-enable INCL201 -->", "![](b.png) whitelist");
        var findings = Lint.Markdown(text);
        findings.Exactly("INCL201", 6);
        findings.HasNot("INCL301");
    }

    [Fact]
    public void Term_ids_work_as_well_as_rule_ids()
    {
        var text = Lint.Doc("<!-- inclusive-disable-next-line whitelist -->", "The whitelist and the blacklist.");
        var findings = Lint.Markdown(text);
        Assert.Equal(new[] { "blacklist" }, findings.Where(f => f.RuleId == "INCL201").Select(f => f.Term).ToArray());
    }

    [Fact]
    public void Comments_in_code_do_not_suppress()
    {
        var text = Lint.Doc("```", "<!-- inclusive-disable -->", "```", "", "![](a.png)", "", "Use `<!-- inclusive-disable -->` to silence.", "The whitelist.");
        var findings = Lint.Markdown(text);
        findings.Exactly("INCL301", 5);
        findings.Exactly("INCL201", 8);
    }

    [Fact]
    public void Markdownlint_comments_map_to_our_rules()
    {
        var text = Lint.Doc("# Title", "", "<!-- markdownlint-disable-next-line MD045 -->", "![](a.png)", "<!-- markdownlint-disable no-alt-text -->", "![](b.png)", "The whitelist.");
        var findings = Lint.Markdown(text);
        findings.HasNot("INCL301");
        findings.Exactly("INCL201", 7);
    }

    [Fact]
    public void Markdownlint_comment_for_rules_we_lack_silences_nothing()
    {
        var text = Lint.Doc("# Title", "", "<!-- markdownlint-disable MD013 -->", "![](a.png)");
        Lint.Markdown(text).Exactly("INCL301", 4);
    }

    [Fact]
    public void Html_files_honour_the_same_comments()
    {
        var html = Lint.Doc("<!-- inclusive-disable-next-line INCL301 -->", "<img src=\"a.png\">", "<img src=\"b.png\">");
        Lint.Html(html).Exactly("INCL301", 3);
    }

    [Fact]
    public void File_level_findings_follow_the_state_at_the_end()
    {
        Assert.Contains(Lint.Scan("docs/whitelist.md", "Text.\n"), f => f.RuleId == "INCL203");
        Assert.DoesNotContain(Lint.Scan("docs/whitelist.md", "<!-- inclusive-disable INCL203 -->\nText.\n"), f => f.RuleId == "INCL203");
    }

    [Fact]
    public void Multi_line_comment_next_line_means_after_the_comment()
    {
        var text = Lint.Doc("<!--", "  inclusive-disable-next-line INCL201", "-->", "The whitelist.", "The blacklist.");
        var findings = Lint.Markdown(text);
        Assert.Equal(new[] { "blacklist" }, findings.Where(f => f.RuleId == "INCL201").Select(f => f.Term).ToArray());
    }
}
