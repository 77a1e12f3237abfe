namespace InclusiveAnalyzers.Documents.Tests.Accessibility;

public class InlineHtmlRuleTests
{
    private const string On = """{ "rules": { "INCL380": "suggestion" } }""";

    [Fact]
    public void Off_by_default()
    {
        Lint.Markdown("<div>x</div>\n").HasNot("INCL380");
    }

    [Fact]
    public void Reports_tags_outside_the_allow_list_when_on()
    {
        var findings = Lint.Markdown(Lint.Doc("<div align=\"center\">", "<img src=\"a.png\" alt=\"Logo\">", "</div>", "", "Press <kbd>Ctrl</kbd> and <span>go</span>.", "", "<!-- <table> -->"), config: On);
        findings.Exactly("INCL380", 1, 5);
    }

    [Fact]
    public void Tags_in_code_are_not_html()
    {
        Lint.Markdown("Use `<div>` here.\n\n```html\n<div></div>\n```\n", config: On).HasNot("INCL380");
    }
}
