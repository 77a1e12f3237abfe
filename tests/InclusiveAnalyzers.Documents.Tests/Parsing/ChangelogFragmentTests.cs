namespace InclusiveAnalyzers.Documents.Tests.Parsing;

// Changelog news fragments (conda-build's news/4531-rename-master-to-main.md): section headings only, each over its
// entries, pasted under a release heading by the release tool.
public class ChangelogFragmentTests
{
    private static readonly string Fragment = Lint.Doc(
        "### Enhancements",
        "",
        "* <news item>",
        "",
        "### Bug fixes",
        "",
        "* <news item>",
        "",
        "### Other",
        "",
        "* Rename master branch to main. (#4515, #4531)");

    [Fact]
    public void A_file_of_changelog_section_headings_only_is_a_fragment()
    {
        Lint.Markdown(Fragment, path: "news/4531-rename-master-to-main.md").HasNot("INCL321");
        Lint.Markdown(Fragment, path: "changelog.d/123.md").HasNot("INCL321");
    }

    [Fact]
    public void A_page_with_a_title_a_version_or_another_heading_is_still_a_page()
    {
        Lint.Markdown(Lint.Doc("### Enhancements", "", "* One", "", "### Setup", "", "Text."), path: "news/post.md").Has("INCL321");
        Lint.Markdown(Lint.Doc("## 1.2.0", "", "### Bug fixes", "", "* One", "", "### Docs", "", "* Two"), path: "news/1.2.0.md").Has("INCL321");
        Lint.Markdown(Lint.Doc("Our release brings:", "", "### Features", "", "* One", "", "### Fixes", "", "* Two"), path: "news/post.md").Has("INCL321");
        Lint.Markdown(Lint.Doc("### Features", "", "* One"), path: "news/one.md").Has("INCL321"); // one heading: nothing shows a fragment
        Lint.Markdown(Lint.Doc("### Features", "", "* One", "", "#### Fixes", "", "* Two"), path: "news/levels.md").Has("INCL321"); // levels differ
    }

    [Fact]
    public void A_standalone_marker_wins_over_the_fragment_shape()
        => Lint.Markdown("<!-- inclusive-document: standalone -->\n" + Fragment, path: "news/4531.md").Has("INCL321");
}
