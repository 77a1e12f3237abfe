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
    [InlineData("ISSUE_TEMPLATE.md", true)]
    [InlineData(".github/ISSUE_TEMPLATE/bug.md", true)]
    [InlineData(".github/issue_template/Feature_Request.md", true)]
    [InlineData(".github/PULL_REQUEST_TEMPLATE.md", true)]
    [InlineData("docs/pull_request_template.md", true)]
    [InlineData(".github/PULL_REQUEST_TEMPLATE/release.md", true)]
    [InlineData(".github/README.md", false)]
    [InlineData("docs/issue_templates.md", false)]
    [InlineData("docs/writing-an-issue-template.md", false)]
    [InlineData("doc/articles/getting-started/counterapp/include-intro.md", true)]
    [InlineData("doc/articles/include_setup.md", true)]
    [InlineData("nservicebus/hosting/scheduled-message-scaling-warning.include.md", true)]
    [InlineData("nservicebus/hosting/assembly-scanning_nested_core_[6,].partial.md", true)]
    [InlineData("docs/header-include.md", true)]
    [InlineData("docs/partial-classes.md", false)]
    [InlineData("docs/include.md", false)]
    [InlineData("docs/includes-and-imports.md", false)]
    [InlineData("docs/impartial.md", false)]
    [InlineData("docs/preinclude.md", false)]
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

    // karma's ISSUE_TEMPLATE.md: GitHub shows a template inside an issue, under the issue's title.
    [Theory]
    [InlineData("ISSUE_TEMPLATE.md")]
    [InlineData(".github/ISSUE_TEMPLATE/bug.md")]
    [InlineData(".github/pull_request_template.md")]
    public void Issue_and_pull_request_templates_may_start_at_any_level(string path)
    {
        Lint.Markdown("### Expected behaviour\n\nText.\n\n### Actual behaviour\n", path: path).HasNot("INCL321");
    }

    [Fact]
    public void A_readme_starting_at_level_three_is_still_reported()
    {
        Lint.Markdown("### Expected behaviour\n\nText.\n", path: "README.md").Exactly("INCL321", 1);
        Lint.Markdown("### Expected behaviour\n\nText.\n", path: ".github/README.md").Exactly("INCL321", 1);
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

    // Uno's DocFX tutorial parts start at "## Wrap Up": they are included under the page's own h1.
    [Fact]
    public void A_file_named_as_an_include_is_not_checked_as_a_page()
    {
        Lint.Markdown("## Wrap Up\n\nText.\n", path: "doc/counterapp/include-wrap.md").HasNot("INCL321");
        Lint.Markdown("## Wrap Up\n\nText.\n", path: "doc/counterapp/wrap.md").Exactly("INCL321", 1);
    }
}
