namespace InclusiveAnalyzers.Documents.Tests.Parsing;

/// <summary>The Markdown dialects of documentation sites: MyST (Sphinx), MDX (Docusaurus), front-matter titles.</summary>
public class DialectTests
{
    private static string[] Wording(string path, string text)
        => Lint.Scan(path, text).Where(f => f.RuleId == "INCL201").Select(f => text.Substring(f.Offset, f.Length)).ToArray();

    // MyST

    [Fact]
    public void Myst_role_in_a_heading_is_neither_empty_nor_prose()
    {
        var findings = Lint.Markdown(Lint.Doc("# API", "", "## {class}`Widget`", "", "Text with {py:func}`master_node` in it, {term}`Whitelist` too."));
        findings.HasNot("INCL324");
        findings.HasNot("INCL201");
    }

    [Fact]
    public void Myst_target_lines_are_anchors_not_paragraphs()
    {
        var text = Lint.Doc("# Guide", "", "(master-setup)=", "## Setup", "", "See [the setup](#master-setup) and [](#master-setup).");
        var findings = Lint.Markdown(text);
        findings.HasNot("INCL201"); // the label is no prose
        findings.HasNot("INCL333"); // the label is an anchor
        findings.HasNot("INCL331"); // MyST fills [](target) with the target's title
    }

    // From the judged samples (MyST-Parser's cross-referencing page): targets defined in other pages.
    [Fact]
    public void Myst_fragments_may_name_targets_of_other_pages()
    {
        var text = Lint.Doc("# Guide", "", "(local-label)=", "## Setup", "", "See [anchors](#syntax/header-anchors), [](#myst-docutils) and [it](#local-label).");
        Lint.Markdown(text).HasNot("INCL333");
    }

    [Fact]
    public void Unknown_fragments_outside_myst_are_still_INCL333()
    {
        Lint.Markdown(Lint.Doc("# Guide", "", "## Setup", "", "See [anchors](#syntax/header-anchors) and [setup](#setup).")).Exactly("INCL333", 5);
    }

    [Fact]
    public void Empty_link_text_outside_myst_is_still_INCL331()
    {
        Lint.Markdown(Lint.Doc("# Guide", "", "See [](setup.md).")).Exactly("INCL331", 3);
    }

    [Fact]
    public void Myst_admonition_bodies_are_prose_and_their_fences_are_not()
    {
        var text = Lint.Doc("# Guide", "", "```{note}", ":class: tip", "Add the host to the whitelist.", "```", "", ":::{warning}", "Do not use the blacklist.", ":::");
        Assert.Equal(new[] { "whitelist", "blacklist" }, Wording("docs/guide.md", text));
    }

    [Fact]
    public void Myst_code_directives_stay_code()
    {
        var text = Lint.Doc("# Guide", "", "```{code-block} bash", "git push origin master", "```", "", "```{note}", "Push to `master`.", "```");
        Assert.Empty(Wording("docs/guide.md", text));
    }

    // MDX

    // Jekyll's Liquid code blocks (from the nineteenth review: Spark's submitting-applications page).

    [Fact]
    public void A_liquid_highlight_block_is_code()
    {
        var text = Lint.Doc("# Guide", "", "## Examples", "", "{% highlight bash %}", "# Run on a YARN cluster", "./bin/spark-submit --master yarn  # the master URL",
            "{% endhighlight %}", "", "{%- highlight scala linenos -%}", "# Run on the slave", "{%- endhighlight -%}", "", "Then start the master.");
        Lint.Markdown(text).HasNot("INCL322");
        Assert.Equal(new[] { "master" }, Wording("docs/guide.md", text)); // the prose after the block is read
    }

    [Fact]
    public void Liquid_tags_that_open_no_highlight_block_leave_the_lines_markdown()
    {
        // An unknown tag, and a highlight tag inside a sentence, are no fence: the line after stays a heading and prose.
        var text = Lint.Doc("# Guide", "", "## Examples", "", "{% raw %}", "# Run on a YARN cluster", "{% endraw %}", "", "Use {% highlight bash %} for the slave logs.");
        Lint.Markdown(text).Exactly("INCL322", 6);
        Assert.Equal(new[] { "slave" }, Wording("docs/guide.md", text));
    }

