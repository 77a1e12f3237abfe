namespace InclusiveAnalyzers.Documents.Tests.Parsing;

// DocFX's Markdown table of contents (npgsql/doc's conceptual/EFCore.PG/toc.md): headings only, one per menu entry.
public class DocFxTocTests
{
    private static readonly string Toc = Lint.Doc(
        "# [Getting Started](index.md)",
        "# Release Notes",
        "## [3.0](release-notes/3.0.md)",
        "## [2.2](release-notes/2.2.md)",
        "# Creating a Model",
        "## [Indexes](modeling/indexes.md)",
        "# [API Reference](../../obj/api/EFCore.PG/)");

    [Fact]
    public void A_docfx_toc_file_of_headings_only_is_a_menu_not_a_page()
    {
        var findings = Lint.Markdown(Toc, path: "conceptual/EFCore.PG/toc.md");
        findings.HasNot("INCL322");
        findings.HasNot("INCL321");
        Lint.Markdown(Toc, path: "docs/TOC.md").HasNot("INCL322");
    }

    [Fact]
    public void The_same_headings_in_another_file_are_a_page_outline()
    {
        Lint.Markdown(Toc, path: "docs/contents.md").Exactly("INCL322", 2, 5, 7);
        Lint.Markdown(Toc, path: "docs/mytoc.md").Has("INCL322");
    }

    [Fact]
    public void A_toc_file_with_prose_is_a_page()
    {
        var page = Lint.Doc("# Contents", "", "This page lists the chapters.", "", "# Part one", "", "Text.");
        Lint.Markdown(page, path: "docs/toc.md").Exactly("INCL322", 5);
    }

    [Fact]
    public void A_standalone_marker_wins_over_the_toc_name()
    {
        Lint.Markdown("<!-- inclusive-document: standalone -->\n" + Toc, path: "docs/toc.md").Has("INCL322");
    }
}
