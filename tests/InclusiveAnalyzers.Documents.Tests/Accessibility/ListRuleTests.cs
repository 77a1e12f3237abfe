namespace InclusiveAnalyzers.Documents.Tests.Accessibility;

public class ListRuleTests
{
    [Theory]
    [InlineData("<ul><li>a</li><script></script><template></template></ul>", false)]
    [InlineData("<ol>text<li>a</li></ol>", true)]
    [InlineData("<ul><li role=\"tab\">a</li></ul>", true)]
    [InlineData("<ul role=\"tablist\"><div>a</div></ul>", false)]
    [InlineData("<menu><li>a</li></menu>", false)]
    public void List_children(string html, bool reported)
    {
        var findings = Lint.Html(html + "\n");
        if (reported) findings.Exactly("INCL365", 1);
        else findings.HasNot("INCL365");
    }

    [Theory]
    [InlineData("<div role=\"list\"><li>a</li></div>", false)]
    [InlineData("<div><li>a</li></div>", true)]
    [InlineData("<div><li role=\"option\">a</li></div>", false)]
    public void List_item_parents(string html, bool reported)
    {
        var findings = Lint.Html(html + "\n");
        if (reported) findings.Exactly("INCL365", 1);
        else findings.HasNot("INCL365");
    }

    [Theory]
    [InlineData("<dl><dt>Term</dt><dd>Def</dd></dl>", false)]
    [InlineData("<dl><div><dt>Term</dt><dd>Def</dd></div></dl>", false)]
    [InlineData("<dl><p>x</p></dl>", true)]
    [InlineData("<div><dt>Term</dt></div>", true)]
    [InlineData("<dd>Orphan</dd>", true)]
    public void Definition_lists(string html, bool reported)
    {
        var findings = Lint.Html(html + "\n");
        if (reported) findings.Exactly("INCL365", 1);
        else findings.HasNot("INCL365");
    }

    [Fact]
    public void List_split_over_markdown_html_blocks_nests_correctly()
    {
        var text = Lint.Doc("<ul>", "<li>", "", "First", "", "</li>", "<li>Second</li>", "</ul>");
        Lint.Markdown(text).HasNot("INCL365");
    }
}
