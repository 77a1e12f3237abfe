namespace InclusiveAnalyzers.Documents.Tests;

/// <summary>Every case of test-patterns.md section A that concerns document wording and accessibility (D01-D22, D25-D31).</summary>
public class DocumentPatternTests
{
    private const string Condescending = """{ "rules": { "INCL202": "suggestion" } }""";

    [Fact]
    public void D01_inline_image_with_empty_alt()
    {
        Lint.Markdown(Lint.Doc("# Install", "", "![](docs/flow.png)")).Exactly("INCL301", 3);
    }

    [Fact]
    public void D02_descriptive_alt_passes_every_image_rule()
    {
        var findings = Lint.Markdown(Lint.Doc("# Install", "", "![Flowchart: download, verify the checksum, run the installer](docs/flow.png)"));
        Assert.Empty(findings);
    }

    [Fact]
    public void D03_reference_image_with_empty_alt_title_is_no_substitute()
    {
        Lint.Markdown(Lint.Doc("# Overview", "", "![][arch]", "", "[arch]: img/architecture.svg \"System architecture\"")).Exactly("INCL301", 3);
    }

    [Fact]
    public void D04_raw_img_missing_alt_vs_empty_alt()
    {
        Lint.Markdown(Lint.Doc("# Logos", "", "<img src=\"brand.png\">", "", "<img src=\"divider.png\" alt=\"\">")).Exactly("INCL301", 3);
    }

    [Fact]
    public void D05_aria_hidden_true_exempts_false_does_not()
    {
        Lint.Markdown(Lint.Doc("# Status", "", "<img src=\"spinner.gif\" aria-hidden=\"true\">", "", "<img src=\"spinner.gif\" aria-hidden=\"false\">"))
            .Exactly("INCL301", 5);
    }

    [Fact]
    public void D06_skipped_heading_level()
    {
        Lint.Markdown(Lint.Doc("# Guide", "", "### Details")).Exactly("INCL320", 3);
    }

    [Fact]
    public void D07_decreasing_levels_fine_second_h1_is_single_h1_rule()
    {
        var findings = Lint.Markdown(Lint.Doc("# Guide", "", "## Setup", "", "### Linux", "", "## Usage", "", "### CLI", "", "# Appendix"));
        findings.Exactly("INCL322", 11);
        findings.HasNot("INCL320");
    }

    [Fact]
    public void D08_document_starting_at_h3()
    {
        var findings = Lint.Markdown(Lint.Doc("### Release notes", "", "Text."));
        findings.Exactly("INCL321", 1);
        findings.HasNot("INCL320");
    }

    [Fact]
    public void D09_front_matter_title_plus_h1()
    {
        Lint.Markdown(Lint.Doc("---", "title: Contributing", "---", "", "# Contributing")).Exactly("INCL322", 5);
    }

    [Fact]
    public void D10_generic_link_text_here()
    {
        Lint.Markdown(Lint.Doc("Read the guide [here](https://example.org/guide).", "", "See the [installation guide](https://example.org/guide)."))
            .Exactly("INCL330", 1);
    }

    [Fact]
    public void D11_learn_more_and_read_more()
    {
        Lint.Markdown(Lint.Doc("[Learn more](https://example.org/a)", "", "[Read more](https://example.org/b)")).Exactly("INCL330", 1, 3);
    }

    [Fact]
    public void D12_link_text_that_is_a_code_span_is_not_judged()
    {
        var findings = Lint.Markdown(Lint.Doc("Run [`here`](https://example.org/cmd) to see the command."));
        Assert.Empty(findings);
    }

    [Fact]
    public void D13_empty_destinations_vs_valid_fragment()
    {
        var findings = Lint.Markdown(Lint.Doc("# Intro", "", "[Docs]()", "", "[Top](#)", "", "[Intro section](#intro)"));
        findings.Exactly("INCL332", 3, 5);
        findings.HasNot("INCL333");
    }

    [Fact]
    public void D14_empty_headings()
    {
        var findings = Lint.Html(Lint.Doc("<h2></h2>", "<h3>   </h3>", "<h4><span></span></h4>", "<h5><img src=\"x.png\" alt=\"Release 2.0\"></h5>"));
        findings.Exactly("INCL324", 1, 2, 3);
    }

    [Fact]
    public void D15_link_without_accessible_name()
    {
        var findings = Lint.Html(Lint.Doc(
            "<a href=\"/docs\"></a>",
            "<a href=\"/docs\" aria-label=\"Documentation home\"></a>",
            "<a href=\"/docs\" title=\"Documentation home\"></a>"));
        findings.Exactly("INCL331", 1);
    }

    [Fact]
    public void D16_full_html_document_without_lang()
    {
        var findings = Lint.Html(Lint.Doc(
            "<!doctype html>", "<html>", "<head><title>API reference</title></head>", "<body><h1>API reference</h1></body>", "</html>"));
        findings.Exactly("INCL340", 2);
        findings.OnlyRules("INCL340");
    }

    [Fact]
    public void D17_invalid_html_lang_valid_element_lang()
    {
        var findings = Lint.Html(Lint.Doc(
            "<!doctype html>", "<html lang=\"english\">", "<head><title>Guide</title></head>", "<body><h1>Guide</h1><p lang=\"de-CH\">Grüezi</p></body>", "</html>"));
        findings.Exactly("INCL341", 2);
    }

