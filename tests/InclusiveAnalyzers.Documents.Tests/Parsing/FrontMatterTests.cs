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
}
