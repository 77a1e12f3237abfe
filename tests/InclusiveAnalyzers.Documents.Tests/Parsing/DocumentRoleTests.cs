using InclusiveAnalyzers.Documents.Parsing;

namespace InclusiveAnalyzers.Documents.Tests.Parsing;

public class DocumentRoleTests
{
    [Theory]
    [InlineData("_includes/footer.md", true)]
    [InlineData("docs/includes/note.md", true)]
    [InlineData("site/snippets/a.html", true)]
    [InlineData("docs/_partials/a.md", true)]
    [InlineData("docs/_draft.md", true)]
    [InlineData("README.md", false)]
    [InlineData("docs/guide/install.md", false)]
    [InlineData("docs/includes.md", false)]
    public void Fragment_paths(string path, bool fragment)
    {
        Assert.Equal(fragment, DocumentRole.IsFragmentPath(path, new AccessibilityOptions(), null));
    }

    [Theory]
    [InlineData("<!-- inclusive-document: fragment -->", true)]
    [InlineData("<!--inclusive-document fragment-->", true)]
    [InlineData("<!-- inclusive-document: standalone -->", false)]
    [InlineData("Text about inclusive-document: fragment in prose.", null)]
    [InlineData("Nothing here.", null)]
    public void The_role_marker_is_read_from_an_html_comment(string text, bool? expected)
    {
        Assert.Equal(expected, DocumentRole.Marker(text));
    }

    [Fact]
    public void Standalone_marker_overrides_a_fragment_path()
    {
        var findings = Lint.Markdown("<!-- inclusive-document: standalone -->\n### Deep\n", path: "_includes/part.md");
        findings.Exactly("INCL321", 2);
    }

    [Theory]
    [InlineData("a.md", DocumentKind.Markdown)]
    [InlineData("A.MARKDOWN", DocumentKind.Markdown)]
    [InlineData("page.mdx", DocumentKind.Markdown)]
    [InlineData("index.htm", DocumentKind.Html)]
    [InlineData("index.xhtml", DocumentKind.Html)]
    [InlineData("notes.txt", DocumentKind.Unknown)]
    [InlineData("CODE_OF_CONDUCT", DocumentKind.Unknown)]
    public void The_kind_follows_the_extension(string path, DocumentKind kind)
    {
        Assert.Equal(kind, DocumentScanner.KindOf(path));
    }
}
