using InclusiveAnalyzers.Documents.Fixing;

namespace InclusiveAnalyzers.Documents.Tests.Fixing;

/// <summary>A fix that rewrites a heading's words changes its anchor: the document's links to it follow.</summary>
public class HeadingAnchorFixTests
{
    private static string Fix(string text, string path = "a.md") => DocumentFixer.Fix(path, text, Lint.Settings(null));

    private static string FixTwice(string text)
    {
        var once = Fix(text);
        Assert.Equal(once, Fix(once));
        return once;
    }

    [Fact]
    public void A_same_file_link_to_a_rewritten_heading_follows_its_new_anchor()
    {
        Assert.Equal("## Primary node setup\n\nSee [the setup](#primary-node-setup).\n",
            FixTwice("## Master node setup\n\nSee [the setup](#master-node-setup).\n"));
    }

    [Fact]
    public void A_reference_definition_and_inline_html_hrefs_follow_but_the_reference_link_is_unchanged()
    {
        const string text = "## Master node setup\n\nSee [the setup][setup] or <a href=\"#master-node-setup\">here</a>.\n\n" +
            "<p><a class=\"x\" href='#master-node-setup'>there</a></p>\n\n[setup]: #master-node-setup \"Setup\"\n";
        Assert.Equal("## Primary node setup\n\nSee [the setup][setup] or <a href=\"#primary-node-setup\">here</a>.\n\n" +
            "<p><a class=\"x\" href='#primary-node-setup'>there</a></p>\n\n[setup]: #primary-node-setup \"Setup\"\n", FixTwice(text));
    }

    [Fact]
    public void Links_to_other_anchors_to_missing_ones_and_in_code_or_comments_stay_as_they_are()
    {
        const string text = "## Master node setup\n\n[a](#install) [b](#master-node) [c](#Master-Node-Setup) `[d](#master-node-setup)`\n\n" +
            "```\n[e](#master-node-setup)\n```\n\n<!-- <a href=\"#master-node-setup\">f</a> -->\n\n    [g](#master-node-setup)\n\n## Install\n";
        var expected = text.Replace("## Master node setup", "## Primary node setup");
        Assert.Equal(expected, FixTwice(text));
    }

    [Fact]
    public void A_close_link_to_the_rewritten_heading_among_them_still_follows()
    {
        const string text = "## Master node setup\n\n[a](#install) [b](#master-node-setup)\n\n~~~\n#master-node-setup\n~~~\n\n## Install\n";
        Assert.Equal("## Primary node setup\n\n[a](#install) [b](#primary-node-setup)\n\n~~~\n#master-node-setup\n~~~\n\n## Install\n", FixTwice(text));
    }

    [Fact]
    public void A_rename_onto_an_existing_heading_shifts_the_duplicate_suffixes_and_each_link_keeps_its_section()
    {
        // Before: #master-node, #primary-node. After: #primary-node (the first), #primary-node-1 (the second).
        const string text = "## Master node\n\n## Primary node\n\n[a](#master-node) [b](#primary-node)\n";
        Assert.Equal("## Primary node\n\n## Primary node\n\n[a](#primary-node) [b](#primary-node-1)\n", FixTwice(text));
    }

    [Fact]
    public void A_rename_after_an_existing_heading_takes_the_next_suffix_and_the_first_keeps_its_links()
    {
        const string text = "## Primary node\n\n## Master node\n\n## Master node\n\n[a](#primary-node) [b](#master-node) [c](#master-node-1)\n";
        Assert.Equal("## Primary node\n\n## Primary node\n\n## Primary node\n\n[a](#primary-node) [b](#primary-node-1) [c](#primary-node-2)\n", FixTwice(text));
    }

    [Fact]
    public void A_suffix_another_heading_already_has_is_skipped()
    {
        // After: #primary-1 (written so), #primary, then "Primary" again: -1 is taken, so #primary-2.
        const string text = "## Master 1\n\n## Primary\n\n## Master\n\n[a](#master-1) [b](#primary) [c](#master)\n";
        Assert.Equal("## Primary 1\n\n## Primary\n\n## Primary\n\n[a](#primary-1) [b](#primary) [c](#primary-2)\n", FixTwice(text));
    }

