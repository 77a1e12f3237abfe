using InclusiveAnalyzers.Core;

namespace InclusiveAnalyzers.Documents.Tests.Accessibility;

public class PageRuleTests
{
    private static string Page(string htmlAttributes = " lang=\"en\"", string head = "<title>Guide</title>", string body = "<h1>Guide</h1>")
        => $"<!doctype html>\n<html{htmlAttributes}>\n<head>{head}</head>\n<body>{body}</body>\n</html>\n";

    [Fact]
    public void A_complete_page_passes()
    {
        Assert.Empty(Lint.Html(Page()));
    }

    [Theory]
    [InlineData(" lang=\"\"")]
    [InlineData(" lang=\"  \"")]
    [InlineData(" xml:lang=\"en\"")]
    public void Missing_or_empty_lang(string attributes)
    {
        Lint.Html(Page(attributes)).Exactly("INCL340", 2);
    }

    [Fact]
    public void Page_rules_skip_fragments_and_marked_files()
    {
        Lint.Html("<p>No html element here.</p>\n").OnlyRules();
        Lint.Html(Page(""), path: "_includes/head.html").HasNot("INCL340");
        Lint.Html("<!-- inclusive-document: fragment -->\n" + Page("")).HasNot("INCL340");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("en-US")]
    [InlineData("zh-Hant-TW")]
    [InlineData("gsw")]
    [InlineData("x-klingon")]
    [InlineData("iw")]
    [InlineData("de-CH-1901")]
    [InlineData("es-419")]
    public void Valid_language_codes(string code)
    {
        Lint.Html(Page($" lang=\"{code}\"")).HasNot("INCL341");
    }

    [Theory]
    [InlineData("english")]
    [InlineData("zz")]
    [InlineData("e")]
    [InlineData("12")]
    [InlineData("eng")]
    [InlineData("en_US")]
    [InlineData("en-Lant")]
    public void Invalid_language_codes_on_html_are_errors(string code)
    {
        var findings = Lint.Html(Page($" lang=\"{code}\""));
        findings.Exactly("INCL341", 2);
        Assert.Equal(Severity.Error, findings.Single(f => f.RuleId == "INCL341").Severity);
    }

    [Fact]
    public void Invalid_element_lang_is_a_warning_and_empty_elements_are_skipped()
    {
        var findings = Lint.Html(Page(body: "<h1>Guide</h1>\n<p lang=\"deutsch\">Hallo</p>\n<p lang=\"xx-YY\"></p>"));
        findings.Exactly("INCL341", 5);
        Assert.Equal(Severity.Warning, findings.Single(f => f.RuleId == "INCL341").Severity);
    }

    [Fact]
    public void Element_lang_applies_in_markdown_raw_html()
    {
        Lint.Markdown("<p lang=\"german\">Hallo</p>\n").Exactly("INCL341", 1);
    }

    [Fact]
    public void Lang_and_xml_lang_mismatch()
    {
        Lint.Html(Page(" lang=\"en\" xml:lang=\"fr\"")).Exactly("INCL342", 2);
        Lint.Html(Page(" lang=\"en-GB\" xml:lang=\"en-US\"")).HasNot("INCL342");
    }

    [Fact]
    public void Title_missing_or_empty_is_an_error()
    {
        Lint.Html(Page(head: "")).Exactly("INCL343", 2);
        var empty = Lint.Html(Page(head: "<title>  </title>"));
        empty.Exactly("INCL343", 3);
        Assert.Equal(Severity.Error, empty.Single(f => f.RuleId == "INCL343").Severity);
    }

    // Text before <title> in <head> (a server template's placeholder) ends <head>: the title lands in <body>, where browsers
    // still read it as the page's title. A <title> inside an <svg> is the drawing's, not the page's.
    [Fact]
    public void A_title_pushed_into_the_body_still_names_the_page_and_an_svg_title_does_not()
    {
        Lint.Html(Page(head: "\n  %X_UA_COMPATIBLE%\n  <title>Karma</title>\n")).HasNot("INCL343");
        Lint.Html(Page(head: "", body: "<h1>Guide</h1><svg><title>Chart</title></svg>")).Exactly("INCL343", 2);
        Lint.Html(Page(head: "%PLACEHOLDER%\n<title> </title>")).Exactly("INCL343", 4);
    }

    [Fact]
    public void Long_title_is_info_when_a_limit_is_set()
    {
        var page = Page(head: "<title>" + new string('x', 80) + "</title>");
        Lint.Html(page).HasNot("INCL343");
        var findings = Lint.Html(page, a11y: o => o.MaxTitleLength = 70);
        Assert.Equal(Severity.Suggestion, findings.Single(f => f.RuleId == "INCL343").Severity);
    }

    [Theory]
    [InlineData("user-scalable=0", true)]
    [InlineData("user-scalable=yes", false)]
    [InlineData("user-scalable=1", false)]
    [InlineData("maximum-scale=1.0", true)]
    [InlineData("maximum-scale=yes", true)]
    [InlineData("maximum-scale=-1", false)]
    [InlineData("maximum-scale=5; initial-scale=1", false)]
    public void Viewport_variants(string content, bool reported)
    {
        var findings = Lint.Html($"<meta name=\"viewport\" content=\"width=device-width, {content}\">\n");
        if (reported) findings.Exactly("INCL344", 1);
        else findings.HasNot("INCL344");
    }

    [Theory]
    [InlineData("72000", true)]
    [InlineData("72001", false)]
    [InlineData("5.5; url=/next", true)]
    [InlineData("0", false)]
    [InlineData("", false)]
    public void Refresh_variants(string content, bool reported)
    {
        var findings = Lint.Html($"<meta http-equiv=\"Refresh\" content=\"{content}\">\n");
        if (reported) findings.Exactly("INCL345", 1);
        else findings.HasNot("INCL345");
    }

    [Fact]
    public void Meta_rules_are_for_html_files_not_markdown()
    {
        Lint.Markdown("<meta http-equiv=\"refresh\" content=\"30\">\n").HasNot("INCL345");
    }

    [Fact]
    public void Duplicate_ids_that_are_referenced()
    {
        var findings = Lint.Html(Lint.Doc(
            "<label for=\"email\">Email</label>",
            "<input id=\"email\" type=\"email\">",
            "<input id=\"email\" type=\"text\" aria-label=\"Backup\">",
            "<div id=\"free\">a</div>",
            "<div id=\"free\">b</div>"));
        findings.Exactly("INCL346", 3);
        Assert.Equal(Severity.Error, findings.Single(f => f.RuleId == "INCL346").Severity);
    }

    [Fact]
    public void Hidden_body()
    {
        Lint.Html(Page(body: "<h1>Guide</h1>").Replace("<body>", "<body aria-hidden=\"true\">")).Exactly("INCL347", 4);
        Lint.Html(Page()).HasNot("INCL347");
    }

    [Fact]
    public void Blink_and_marquee()
    {
        Lint.Markdown("# T\n\n<marquee>News</marquee>\n\nText <blink>new</blink>.\n").Exactly("INCL348", 3, 5);
    }
}
