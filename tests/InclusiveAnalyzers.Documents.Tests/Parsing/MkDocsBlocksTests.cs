namespace InclusiveAnalyzers.Documents.Tests.Parsing;

/// <summary>MkDocs' admonitions, collapsible details and content tabs: four-space indented bodies that are Markdown, not code.</summary>
public class MkDocsBlocksTests
{
    private static (string Word, int Line, int Column)[] Wording(string text)
        => Lint.Markdown(text).Where(f => f.RuleId == "INCL201").Select(f => (text.Substring(f.Offset, f.Length), f.Line, f.Column)).ToArray();

    // From the twentieth review: blocky's configuration page, an admonition the wording rules never read.
    [Fact]
    public void A_word_in_an_admonition_body_is_reported_at_its_line_and_column()
    {
        var text = Lint.Doc("# Blocking", "", "!!! info", "", "    Whitelists will be used to disable particular blacklist entries.", "", "Next paragraph.");
        Assert.Equal(new[] { ("Whitelists", 5, 5), ("blacklist", 5, 51) }, Wording(text));
    }

    [Fact]
    public void Titled_collapsible_and_nested_blocks_and_content_tabs_are_read_as_markdown()
    {
        var text = Lint.Doc(
            "# Setup", "",
            "!!! warning \"Replication\"", "    The master copies to each replica.", "",
            "    ??? note", "        Add the host to the whitelist.", "",
            "???+ tip \"Tip\"", "    Remove the blacklist.", "",
            "=== \"Linux\"", "", "    Start the slave.", "",
            "=== \"macOS\"", "", "    ```sh", "    git push origin master", "    ```");
        Assert.Equal(new[] { ("master", 4, 9), ("whitelist", 7, 29), ("blacklist", 10, 16), ("slave", 14, 15) }, Wording(text));
    }

    // pi-hole's docs: pymdownx.details with a title and no type.
    [Fact]
    public void A_collapsible_block_with_only_a_title_is_read_as_markdown()
    {
        var text = Lint.Doc("# Groups", "", "??? \"Raw database instructions\"", "    Add the domain to the blacklist first.", "", "    ```sql", "    INSERT INTO blacklist VALUES (1);", "    ```");
        Assert.Equal(new[] { ("blacklist", 4, 27) }, Wording(text));
    }

    [Fact]
    public void Links_images_and_headings_in_an_admonition_body_are_checked()
    {
        var text = Lint.Doc("# Guide", "", "!!! note", "    ![](diagram.png)", "", "    For details [click here](setup.md).", "", "    #### Deep heading");
        var findings = Lint.Markdown(text);
        findings.Has("INCL301", 4);
        findings.Has("INCL330", 6);
        findings.Has("INCL320", 8);
    }

    [Fact]
    public void An_indented_code_block_after_a_paragraph_stays_code_in_a_mkdocs_page()
    {
        var text = Lint.Doc("# Guide", "", "!!! note", "    Read this first.", "", "Run it:", "", "    Push to the slave.", "", "    ![](diagram.png)");
        Assert.Empty(Wording(text));
        Lint.Markdown(text).HasNot("INCL301");
    }

    [Fact]
    public void An_indented_code_block_inside_an_admonition_body_stays_code()
    {
        var text = Lint.Doc("# Guide", "", "!!! note", "    Run it:", "", "        Push to the slave.");
        Assert.Empty(Wording(text));
    }

    [Fact]
    public void Exclamation_lines_outside_mkdocs_markup_leave_indented_code_as_code()
    {
        // Prose shouting, a marker with no indented body, a marker shown in a fence and in indented code.
        var text = Lint.Doc(
            "# Guide", "", "!!! Warning, this deletes the master !!!", "", "    Push to the slave.", "",
            "!!! note", "", "Plain text.", "", "    Push to the slave.", "",
            "```md", "!!! note", "    Push to master.", "```", "",
            "Example:", "", "    !!! note", "        Push to the slave.");
        Assert.Equal(new[] { ("master", 3, 31) }, Wording(text));
    }