    [Fact]
    public void Mdx_imports_exports_and_expressions_are_not_prose()
    {
        var text = Lint.Doc(
            "import MasterList from '@site/src/components/MasterList';",
            "export const slaves = ['a', 'b'];",
            "",
            "# Components",
            "",
            "<ul>",
            "  {slaves.map(slave => <li key={slave}>{slave}</li>)}",
            "</ul>",
            "",
            "{/* the master copy */}",
            "",
            "Our whitelist lives in <MasterList />.");
        var findings = Lint.Scan("docs/components.mdx", text);
        Assert.Equal(new[] { "whitelist" }, findings.Where(f => f.RuleId == "INCL201").Select(f => text.Substring(f.Offset, f.Length)).ToArray());
        findings.HasNot("INCL365"); // the <ul> holds an expression, not stray text
    }

    [Fact]
    public void Mdx_expression_over_several_lines_is_blanked()
    {
        var text = Lint.Doc("# T", "", "{items.map(item => (", "  <p>master {item}</p>", "))}", "", "A slave process.");
        Assert.Equal(new[] { "slave" }, Wording("docs/page.mdx", text));
    }

    [Fact]
    public void Md_file_with_esm_lines_is_mdx_and_plain_md_keeps_its_braces()
    {
        Assert.Empty(Wording("docs/page.md", Lint.Doc("import Tabs from '@theme/Tabs';", "", "# T", "", "{isMaster ? 'the master copy' : 'a copy'}")));
        Assert.Equal(new[] { "master" }, Wording("docs/page.md", Lint.Doc("# T", "", "Keep {the master, copy} here.")));
    }

    // From fastify's docs/Reference/TypeScript.md: imports only inside code fences, and a code span over two lines.
    [Fact]
    public void Md_file_with_imports_only_in_code_is_not_mdx()
    {
        var text = Lint.Doc(
            "# T", "", "See [Plugins](#plugins).", "",
            "1. Query it: the API returns", "   `{\"statusCode\":500,\"message\":\"Must be", "   admin\"}`", "",
            "```ts", "import { FromSchema } from \"json-schema-to-ts\";", "export type A = {}", "```", "",
            "   ```ts", "   import Fastify from 'fastify'", "   ```", "",
            "### Plugins", "", "Keep {the master, copy} here.");
        var findings = Lint.Scan("docs/page.md", text);
        findings.HasNot("INCL333");
        Assert.Equal(new[] { "master" }, Wording("docs/page.md", text));
    }

    [Theory]
    [InlineData("<!--", "import Tabs from '@theme/Tabs';", "-->")]
    [InlineData("<script type=\"module\">", "import { a } from './a.js';", "</script>")]
    [InlineData("~~~js", "export const a = {};", "~~~")]
    public void Esm_lines_in_comments_html_blocks_and_fences_do_not_make_mdx(string open, string esm, string close)
    {
        Assert.Equal(new[] { "master" }, Wording("docs/page.md", Lint.Doc(open, esm, close, "", "# T", "", "Keep {the master, copy} here.")));
    }

    [Fact]
    public void Md_file_with_a_top_level_import_and_fenced_imports_is_mdx()
    {
        var text = Lint.Doc(
            "```js", "import x from 'x';", "```", "", "import Tabs from '@theme/Tabs';", "", "# T", "",
            "{/* the master copy */}", "", "{isMaster ? 'the master copy' : 'a copy'}", "", "A slave process.");
        Assert.Equal(new[] { "slave" }, Wording("docs/page.md", text));
    }

    [Fact]
    public void Mdx_code_span_over_two_lines_keeps_its_brace_out_of_expressions()
    {
        var text = Lint.Doc("# T", "", "It returns `{\"message\":\"Must be", "admin\"}` then.", "", "A slave process.", "", "{/* the master copy */}");
        Assert.Equal(new[] { "slave" }, Wording("docs/page.mdx", text));
    }

