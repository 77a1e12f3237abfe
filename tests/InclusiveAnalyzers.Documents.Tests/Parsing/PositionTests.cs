namespace InclusiveAnalyzers.Documents.Tests.Parsing;

/// <summary>Every finding points at the exact characters, in Markdown, raw HTML in Markdown and HTML files.</summary>
public class PositionTests
{
    private static void At(Core.Finding f, int line, int column, int endLine, int endColumn)
        => Assert.Equal((line, column, endLine, endColumn), (f.Line, f.Column, f.EndLine, f.EndColumn));

    [Fact]
    public void Markdown_image_span()
    {
        var f = Lint.Markdown("# T\n\nSee ![](a.png) here.\n").Single(x => x.RuleId == "INCL301");
        At(f, 3, 5, 3, 15);
        Assert.Equal("![](a.png)", "# T\n\nSee ![](a.png) here.\n".Substring(f.Offset, f.Length));
    }

    [Fact]
    public void Crlf_line_endings_count_as_one_break()
    {
        var f = Lint.Markdown("# T\r\n\r\nSee ![](a.png) here.\r\n").Single(x => x.RuleId == "INCL301");
        At(f, 3, 5, 3, 15);
    }

    [Fact]
    public void Raw_html_in_markdown_points_at_the_start_tag()
    {
        const string text = "# T\n\n> Quote with <img\n> src=\"a.png\"> inside.\n\n- item <a href=\"/x\"></a>\n";
        var findings = Lint.Markdown(text);
        var image = findings.Single(x => x.RuleId == "INCL301");
        Assert.Equal((3, 14), (image.Line, image.Column));
        At(findings.Single(x => x.RuleId == "INCL331"), 6, 8, 6, 21);
    }

    [Fact]
    public void Tag_over_quoted_lines_keeps_its_attributes()
    {
        // The '>' quote marker inside the tag must not end it: the alt is on the second line.
        Lint.Markdown("> Logo: <img src=\"a.png\"\n> alt=\"Acme\">\n").HasNot("INCL301");
    }

    [Fact]
    public void Raw_html_after_front_matter_and_toml()
    {
        const string text = "+++\ntitle = \"T\"\n+++\n\nIntro.\n\n<img src=\"a.png\">\n";
        At(Lint.Markdown(text).Single(x => x.RuleId == "INCL301"), 7, 1, 7, 18);
    }

    [Fact]
    public void Html_file_positions_with_crlf_and_multi_line_tags()
    {
        const string html = "<p>One</p>\r\n<div>\r\n  <img\r\n    src=\"a.png\">\r\n</div>\r\n";
        At(Lint.Html(html).Single(x => x.RuleId == "INCL301"), 3, 3, 4, 17);
    }

    [Fact]
    public void Wording_in_a_multi_line_paragraph_in_a_list()
    {
        const string text = "- First line\n  then the whitelist\n";
        At(Lint.Markdown(text).Single(x => x.RuleId == "INCL201"), 2, 12, 2, 21);
    }

    [Fact]
    public void Wording_in_html_attributes()
    {
        const string html = "<img src=\"a.png\" alt=\"The master node\">\n";
        At(Lint.Html(html).Single(x => x.RuleId == "INCL201"), 1, 27, 1, 33);
    }

    [Fact]
    public void Astral_characters_count_as_two_columns()
    {
        const string text = "😀 whitelist\n";
        At(Lint.Markdown(text).Single(x => x.RuleId == "INCL201"), 1, 4, 1, 13);
    }

    [Fact]
    public void Svg_root_is_placed_although_angle_sharp_keeps_no_position_for_it()
    {
        const string html = "<p>x</p>\n<svg role=\"img\"><path d=\"M0 0\"/></svg>\n";
        At(Lint.Html(html).Single(x => x.RuleId == "INCL312"), 2, 1, 2, 17);
    }
}