    [Fact]
    public void Fix_rewrites_only_the_words_in_an_admonition_and_keeps_every_other_byte()
    {
        const string text = "# Hosts\r\n\r\n!!! tip \"Lists\"\r\n    Add hosts to the whitelist.\r\n\r\n        master\r\n\r\n=== \"Tab\"\r\n    The slave restarts.\r\n";
        var fixedText = DocumentFixer.Fix("docs/hosts.md", text, Lint.Settings(null));
        Assert.Equal(text.Replace("the whitelist", "the allowlist").Replace("The slave", "The replica"), fixedText);
    }

    // mkdocs-material's own style: "???+ type" and "!!!type" with the body after a blank line.
    [Fact]
    public void A_body_after_a_blank_line_under_an_open_collapsible_or_a_glued_marker_is_read()
    {
        var text = Lint.Doc(
            "# Setup", "",
            "???+ note \"Replication\"", "", "    The master copies to each replica.", "", "    Restart the slave.", "",
            "!!!warning", "", "    Add the host to the whitelist.", "",
            "===+ \"Linux\"", "", "    Remove the blacklist.");
        Assert.Equal(new[] { ("master", 5, 9), ("slave", 7, 17), ("whitelist", 11, 25), ("blacklist", 15, 16) }, Wording(text));
    }

    // MkDocs pages put admonitions in the steps of a list, indented four spaces under the item.
    [Fact]
    public void A_marker_inside_a_list_item_opens_a_body_read_as_markdown()
    {
        var text = Lint.Doc(
            "# Install", "",
            "1. Download the package.", "",
            "    !!! warning \"Before you start\"", "", "        Stop the slave first.", "", "        Then the master.", "",
            "2. Run the installer.", "",
            "- Configure the hosts.", "",
            "    ??? tip", "        Add them to the whitelist.", "",
            "    Back in the item: restart the slave.");
        Assert.Equal(new[] { ("slave", 7, 18), ("master", 9, 18), ("whitelist", 16, 25), ("slave", 18, 35) }, Wording(text));
    }

    [Fact]
    public void Code_inside_a_list_item_and_prose_exclamation_lines_there_stay_as_commonmark_reads_them()
    {
        // A marker in a fence inside an item, code indented past the item's body, and a "!!!" line that is prose.
        var text = Lint.Doc(
            "# Guide", "",
            "- Example:", "", "    ```md", "    !!! note", "        Push to the slave.", "    ```", "",
            "- Run:", "", "            !!! note", "                Push to the slave.", "",
            "- Careful:", "", "    !!! Warning, this deletes the master !!!", "", "            Push to the slave.");
        Assert.Equal(new[] { ("master", 17, 35) }, Wording(text));
    }

    [Fact]
    public void A_rule_under_a_list_item_ends_it_so_a_marker_after_it_in_indented_code_stays_code()
    {
        // A list in front matter, then its closing rule: the indented marker after it is top-level indented code.
        var text = Lint.Doc("---", "tags:", "  - hosts", "---", "", "# Guide", "", "Example:", "", "  - item", "---", "", "    !!! note", "        Push to the slave.");
        Assert.Empty(Wording(text));
    }

    [Fact]
    public void Fix_rewrites_only_the_words_in_a_list_item_block_and_after_a_blank_line()
    {
        const string text = "# Hosts\n\n1. Step:\n\n    ???+ tip \"Lists\"\n\n        Add hosts to the whitelist.\n\n!!!note\n\n    The slave restarts.\n";
        var fixedText = DocumentFixer.Fix("docs/hosts.md", text, Lint.Settings(null));
        Assert.Equal(text.Replace("the whitelist", "the allowlist").Replace("The slave", "The replica"), fixedText);
    }
}
