using InclusiveAnalyzers.Documents.Markdown;
using InclusiveAnalyzers.Documents.Parsing;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace InclusiveAnalyzers.Documents.Tests.Markdown;

public class InlineTextTests
{
    private static InlineTextInfo FirstLink(string markdown)
    {
        var document = MarkdownParsing.Parse(markdown);
        var link = document.Descendants<LinkInline>().First(l => !l.IsImage);
        return InlineText.Collect(link);
    }

    private static InlineTextInfo FirstParagraph(string markdown) =>
        InlineText.Collect(MarkdownParsing.Parse(markdown).Descendants<ParagraphBlock>().First().Inline);

    [Fact]
    public void One_literal_is_its_own_text()
    {
        var info = FirstLink("[the guide](https://example.org)");
        Assert.Equal("the guide", info.Text);
        Assert.Equal("the guide", info.OwnText);
        Assert.False(info.HasImage || info.HasCode || info.HasHtml);
    }

    [Fact]
    public void Emphasis_code_entities_and_breaks_are_read_in_order()
    {
        var info = FirstParagraph("Read **the `Main` guide** &amp; more  \nnext");
        Assert.Equal("Read the Main guide & more next", info.Text);
        Assert.Equal(info.Text, info.OwnText);
        Assert.True(info.HasCode);
    }

    [Fact]
    public void An_image_alt_is_text_but_not_own_text()
    {
        var info = FirstLink("[Logo ![the logo](logo.png) home](https://example.org)");
        Assert.Equal("Logo the logo home", info.Text);
        Assert.Equal("Logo  home", info.OwnText);
        Assert.True(info.HasImage);
    }

    [Fact]
    public void Only_an_image_gives_no_own_text()
    {
        var info = FirstLink("[![Build status](badge.svg)](https://example.org)");
        Assert.Equal("Build status", info.Text);
        Assert.Equal("", info.OwnText);
    }

    [Fact]
    public void Inline_html_is_noted_and_left_out()
    {
        var info = FirstParagraph("Press <kbd>Enter</kbd> now");
        Assert.True(info.HasHtml);
        Assert.Equal("Press Enter now", info.Text);
    }

    [Fact]
    public void Collecting_again_after_a_deep_walk_starts_clean()
    {
        var deep = FirstParagraph(string.Concat(Enumerable.Repeat("*a ", 40)) + "word" + string.Concat(Enumerable.Repeat(" a*", 40)));
        Assert.Contains("word", deep.Text);
        Assert.Equal("next", FirstParagraph("*next*").Text);
    }
}
