using InclusiveAnalyzers.Documents.Parsing;

namespace InclusiveAnalyzers.Documents.Tests.Parsing;

public class FrontMatterTests
{
    [Fact]
    public void Yaml_values_with_quotes_and_offsets()
    {
        const string text = "---\ntitle: \"Hello: world\"\nversion: 2.1\nnested:\n  title: no\n---\nBody";
        var fm = FrontMatter.Read(text)!;
        Assert.Equal(FrontMatterKind.Yaml, fm.Kind);
        Assert.True(fm.TryGetValue("title", out var title, out int offset));
        Assert.Equal("Hello: world", title);
        Assert.Equal("Hello: world", text.Substring(offset, title.Length));
        Assert.True(fm.TryGetValue("version", out var version, out _));
        Assert.Equal("2.1", version);
        Assert.Equal(text.IndexOf("Body", StringComparison.Ordinal), fm.End);
    }

    [Fact]
    public void Toml_is_read_and_the_body_starts_after_it()
    {
        const string text = "+++\r\nversion = \"2.1\"\r\ntitle = 'Code of conduct'\r\n+++\r\n# Code";
        var fm = FrontMatter.Read(text)!;
        Assert.Equal(FrontMatterKind.Toml, fm.Kind);
        Assert.True(fm.TryGetValue("version", out var version, out _));
        Assert.Equal("2.1", version);
        Assert.True(fm.TryGetValue("title", out var title, out _));
        Assert.Equal("Code of conduct", title);
        Assert.Equal(text.IndexOf("# Code", StringComparison.Ordinal), fm.End);
    }

    [Theory]
    [InlineData("---\ntitle: never closed\n")]
    [InlineData("Text\n---\ntitle: x\n---\n")]
    [InlineData("----\ntitle: x\n----\n")]
    [InlineData("")]
    public void Not_front_matter(string text)
    {
        Assert.Null(FrontMatter.Read(text));
    }

    [Fact]
    public void Toml_front_matter_does_not_become_a_paragraph()
    {
        // Without stripping, Markdig would read "+++ title = ..." as text; with it nothing is reported.
        var findings = Lint.Markdown("+++\ntitle = \"Whitelist of the master\"\nlayout = \"slave\"\n+++\n\nText.\n");
        Assert.Equal(new[] { "whitelist", "master" }, findings.Where(f => f.RuleId == "INCL201").Select(f => f.Term).ToArray());
    }

    // Spectre.Console's docs (Statiq): key lines from the first line, closed by a dash line, no opening fence.
    [Fact]
    public void Statiq_keys_closed_by_a_dash_line_are_front_matter()
    {
        const string text = "Title: Best Practices\nOrder: 21\nDescription: How to troubleshoot.\n---\n\nBody";
        var fm = FrontMatter.Read(text)!;
        Assert.Equal(FrontMatterKind.Unfenced, fm.Kind);
        Assert.True(fm.TryGetValue("title", out var title, out int offset));
        Assert.Equal("Best Practices", title);
        Assert.Equal("Best Practices", text.Substring(offset, title.Length));
        Assert.Equal(text.IndexOf("\nBody", StringComparison.Ordinal), fm.End);
    }

    [Fact]
    public void Statiq_front_matter_gives_the_page_its_title()
    {
        // Markdig alone reads the keys as a level-2 setext heading: INCL321 said the page starts at level 2.
        var findings = Lint.Markdown("Title: Best Practices\nOrder: 21\n---\n\n## Output\n\nText.\n");
        findings.HasNot("INCL321");
        findings.HasNot("INCL322");
    }

    [Fact]
    public void Statiq_front_matter_title_is_still_read_as_prose()
    {
        var findings = Lint.Markdown("Title: The whitelist\nOrder: 2\n---\n\nText.\n");
        Assert.Equal(new[] { "whitelist" }, findings.Where(f => f.RuleId == "INCL201").Select(f => f.Term).ToArray());
    }

    [Theory]
    [InlineData("Note: read this first\n\n---\n")]           // a blank line: a paragraph, then a thematic break
    [InlineData("Status: draft\n---\n\nText\n")]             // one key line over dashes: a setext heading
    [InlineData("Title: x\nSome text under it\n---\n")]      // a line that is no key
    [InlineData("Read this: carefully\n---\n")]              // a key has no space
    [InlineData("http://example.com\n---\n")]                // no space after the colon
    [InlineData("Title: never closed\n\nText\n")]
    public void Not_statiq_front_matter(string text)
    {
        Assert.Null(FrontMatter.Read(text));
    }

    [Fact]
    public void A_setext_heading_that_is_not_key_lines_is_still_a_heading()
    {
        Lint.Markdown("Getting started\n---\n\nText.\n").Exactly("INCL321", 1);
        Lint.Markdown("Status: draft\n---\n\nText.\n").Exactly("INCL321", 1); // one key line is a heading too
    }
}