    [Fact]
    public void A_heading_with_an_explicit_id_keeps_it_and_its_links()
    {
        const string text = "## Master node {#master}\n\n## <a name=\"master-node\"></a>Master node\n\n[a](#master) [b](#master-node)\n";
        Assert.Equal(text.Replace("## Master node {", "## Primary node {").Replace("</a>Master node", "</a>Primary node"), FixTwice(text));
    }

    [Fact]
    public void A_named_anchor_inside_a_heading_keeps_its_name_while_the_generated_slug_beside_it_follows()
    {
        // GitHub gives the heading its slug as well as the <a name>: a link to the slug would break.
        const string text = "## <a name=\"setup\"></a>Master node\n\n[a](#setup) [b](#master-node)\n";
        Assert.Equal("## <a name=\"setup\"></a>Primary node\n\n[a](#setup) [b](#primary-node)\n", FixTwice(text));
    }

    [Fact]
    public void A_link_inside_the_rewritten_heading_follows_it()
    {
        Assert.Equal("## [Primary node](#primary-node)\n\nText.\n", FixTwice("## [Master node](#master-node)\n\nText.\n"));
    }

    [Fact]
    public void A_percent_encoded_or_angle_bracketed_fragment_and_a_self_path_follow()
    {
        const string text = "## Master über\n\n[a](#master-%C3%BCber) [b](<#master-über>) [c](a.md#master-über) [d](b.md#master-über)\n";
        Assert.Equal("## Primary über\n\n[a](#primary-%C3%BCber) [b](<#primary-über>) [c](a.md#primary-über) [d](b.md#master-über)\n", FixTwice(text));
    }

    [Fact]
    public void Only_the_fragment_bytes_change_around_crlf_and_titles()
    {
        const string text = "Master node\r\n===========\r\n\r\nSee [x](#master-node \"the master node\") and\r\n[y]( #master-node ).\r\n";
        Assert.Equal("Primary node\r\n===========\r\n\r\nSee [x](#primary-node \"the master node\") and\r\n[y]( #primary-node ).\r\n", FixTwice(text));
    }

    [Fact]
    public void A_lined_up_table_of_contents_stays_lined_up_when_its_fragments_grow()
    {
        // [Master](#master-node) becomes [Primary](#primary-node): four characters more, past the column's width.
        const string text = "| Section                | Page |\n| ---------------------- | ---- |\n| [Master](#master-node) | 1    |\n| [Setup](#setup)        | 2    |\n\n## Master node\n\n## Setup\n";
        Assert.Equal("| Section                  | Page |\n| ------------------------ | ---- |\n| [Primary](#primary-node) | 1    |\n| [Setup](#setup)          | 2    |\n\n## Primary node\n\n## Setup\n", FixTwice(text));
    }

    [Fact]
    public void A_table_that_was_not_lined_up_only_has_its_fragment_changed()
    {
        const string text = "| Section | Page |\n| --- | --- |\n| [Setup](#master-node) | 1 |\n\n## Master node\n";
        Assert.Equal("| Section | Page |\n| --- | --- |\n| [Setup](#primary-node) | 1 |\n\n## Primary node\n", FixTwice(text));
    }

    [Fact]
    public void Headings_of_other_formats_are_not_tracked()
    {
        // MDX and HTML pages build their anchors their own way: only .md and .markdown are followed.
        Assert.Empty(DocumentFixer.Rewrite("a.mdx", "## Master node\n\n[a](#master-node)\n", new DocumentScanOptions { Settings = Lint.Settings(null) }).Anchors);
        var rewrite = DocumentFixer.Rewrite("a.markdown", "## Master node\n\n[a](#master-node)\n", new DocumentScanOptions { Settings = Lint.Settings(null) });
        Assert.Equal("#master-node -> #primary-node", Assert.Single(rewrite.Anchors).ToString());
        Assert.Equal("## Primary node\n\n[a](#master-node)\n", rewrite.Text); // Rewrite leaves the links to the caller
    }

    [Fact]
    public void A_rewrite_outside_headings_renames_no_anchor()
    {
        Assert.Empty(DocumentFixer.Rewrite("a.md", "## Setup\n\nThe master node.\n", new DocumentScanOptions { Settings = Lint.Settings(null) }).Anchors);
    }
}
