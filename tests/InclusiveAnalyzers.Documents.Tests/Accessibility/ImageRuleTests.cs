using InclusiveAnalyzers.Core;

namespace InclusiveAnalyzers.Documents.Tests.Accessibility;

public class ImageRuleTests
{
    [Theory]
    [InlineData("![](a.png)")]
    [InlineData("![][logo]\n\n[logo]: a.png")]
    [InlineData("![logo][]\n\n[logo]: a.png")]
    public void Markdown_empty_label_forms_are_reported_unless_collapsed_label_names_it(string markdown)
    {
        var findings = Lint.Markdown("# T\n\n" + markdown + "\n");
        if (markdown.StartsWith("![logo][]", StringComparison.Ordinal)) findings.HasNot("INCL301");
        else findings.Exactly("INCL301", 3);
    }

    [Theory]
    [InlineData("![](https://img.shields.io/nuget/v/Foo.svg)", "'Foo.svg'", "badge")]
    [InlineData("![](docs/architecture-overview.png)", "'architecture-overview.png'", "diagram")]
    [InlineData("![](img/screenshot-settings.png?raw=true)", "'screenshot-settings.png'", "screenshot")]
    [InlineData("![](photo.jpg)", "'photo.jpg'", "if the image did not load")]
    public void Missing_markdown_alt_hint_names_the_image_and_fits_its_kind(string markdown, string name, string hint)
    {
        var finding = Lint.Markdown("# T\n\n" + markdown + "\n").Single(f => f.RuleId == "INCL301");
        Assert.Contains(name, finding.Message);
        Assert.Contains(hint, finding.Message);
        Assert.DoesNotContain("Build pipeline", finding.Message);
    }

    [Fact]
    public void Markdown_empty_alt_can_be_declared_decorative()
    {
        Lint.Markdown("![](divider.png)\n", a11y: o => o.MarkdownEmptyAltIsDecorative = true).HasNot("INCL301");
    }

    [Fact]
    public void Markdown_whitespace_alt_is_INCL302_not_INCL301()
    {
        var findings = Lint.Markdown("![ ](a.png)\n");
        findings.Exactly("INCL302", 1);
        findings.HasNot("INCL301");
    }

    [Fact]
    public void Html_whitespace_alt_is_INCL302()
    {
        Lint.Html("<img src=\"a.png\" alt=\"  \">\n").Exactly("INCL302", 1);
    }

    [Theory]
    [InlineData("<img src=\"a.png\" alt>")]
    [InlineData("<img src=\"a.png\" alt=\"\">")]
    [InlineData("<img src=\"a.png\" role=\"presentation\">")]
    [InlineData("<img src=\"a.png\" role=\"none\">")]
    [InlineData("<img src=\"a.png\" aria-label=\"Company logo\">")]
    [InlineData("<span id=\"l\">Company logo</span><img src=\"a.png\" aria-labelledby=\"l\">")]
    [InlineData("<img src=\"a.png\" aria-hidden=\"TRUE\">")]
    [InlineData("<img src=\"a.png\" title=\"Company logo\">")] // ACT 23a2a8: the title is the accessible name
    public void Html_img_without_alt_is_fine_when_decorative_or_named(string html)
    {
        Lint.Html(html + "\n").HasNot("INCL301");
    }

    [Theory]
    [InlineData("<img src=\"a.png\">")]
    [InlineData("<img src=\"a.png\" title=\" \">")]
    [InlineData("<img src=\"a.png\" aria-labelledby=\"missing\">")]
    [InlineData("<img src=\"a.png\" role=\"presentation\" tabindex=\"0\">")]
    [InlineData("<IMG\n  SRC=\"a.png\">")]
    public void Html_img_without_alt_is_reported(string html)
    {
        var findings = Lint.Html(html + "\n");
        findings.Exactly("INCL301", 1);
        Assert.Equal(Severity.Error, findings.First(f => f.RuleId == "INCL301").Severity);
    }

    [Fact]
    public void Focusable_image_marked_decorative_without_a_name_says_why_it_is_announced()
    {
        var finding = Lint.Html("<img src=\"a.png\" role=\"none\" tabindex=\"0\">\n").Single(f => f.RuleId == "INCL301");
        Assert.Contains("focusable", finding.Message);
    }

