namespace InclusiveAnalyzers.Documents.Tests.Accessibility;

/// <summary>
/// Patterns of real documentation sites that the rules must judge right: content hidden from the
/// accessibility tree, menus and sidebars with headings of their own, breadcrumbs that link to the
/// current page (the shapes are those of Sphinx's default themes).
/// </summary>
public class RealPageTests
{
    private static string Page(string body, string title = "Logging HOWTO — Python 3.11 documentation") =>
        "<!doctype html>\n<html lang=\"en\">\n<head><title>" + title + "</title></head>\n<body>\n" + body + "</body>\n</html>\n";

    [Theory]
    [InlineData("hidden")]
    [InlineData("aria-hidden=\"true\"")]
    [InlineData("style=\"display: none\"")]
    [InlineData("style=\"visibility:hidden\"")]
    public void Hidden_subtrees_are_not_judged(string hiding)
    {
        var findings = Lint.Html(Page(
            "<div class=\"mobile-nav\" " + hiding + ">\n" +
            "<h3>Table of Contents</h3>\n" +
            "<a href=\"/\"><img src=\"logo.svg\"></a>\n" +
            "<a href=\"/x\"></a>\n" +
            "<input type=\"text\">\n" +
            "<h2></h2>\n" +
            "</div>\n" +
            "<h1>Logging HOWTO</h1>\n"));
        findings.HasNot("INCL301");
        findings.HasNot("INCL331");
        findings.HasNot("INCL351");
        findings.HasNot("INCL324");
        findings.HasNot("INCL321");
        findings.HasNot("INCL320");
    }

    [Fact]
    public void The_same_subtree_shown_is_judged()
    {
        var findings = Lint.Html(Page(
            "<div class=\"mobile-nav\">\n<a href=\"/\"><img src=\"logo.svg\"></a>\n<a href=\"/x\"></a>\n<h2></h2>\n</div>\n<h1>Logging HOWTO</h1>\n"));
        findings.Has("INCL301");
        findings.Has("INCL331");
        findings.Has("INCL324");
        findings.Has("INCL321");
    }

    [Fact]
    public void Markup_validity_still_applies_inside_hidden_content()
    {
        var findings = Lint.Html(Page("<div hidden><span role=\"buton\">x</span><a href=\"/\" tabindex=\"3\">Home</a></div>\n<h1>T</h1>\n"));
        findings.Has("INCL375");
        findings.Has("INCL355");
    }

    [Fact]
    public void Hiding_is_inherited_but_an_ordinary_sibling_is_not_hidden()
    {
        var findings = Lint.Html(Page("<div aria-hidden=\"true\"><div><p><img src=\"a.png\"></p></div></div>\n<p><img src=\"b.png\"></p>\n<h1>T</h1>\n"));
        findings.Exactly("INCL301", 6);
    }

    [Fact]
    public void Sidebar_and_menu_headings_do_not_start_the_outline()
    {
        // Sphinx: the related bar and the sidebar are role=navigation regions with h3/h4 headings.
        var findings = Lint.Html(Page(
            "<div class=\"related\" role=\"navigation\"><h3>Navigation</h3></div>\n" +
            "<div class=\"body\" role=\"main\"><h1>Logging HOWTO</h1>\n<h2>Basics</h2>\n</div>\n" +
            "<div class=\"sphinxsidebar\" role=\"navigation\"><h3>Table of Contents</h3>\n<h4>Previous topic</h4>\n</div>\n" +
            "<nav><h4>Next topic</h4></nav>\n<aside><h3>This page</h3></aside>\n<footer><h4>Links</h4></footer>\n"));
        findings.HasNot("INCL321");
        findings.HasNot("INCL320");
        findings.HasNot("INCL322");
    }

    [Fact]
    public void A_region_still_has_an_outline_of_its_own()
    {
        var findings = Lint.Html(Page(
            "<h1>Guide</h1>\n<nav>\n<h2>Menu</h2>\n<h4>Deep</h4>\n</nav>\n<h2>Part</h2>\n<h4>Skipped</h4>\n"));
        findings.Exactly("INCL320", 8, 11);
    }

    [Fact]
    public void Content_headings_after_a_menu_are_still_checked()
    {
        var findings = Lint.Html(Page("<nav><h2>Menu</h2></nav>\n<h3>Starts too deep</h3>\n"));
        findings.Exactly("INCL321", 6);
        findings.Has("INCL323");
    }

    [Fact]
    public void Empty_href_that_names_the_current_page_is_a_breadcrumb()
    {
        var findings = Lint.Html(Page(
            "<ul><li><a href=\"index.html\">Docs</a> &#187;</li>\n<li class=\"nav-item nav-item-this\"><a href=\"\">Logging HOWTO</a></li></ul>\n" +
            "<h1>Logging HOWTO<a class=\"headerlink\" href=\"#logging\">¶</a></h1>\n"));
        findings.HasNot("INCL332");
    }

    [Theory]
    [InlineData("<a href=\"\" aria-current=\"page\">Home</a>", false)]
    [InlineData("<a href=\"\">Basic tutorial</a>", false)] // the h1's text
    [InlineData("<a href=\"\">Click me</a>", true)]
    [InlineData("<a href=\"\" aria-current=\"false\">Click me</a>", true)]
    [InlineData("<a href=\"\"></a>", true)]
    public void Empty_href_elsewhere_is_still_INCL332(string link, bool reported)
    {
        var findings = Lint.Html(Page("<h1>Basic tutorial</h1>\n<p>" + link + "</p>\n"));
        if (reported) findings.Exactly("INCL332", 6);
        else findings.HasNot("INCL332");
    }
}