    [Theory]
    [InlineData("<meta name=\"viewport\" content=\"width=device-width, user-scalable=no\">", true)]
    [InlineData("<meta name=\"viewport\" content=\"width=device-width, maximum-scale=1.5\">", true)]
    [InlineData("<meta name=\"viewport\" content=\"width=device-width, maximum-scale=2\">", false)]
    public void D18_viewport_zoom_blocking(string line, bool reported)
    {
        var findings = Lint.Html(line);
        if (reported) findings.Exactly("INCL344", 1);
        else findings.HasNot("INCL344");
    }

    [Theory]
    [InlineData("<meta http-equiv=\"refresh\" content=\"30\">", true)]
    [InlineData("<meta http-equiv=\"refresh\" content=\"0; url=/new-location\">", false)]
    [InlineData("<meta http-equiv=\"refresh\" content=\"86400\">", false)]
    public void D19_meta_refresh_delays(string line, bool reported)
    {
        var findings = Lint.Html(line);
        if (reported) findings.Exactly("INCL345", 1);
        else findings.HasNot("INCL345");
    }

    [Fact]
    public void D20_list_structure()
    {
        Lint.Html(Lint.Doc("<ul>", "  <li>First</li>", "  <p>Stray paragraph</p>", "</ul>", "<li>Orphan item</li>")).Exactly("INCL365", 1, 5);
    }

    [Fact]
    public void D21_default_screenshot_names_as_alt()
    {
        Lint.Markdown(Lint.Doc(
            "![Screenshot 2025-03-14 at 09.41.07](assets/settings.png)", "",
            "<img alt=\"CleanShot 2024-11-02 at 18.05.33@2x\" src=\"assets/dialog.png\">")).Exactly("INCL305", 1, 3);
    }

    [Fact]
    public void D22_alt_image_and_image_of()
    {
        var findings = Lint.Markdown(Lint.Doc("![image](assets/a.png)", "", "![Image of the settings dialog in dark mode](assets/b.png)"));
        findings.Exactly("INCL305", 1);
        findings.Exactly("INCL304", 3);
    }

    [Fact]
    public void D25_condescending_wording_in_prose_identifiers_in_code_ignored()
    {
        var findings = Lint.Markdown(Lint.Doc("Obviously the installer works on every platform.", "", "Set `master` as the default branch in `config.yml`."), config: Condescending);
        findings.Exactly("INCL202", 1);
        findings.HasNot("INCL201");
    }

    [Fact]
    public void D26_file_name_used_as_alt()
    {
        Lint.Html("<img src=\"charts/q3-revenue.png\" alt=\"q3-revenue.png\">\n").Exactly("INCL303", 1);
    }

    [Theory]
    [InlineData("<video src=\"demo.mp4\" controls></video>", true)]
    [InlineData("<video src=\"demo.mp4\" controls><track kind=\"subtitles\" src=\"demo.en.vtt\" srclang=\"en\"></video>", true)]
    [InlineData("<video src=\"demo.mp4\" controls><track kind=\"captions\" src=\"demo.en.vtt\" srclang=\"en\"></video>", false)]
    public void D27_video_captions(string line, bool reported)
    {
        var findings = Lint.Html(line);
        if (reported)
        {
            findings.Exactly("INCL370", 1);
            Assert.All(findings.Where(f => f.RuleId == "INCL370"), f => Assert.Equal(Core.Severity.Warning, f.Severity));
        }
        else
        {
            findings.HasNot("INCL370");
        }
    }

    [Fact]
    public void D28_image_inside_html_comment_is_not_content()
    {
        var findings = Lint.Markdown(Lint.Doc("<!-- <img src=\"old-logo.png\"> -->", "", "<!--", "![](draft.png)", "-->"));
        Assert.Empty(findings);
    }

    [Fact]
    public void D29_hash_lines_in_fenced_code_are_not_headings()
    {
        var findings = Lint.Markdown(Lint.Doc("# Build", "", "```bash", "# install dependencies", "make deps", "```"));
        Assert.Empty(findings);
    }

    [Fact]
    public void D30_linked_image_with_empty_alt_leaves_link_unnamed()
    {
        var findings = Lint.Html(Lint.Doc(
            "<a href=\"/\"><img src=\"home.svg\" alt=\"\"></a>",
            "<a href=\"/\"><img src=\"home.svg\" alt=\"Home\"></a>",
            "<a href=\"/\"><svg viewBox=\"0 0 10 10\"><title>Home</title></svg></a>"));
        findings.Exactly("INCL331", 1);
    }

    [Fact]
    public void D31_empty_summary_in_details_block()
    {
        Lint.Html(Lint.Doc("<details>", "  <summary></summary>", "  Build matrix for all platforms.", "</details>")).Exactly("INCL354", 2);
    }

    [Fact]
    public void D31_empty_summary_inside_markdown_html_block()
    {
        Lint.Markdown(Lint.Doc("# Build", "", "<details>", "  <summary></summary>", "  Build matrix for all platforms.", "</details>")).Exactly("INCL354", 4);
    }
}
