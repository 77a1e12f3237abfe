using InclusiveAnalyzers.Documents.Parsing;
using InclusiveAnalyzers.Core.Selection;

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
    [InlineData("a.md", FileKind.Markdown)]
    [InlineData("A.MARKDOWN", FileKind.Markdown)]
    [InlineData("page.mdx", FileKind.Markdown)]
    [InlineData("index.htm", FileKind.Html)]
    [InlineData("index.xhtml", FileKind.Html)]
    [InlineData("notes.txt", FileKind.Unknown)]
    [InlineData("CODE_OF_CONDUCT", FileKind.Unknown)]
    public void The_kind_follows_the_extension(string path, FileKind kind)
    {
        Assert.Equal(kind, DocumentScanner.KindOf(path));
    }
}