    [Theory]
    [InlineData("https://example.org/logo.png")]
    [InlineData("logo.svg")]
    [InlineData("IMG_2031.JPG")]
    [InlineData("q3-revenue")]
    public void File_names_and_urls_as_alt_are_INCL303(string alt)
    {
        Lint.Markdown($"![{alt}](charts/q3-revenue.png)\n").Exactly("INCL303", 1);
    }

    [Theory]
    [InlineData("GitHub", "github.svg")]
    [InlineData("Revenue by quarter, 2024", "q3-revenue.png")]
    public void Words_that_happen_to_match_the_file_stem_are_fine(string alt, string src)
    {
        Lint.Markdown($"![{alt}]({src})\n").HasNot("INCL303");
    }

    [Theory]
    [InlineData("StackExchange.Redis", "https://img.shields.io/nuget/v/StackExchange.Redis.svg")]
    [InlineData("StackExchange.Redis", "docs/StackExchange.Redis.png")]
    [InlineData("Newtonsoft.Json", "img/Newtonsoft.Json.svg")]
    [InlineData("create-react-app", "https://img.shields.io/npm/v/create-react-app.svg")]
    [InlineData("build-status", "https://github.com/o/r/actions/workflows/build-status/badge.svg")]
    [InlineData("CI/CD", "img/pipeline.png")]
    public void Package_and_product_names_are_not_file_names(string alt, string src)
    {
        Lint.Markdown($"![{alt}]({src})\n").HasNot("INCL303");
        Lint.Html($"<img src=\"{src}\" alt=\"{alt}\">\n").HasNot("INCL303");
    }

    [Theory]
    [InlineData("../_images/logging_flow.png", "../_images/logging_flow.png")] // Sphinx's default alt
    [InlineData("./img/diagram", "img/diagram.png")]
    [InlineData("/assets/team", "/assets/team.jpg")]
    [InlineData("StackExchange.Redis.png", "https://example.org/StackExchange.Redis.png")]
    [InlineData("logo_dark", "img/logo_dark.svg")]
    public void Real_file_names_and_paths_are_INCL303(string alt, string src)
    {
        Lint.Markdown($"![{alt}]({src})\n").Exactly("INCL303", 1);
    }

    [Theory]
    [InlineData("Picture of the team at the offsite", true)]
    [InlineData("Screenshot of the settings page", true)]
    [InlineData("The settings photo gallery", true)]
    [InlineData("Photographer Ana Lee at work", false)]
    [InlineData("Imagery from the satellite", false)]
    public void Redundant_words_in_alt(string alt, bool reported)
    {
        var findings = Lint.Markdown($"![{alt}](a.png)\n");
        if (reported) findings.Exactly("INCL304", 1);
        else findings.HasNot("INCL304");
    }

    [Theory]
    [InlineData("logo")]
    [InlineData("Icon")]
    [InlineData("spacer")]
    [InlineData("*")]
    [InlineData("Screen Shot 2020-01-02 at 10.11.12 AM")]
    public void Placeholder_alts_are_INCL305_and_nothing_else(string alt)
    {
        var findings = Lint.Markdown($"![{alt}](a.png)\n");
        findings.Exactly("INCL305", 1);
        findings.HasNot("INCL304");
        findings.HasNot("INCL303");
    }

    [Theory]
    [InlineData("<a href=\"/\" aria-label=\"TopbarPlus\"><img src=\"logo.png\" alt=\"logo\"></a>", false)]
    [InlineData("<span id=\"h\">Home</span><a href=\"/\" aria-labelledby=\"h\"><img src=\"logo.png\" alt=\"logo\"></a>", false)]
    [InlineData("<button aria-label=\"Close\"><img src=\"x.png\" alt=\"icon\"></button>", false)]
    [InlineData("<a href=\"/\"><img src=\"logo.png\" alt=\"logo\"></a>", true)]
    [InlineData("<a href=\"/\" aria-label=\" \"><img src=\"logo.png\" alt=\"logo\"></a>", true)]
    [InlineData("<a href=\"/\" aria-label=\"Home\"></a><img src=\"logo.png\" alt=\"logo\">", true)]
    [InlineData("<div aria-label=\"Brand\"><img src=\"logo.png\" alt=\"logo\"></div>", true)]
    public void Placeholder_alt_inside_a_control_named_by_aria_label_is_not_what_is_read(string html, bool reported)
    {
        var findings = Lint.Html(html + "\n");
        if (reported) findings.Exactly("INCL305", 1);
        else findings.HasNot("INCL305");
    }