    [Fact]
    public void Unclosed_brace_is_literal_and_hides_nothing()
    {
        // .mdx: MDX reads an expression up to its brace, over blank lines; one never closed is no expression.
        Assert.Equal(new[] { "slave" }, Wording("docs/page.mdx", Lint.Doc("# T", "", "Open a block with {.", "", "A slave process.")));
        // A .md file judged MDX by an import: an expression ends with its block.
        var md = Lint.Doc("import Tabs from '@theme/Tabs';", "", "# T", "", "Open a block with { here,", "", "then a slave process}.");
        Assert.Equal(new[] { "slave" }, Wording("docs/page.md", md));
    }

    [Fact]
    public void Thousands_of_unclosed_braces_are_literal_and_the_prose_after_them_is_read()
    {
        // Each brace is looked for its end only so far (16K characters): 20,000 of them are not 20,000 reads of the file.
        var text = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"Line {{{i}\n\n")) + "A slave process.\n";
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.Equal(new[] { "slave" }, Wording("docs/page.mdx", text));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"took {watch.Elapsed}");
    }

    [Fact]
    public void A_line_of_thousands_of_expressions_is_read_once()
    {
        // The line's trailing {#id} is looked for once, not in a copy of the rest of the line at every brace.
        var text = "Text " + string.Concat(Enumerable.Repeat("{x} ", 20_000)) + "the slave copy\n";
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.Equal(new[] { "slave" }, Wording("docs/page.mdx", text));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Mdx_expression_over_a_blank_line_is_blanked_in_mdx_files()
    {
        Assert.Empty(Wording("docs/page.mdx", Lint.Doc("# T", "", "{items.map(item => (", "", "  <p>master {item}</p>", "))}")));
        Assert.Empty(Wording("docs/page.md", Lint.Doc("import Tabs from '@theme/Tabs';", "", "# T", "", "{/*", "the master copy", "", "and the slave */}")));
    }

    [Fact]
    public void Mdx_fence_in_a_nested_list_item_is_code_not_an_expression()
    {
        var text = Lint.Doc(
            "# T", "", "- Step", "  - Sub step", "", "      ```js", "      app.get('/', () => {", "      ```", "",
            "Keep the master copy.", "", "```js", "})", "```");
        Assert.Equal(new[] { "master" }, Wording("docs/page.mdx", text));
    }

    [Fact]
    public void Mdx_heading_ids_stay_and_code_keeps_its_braces()
    {
        var text = Lint.Doc("# T", "", "## Setup {#setup}", "", "[Setup](#setup)", "", "`{master}`", "", "```js", "const a = {master: 1};", "```");
        var findings = Lint.Scan("docs/page.mdx", text);
        findings.HasNot("INCL333");
        findings.HasNot("INCL201");
    }

    [Fact]
    public void Heading_that_starts_with_a_brace_is_not_empty()
    {
        var findings = Lint.Markdown(Lint.Doc("# T", "", "## {b} c", "", "## {a} {#id}"));
        findings.HasNot("INCL324");
    }

    // Front-matter titles rendered as the page's h1 (Docusaurus, Jekyll, Hugo, MkDocs)

    [Theory]
    [InlineData("---\ntitle: Install\nsidebar_position: 2\n---\n\n## Requirements\n\n### Linux\n")] // Docusaurus, Jekyll, MkDocs
    [InlineData("+++\ntitle = \"Install\"\nweight = 10\n+++\n\n## Requirements\n")] // Hugo TOML
    [InlineData("{\n  \"title\": \"Install\"\n}\n\n## Requirements\n")] // Hugo JSON
    public void Body_may_start_at_level_two_under_a_front_matter_title(string text)
    {
        var findings = Lint.Markdown(text);
        findings.HasNot("INCL321");
        findings.HasNot("INCL320");
    }

    [Fact]
    public void Without_a_title_the_body_must_start_at_level_one()
    {
        Lint.Markdown("---\nsidebar_position: 2\n---\n\n## Requirements\n").Exactly("INCL321", 5);
    }

    [Fact]
    public void A_front_matter_title_and_a_body_h1_are_two_titles()
    {
        Lint.Markdown("---\ntitle: Install\n---\n\n# Install\n").Exactly("INCL322", 5);
    }
}