    [Fact]
    public void Screenshot_with_day_first_date_is_not_a_default_name()
    {
        Lint.Markdown("![Screenshot 14.03.2025 settings](a.png)\n").HasNot("INCL305");
    }

    [Fact]
    public void Long_alt_is_INCL306_with_configurable_limit()
    {
        var alt = string.Join(" ", Enumerable.Repeat("word", 30)); // 149 characters
        Lint.Markdown($"![{alt}](a.png)\n").Exactly("INCL306", 1);
        Lint.Markdown($"![{alt}](a.png)\n", a11y: o => o.MaxAltLength = 200).HasNot("INCL306");
        Lint.Markdown("![Short and clear](a.png)\n").HasNot("INCL306");
    }

    [Fact]
    public void Alt_repeating_link_text_is_INCL307()
    {
        Lint.Html("<a href=\"/\"><img src=\"h.svg\" alt=\"Home\"> Home</a>\n").Exactly("INCL307", 1);
        Lint.Html("<a href=\"/\"><img src=\"h.svg\" alt=\"Home\"></a>\n").HasNot("INCL307");
        Lint.Markdown("[![Docs](d.svg) Docs](https://example.org)\n").Exactly("INCL307", 1);
    }

    [Fact]
    public void Decorative_image_with_title_is_INCL308()
    {
        Lint.Html("<img src=\"a.png\" alt=\"\" title=\"Divider\">\n").Exactly("INCL308", 1);
        Lint.Html("<img src=\"a.png\" alt=\"\">\n").HasNot("INCL308");
    }

    [Theory]
    [InlineData("<input type=\"image\" src=\"go.png\">", true)]
    [InlineData("<input type=\"image\" src=\"go.png\" alt=\"\">", true)]
    [InlineData("<input type=\"image\" src=\"go.png\" alt=\"Search\">", false)]
    [InlineData("<input type=\"image\" src=\"go.png\" aria-label=\"Search\">", false)]
    [InlineData("<input type=\"image\" src=\"go.png\" title=\"Search\">", false)]
    public void Image_buttons_need_alt(string html, bool reported)
    {
        var findings = Lint.Html(html + "\n");
        if (reported) findings.Exactly("INCL310", 1);
        else findings.HasNot("INCL310");
    }

    [Fact]
    public void Image_map_areas_with_href_need_alt()
    {
        var findings = Lint.Html(Lint.Doc(
            "<map name=\"m\">",
            "<area href=\"/a\" shape=\"rect\" coords=\"0,0,1,1\">",
            "<area href=\"/b\" alt=\"Europe\" shape=\"rect\" coords=\"0,0,1,1\">",
            "<area shape=\"rect\" coords=\"0,0,1,1\">",
            "</map>"));
        findings.Exactly("INCL311", 2);
    }

    [Fact]
    public void Svg_and_role_img_need_a_name()
    {
        var findings = Lint.Html(Lint.Doc(
            "<svg role=\"img\"><path d=\"M0 0\"/></svg>",
            "<svg role=\"img\"><title>Build passing</title></svg>",
            "<svg role=\"img\" aria-label=\"Build passing\"></svg>",
            "<svg><path d=\"M0 0\"/></svg>",
            "<span role=\"img\">🎉</span>",
            "<span role=\"img\" aria-label=\"party\">🎉</span>"));
        findings.Exactly("INCL312", 1, 5);
    }

    [Fact]
    public void Object_alt_is_off_by_default_and_works_when_enabled()
    {
        const string html = "<object data=\"chart.svg\"></object>\n";
        Lint.Html(html).HasNot("INCL313");
        Lint.Html(html, config: """{ "rules": { "INCL313": "warning" } }""").Exactly("INCL313", 1);
        Lint.Html("<object data=\"chart.svg\" title=\"Sales chart\"></object>\n", config: """{ "rules": { "INCL313": "warning" } }""").HasNot("INCL313");
    }

    [Fact]
    public void Alt_quality_applies_to_raw_html_in_markdown()
    {
        Lint.Markdown("Intro text.\n\n<img src=\"a.png\" alt=\"image\">\n").Exactly("INCL305", 3);
    }
}
