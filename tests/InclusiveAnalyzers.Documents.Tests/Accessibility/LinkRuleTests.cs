namespace InclusiveAnalyzers.Documents.Tests.Accessibility;

public class LinkRuleTests
{
    [Theory]
    [InlineData("[Click here](https://example.org)")]
    [InlineData("[**here**](https://example.org)")]
    [InlineData("[Link.](https://example.org)")]
    [InlineData("[this][ref]\n\n[ref]: https://example.org")]
    public void Generic_texts_in_markdown(string markdown)
    {
        Lint.Markdown(markdown + "\n").Exactly("INCL330", 1);
    }

    [Theory]
    [InlineData("[here is the release checklist](https://example.org)")]
    [InlineData("[<b>here</b>](https://example.org)")]
    public void Descriptive_or_html_link_texts_pass(string markdown)
    {
        Lint.Markdown(markdown + "\n").HasNot("INCL330");
    }

    // Kubernetes' style guide: a "Do | Don't" table shows the vague link as the example not to follow (the twenty-second review).
    [Theory]
    [InlineData("Do | Don't\n:--| :-----\nSee [Check required ports](https://example.org/docs/ports/). | Use ambiguous terms. See [here](https://example.org/docs/ports/) for more details.\n", false)]
    [InlineData("Do | Don't\n:--| :-----\nSee the ports. | See <a href=\"https://example.org/docs/ports/\">here</a> for more details.\n", false)]
    [InlineData("{{< table caption = \"Do and Don't - Links\" >}}\nDo | Don't\n:--| :-----\nSee the ports. | See <a href=\"https://example.org/docs/ports/\">here</a> for more details.\n{{< /table >}}\n", false)]
    [InlineData("Do | Don't\n:--| :-----\nSee [here](https://example.org/docs/ports/) for details. | Use no link at all.\n", true)]  // the Do column is the advice
    [InlineData("| Port | Notes |\n| --- | --- |\n| 6443 | See [here](https://example.org/docs/ports/). |\n", true)]                     // no word-list headers
    public void A_vague_link_in_a_do_and_dont_table(string markdown, bool reported)
    {
        var findings = Lint.Markdown(markdown);
        if (reported) findings.Exactly("INCL330", 3);
        else findings.HasNot("INCL330");
    }

    // A generic word that is the destination's own name: the page the link opens is called that (the Link plugin's page).
    [Theory]
    [InlineData("The [Link](https://ckeditor.com/cke4/addon/link) plugin alters the target.", false)]
    [InlineData("See the [More](/docs/plugins/more/) plugin.", false)]
    [InlineData("[Read more](https://example.org/blog/read-more.html)", false)]
    [InlineData("[link](https://cdnjs.com/libraries/highlight.js)", true)]
    [InlineData("[here](https://example.org/here-and-there)", true)]
    [InlineData("[link](https://link.example.org)", true)] // a host, not a page's name
    [InlineData("[Link][plugin]\n\n[plugin]: https://ckeditor.com/cke4/addon/link", false)]
    [InlineData("Templates get [page](#page) objects and [link](#link) objects.", false)] // MkDocs' theme guide: sections named so
    [InlineData("Details: [link](themes.html#link).", false)]
    [InlineData("See the [link](#install).", true)] // the fragment names another section
    [InlineData("[here](https://example.org/docs#here-and-there)", true)]
    public void A_generic_word_naming_its_destination_is_that_pages_name(string markdown, bool reported)
    {
        var findings = Lint.Markdown(markdown + "\n");
        if (reported)
        {
            findings.Exactly("INCL330", 1);
        }
        else
        {
            findings.HasNot("INCL330");
        }
    }

    [Fact]
    public void A_generic_word_naming_its_fragment_in_html_is_that_sections_name()
    {
        const string page = "<html lang=\"en\"><head><title>Themes</title></head><body><h1>Themes</h1>\n<p>Get <a href=\"#page\">page</a> objects, and <a href=\"#link\">link</a> objects.</p>\n<p>Read it <a href=\"#install\">here</a>.</p>\n<h2 id=\"page\">Page</h2><h2 id=\"link\">Link</h2><h2 id=\"install\">Install</h2></body></html>\n";
        Lint.Html(page).Exactly("INCL330", 3);
    }

    [Fact]
    public void A_generic_word_naming_its_destination_in_html()
    {
        var findings = Lint.Html(Lint.Doc("<a href=\"/addons/link/\">Link</a>", "<a href=\"/addons/table\">Link</a>"));
        findings.Exactly("INCL330", 2); // only the second: the first opens the page called Link
    }

    [Fact]
    public void Generic_list_is_configurable()
    {
        Lint.Markdown("[details](https://example.org)\n", a11y: o => o.GenericLinkTexts.Add("details")).Exactly("INCL330", 1);
        Lint.Markdown("[here](https://example.org)\n", a11y: o => o.GenericLinkTexts.Clear()).HasNot("INCL330");
    }

    [Fact]
    public void Generic_texts_in_html_links()
    {
        var findings = Lint.Html(Lint.Doc("<a href=\"/a\">Read more</a>", "<a href=\"/b\">Read more about pricing</a>", "<a href=\"/c\"><code>here</code></a>"));
        findings.Exactly("INCL330", 1);
    }

    [Fact]
    public void Image_alt_names_a_markdown_link()
    {
        var findings = Lint.Markdown(Lint.Doc("[![Build status](https://ci/badge.svg)](https://ci)", "", "[![](https://ci/badge.svg)](https://ci)"));
        findings.Exactly("INCL331", 3);
        findings.Exactly("INCL301", 3);
    }

    [Theory]
    [InlineData("[<img src=\"https://example.org/acme.svg\" alt=\"Acme\">](https://acme.example)", false)]
    [InlineData("[<img src=\"acme.svg\" alt=\"Acme\" width=\"120\">\n](https://acme.example)", false)]
    [InlineData("[<picture><source srcset=\"d.svg\"><img src=\"l.svg\" alt=\"Acme\"></picture>](https://acme.example)", false)]
    [InlineData("[<span aria-label=\"Acme home\"></span>](https://acme.example)", false)]
    [InlineData("[<img src=\"x.svg\" width=\"45%\">](https://opencollective.com/ajv)", true)]
    [InlineData("[<img alt=\"\">](https://acme.example)", true)]
    [InlineData("[<img alt=\"  \">](https://acme.example)", true)]
    [InlineData("[<span></span>](https://acme.example)", true)]
    public void Inline_html_image_alt_names_a_markdown_link(string markdown, bool reported)
    {
        var findings = Lint.Markdown(markdown + "\n");
        if (reported) findings.Exactly("INCL331", 1);
        else findings.HasNot("INCL331");
    }

    [Theory]
    [InlineData(".pdoc .headerlink::before{content:\"#\";display:block}", false)]
    [InlineData("@media screen{.headerlink:after{content:'Permalink'}}", false)]
    [InlineData("a.headerlink::before { content: \"¶\" !important; }", false)]
    [InlineData(".headerlink::before{content:\"\\f0c1\"}", true)]
    [InlineData(".headerlink::before{content:\"\"}", true)]
    [InlineData(".headerlink:hover::before{content:\"#\"}", true)]
    [InlineData(".other::before{content:\"#\"}", true)]
    [InlineData(".headerlink::before{content:attr(title)}", true)]
    public void Link_text_generated_by_the_pages_own_stylesheet_names_the_link(string css, bool reported)
    {
        // pdoc's permalink anchors are empty links that its inline stylesheet fills with "#" (accname 2F).
        // Icon-font escapes, empty strings, state-dependent rules and rules for other classes give no name.
        var page = "<!doctype html>\n<html lang=\"en\">\n<head><title>T</title><style>" + css + "</style></head>\n<body>\n<h1>T</h1>\n<a class=\"headerlink\" href=\"#t\"></a>\n</body>\n</html>\n";
        var findings = Lint.Html(page);
        if (reported) findings.Exactly("INCL331", 6);
        else findings.HasNot("INCL331");
    }

    [Fact]
    public void A_markdown_link_holding_an_html_image_without_alt_says_so()
    {
        var finding = Lint.Markdown("[<img src=\"x.svg\">](https://example.org)\n").Single(f => f.RuleId == "INCL331");
        Assert.Contains("image without alternative text", finding.Message);
    }

    [Fact]
    public void Empty_markdown_link_text_with_a_title_has_a_name()
    {
        Lint.Markdown("[](https://example.org \"Project home\")\n").HasNot("INCL331");
        Lint.Markdown("[](https://example.org)\n").Exactly("INCL331", 1);
    }

    [Theory]
    [InlineData("<a href=\"/x\"><img src=\"x.png\"></a>", true)]
    [InlineData("<a href=\"/x\"><svg viewBox=\"0 0 1 1\"></svg></a>", true)]
    [InlineData("<a href=\"/x\" aria-hidden=\"true\"></a>", false)]
    [InlineData("<a name=\"anchor\"></a>", false)]
    [InlineData("<a href=\"/x\" role=\"presentation\"></a>", true)]
    [InlineData("<span id=\"n\">Docs</span><a href=\"/x\" aria-labelledby=\"n\"></a>", false)]
    public void Html_link_names(string html, bool reported)
    {
        var findings = Lint.Html(html + "\n");
        if (reported) findings.Exactly("INCL331", 1);
        else findings.HasNot("INCL331");
    }

    [Fact]
    public void Empty_destinations()
    {
        var findings = Lint.Markdown(Lint.Doc("[a](<>)", "", "[b][def]", "", "[def]: #", "", "[c](#section)", "", "# Section"));
        findings.Exactly("INCL332", 1, 5);
        Lint.Html("<a href=\"\">Docs</a>\n<a href=\"/docs\">Docs</a>\n").Exactly("INCL332", 1);
    }

    // An e-mail address written as a link's destination without mailto: opens a relative page that does not exist
    // (review 12: Vue's SECURITY.md "[Email](address)", a code of conduct's reporting address, sails' contact).
    [Fact]
    public void An_email_address_as_a_destination_without_mailto_goes_nowhere()
    {
        var findings = Lint.Markdown(Lint.Doc(
            "# Security",
            "",
            "- Jane - [Email](jane@example.org)",
            "- Report to [conduct@example.org](conduct@example.org).",
            "- Or [write to us][team].",
            "",
            "[team]: team@lists.example.org"));
        findings.Exactly("INCL332", 3, 4, 7);
        Assert.Contains("mailto:jane@example.org", findings.First(f => f.RuleId == "INCL332").Message);
        Lint.Html("<a href=\"security@example.org\">Email</a>\n<a href=\"mailto:security@example.org\">Email</a>\n").Exactly("INCL332", 1);
    }

    [Theory]
    [InlineData("[Email](mailto:jane@example.org)")]
    [InlineData("<jane@example.org>")]                          // an autolink is a mailto: link
    [InlineData("[Retina logo](icon@2x.png)")]                  // a file name with an '@'
    [InlineData("![Logo](images/logo@2x.png)")]
    [InlineData("[the release](lodash@4.17.21)")]              // a package version, no host
    [InlineData("[profile](https://example.org/@jane)")]
    [InlineData("[docs](docs/user@host.md)")]
    [InlineData("[Email](jane@localhost)")]                     // no dot: no public address to suggest
    public void Other_destinations_with_an_at_sign_are_left_alone(string line)
    {
        Lint.Markdown("# T\n\n" + line + "\n").HasNot("INCL332");
    }

    // Markdown's comment idiom: a definition no link uses, with '#' or '<>' as its destination (Writerside's title line among them).
    [Fact]
    public void Unused_empty_definitions_are_comments()
    {
        var findings = Lint.Markdown(Lint.Doc("[//]: # (title: Contribution)", "", "# Guide", "", "[comment]: <> (Do not edit: generated.)", "", "Text.", "", "[//]: # \"end\""));
        findings.HasNot("INCL332");
    }

    [Fact]
    public void A_used_empty_definition_is_still_reported()
    {
        Lint.Markdown(Lint.Doc("# Guide", "", "See the [docs][].", "", "[docs]: #")).Exactly("INCL332", 5);
        Lint.Markdown(Lint.Doc("# Guide", "", "![logo][img]", "", "[img]: <>")).Exactly("INCL332", 5);
    }

    [Fact]
    public void Fragments_match_github_slugs_custom_ids_and_html_anchors()
    {
        var findings = Lint.Markdown(Lint.Doc(
            "# Getting Started!",
            "",
            "## API: `Run()` options {#run-options}",
            "",
            "<a name=\"legacy\"></a>",
            "",
            "## Repeat",
            "",
            "## Repeat",
            "",
            "[a](#getting-started) [b](#run-options) [c](#legacy) [d](#repeat-1) [e](#top) [f](#Getting-Started)",
            "",
            "[g](#missing)"));
        findings.Exactly("INCL333", 13);
    }

    [Fact]
    public void A_repeated_heading_skips_a_suffix_an_earlier_heading_has()
    {
        // GitHub and Markdig: "Repeat", "Repeat 1", "Repeat" are #repeat, #repeat-1, #repeat-2.
        Lint.Markdown(Lint.Doc("# Repeat", "", "# Repeat 1", "", "# Repeat", "", "[a](#repeat-1) [b](#repeat-2)")).HasNot("INCL333");
        Lint.Markdown(Lint.Doc("# Repeat", "", "# Repeat 1", "", "# Repeat", "", "[c](#repeat-3)")).Exactly("INCL333", 7);
    }

    // From the seventeenth review (axios's README): GitHub slugs a heading's rendered text, where a badge image adds no
    // alt and the space before it stays; remark-based sites keep the alt. Both anchors resolve.
    [Fact]
    public void A_heading_with_a_badge_has_the_anchor_github_gives_it()
    {
        var heading = "#### 🔥 Using with SvelteKit [![StackBlitz](https://example.com/b.svg)](https://example.com)";
        Lint.Markdown(Lint.Doc(heading, "", "[a](#-using-with-sveltekit-) [b](#-using-with-sveltekit-stackblitz)")).HasNot("INCL333");
        Lint.Markdown(Lint.Doc("# <img src=\"logo.png\" alt=\"\"> Humanizer", "", "[a](#-humanizer) [b](#humanizer)")).HasNot("INCL333");
    }

    [Fact]
    public void A_heading_with_a_badge_does_not_accept_other_fragments()
    {
        var heading = "#### Using with SvelteKit [![StackBlitz](https://example.com/b.svg)](https://example.com)";
        Lint.Markdown(Lint.Doc(heading, "", "[c](#using-with-sveltekit-badge)")).Exactly("INCL333", 3);
        Lint.Markdown(Lint.Doc("## Using with SvelteKit", "", "[d](#using-with-sveltekit-)")).Exactly("INCL333", 3);
    }

    // From the nineteenth review (Hadoop's ClusterSetup.md): a Maven site (Doxia) anchors a heading at its text with
    // underscores for spaces, and the page's hand-written table of contents links those anchors.
    [Fact]
    public void A_maven_site_page_links_the_anchors_doxia_gives_its_headings()
    {
        var page = Lint.Doc("* [Hadoop Cluster Setup](#Hadoop_Cluster_Setup)", "    * [Slaves File](#Slaves_File)", "",
            "Hadoop Cluster Setup", "====================", "", "Slaves File", "-----------", "", "Text.");
        Lint.Markdown(page, "hadoop-common-project/hadoop-common/src/site/markdown/ClusterSetup.md").HasNot("INCL333");
        Lint.Markdown(Lint.Doc("<!-- MACRO{toc|fromDepth=0|toDepth=3} -->", "", "[a](#Web_Interfaces)", "", "## Web Interfaces"), "docs/ha.md").HasNot("INCL333");
    }

    [Fact]
    public void Doxia_anchors_count_only_on_a_maven_site_page_and_only_for_a_heading()
    {
        var readme = Lint.Doc("[a](#Web_Interfaces)", "", "## Web Interfaces");
        Lint.Markdown(readme, "README.md").Exactly("INCL333", 1);
        Lint.Markdown(Lint.Doc("[a](#Web_Pages)", "", "## Web Interfaces"), "src/site/markdown/index.md").Exactly("INCL333", 1);
    }

    // From the twenty-sixth review (docker-mailserver's Rspamd page, an MkDocs Material site): Python-Markdown's toc
    // slugs a heading with each run of spaces and hyphens as one hyphen, so " & " and " / " leave a single hyphen
    // where GitHub's algorithm keeps two.
    [Fact]
    public void An_mkdocs_page_links_the_anchors_python_markdown_gives_its_headings()
    {
        var page = Lint.Doc("!!! note", "", "    See [overriding](#providing-custom-settings-overriding-settings) and",
            "    [lists](#rbls-real-time-blacklists-dnsbls-dns-based-blacklists).", "",
            "## Providing Custom Settings & Overriding Settings", "", "Text.", "",
            "#### RBLs (Real-time Blacklists) / DNSBLs (DNS-based Blacklists)", "", "Text.");
        Lint.Markdown(page, "docs/content/config/security/rspamd.md").HasNot("INCL333");
    }

    [Fact]
    public void Mkdocs_anchors_count_only_on_an_mkdocs_page_and_only_for_a_heading()
    {
        var readme = Lint.Doc("[a](#custom-settings-overriding-settings)", "", "## Custom Settings & Overriding Settings");
        Lint.Markdown(readme, "README.md").Exactly("INCL333", 1);
        var page = Lint.Doc("!!! tip", "", "    Text.", "", "[a](#custom-settings-and-overrides)", "", "## Custom Settings & Overriding Settings");
        Lint.Markdown(page, "docs/index.md").Exactly("INCL333", 5);
    }

    [Fact]
    public void Percent_encoded_and_non_ascii_fragments()
    {
        Lint.Markdown(Lint.Doc("# Über uns", "", "[a](#über-uns) [b](#%C3%BCber-uns)")).HasNot("INCL333");
    }

    [Fact]
    public void Undefined_reference_labels()
    {
        var findings = Lint.Markdown(Lint.Doc(
            "See [the guide][guide] and [faq][] and [ok][def].",
            "",
            "Matrix cell m[i][j] and \\[escaped\\][x] and `[code][x]`.",
            "",
            "[def]: https://example.org"));
        findings.Exactly("INCL334", 1, 1);
        Assert.Equal(2, findings.Count(f => f.RuleId == "INCL334"));
        Assert.Contains(findings, f => f.RuleId == "INCL334" && f.Column == 5);
    }

    // From eslint-plugin-jsx-a11y's CHANGELOG.md: list items start with tags, '- [breaking][fix] - ...'.
    [Fact]
    public void Bracketed_tags_in_a_file_without_definitions_are_not_references()
    {
        var text = Lint.Doc(
            "# Changelog", "",
            "- [breaking][fix] - `img-has-alt` now prefers `alt=\"\"`.",
            "- [fix] `label-has-for`: textareas are inputs too",
            "- [breaking] Removed support for ESLint 2.",
            "* [new-rule] added",
            "",
            "1. [new-rule][fix] numbered items too");
        Lint.Markdown(text).HasNot("INCL334");
    }

    [Fact]
    public void Tag_like_pairs_stay_references_unless_both_words_are_tags()
    {
        // 'bug' starts no line: [fix][bug] is a reference without its definition.
        Lint.Markdown(Lint.Doc("- [fix][bug] text", "- [fix] more")).Exactly("INCL334", 1);
        // Only on its own line: a tag elsewhere is needed.
        Lint.Markdown(Lint.Doc("- [breaking][fix] text")).Exactly("INCL334", 1);
        // Tags followed by a link are no tags: [fix](url) starts the other line.
        Lint.Markdown(Lint.Doc("- [breaking][fix] text", "- [fix](https://example.org) x", "- [breaking] y")).Exactly("INCL334", 1);
    }

    [Theory]
    [InlineData("See the [upgrading guide][] first.")]                    // mysql's Changes.md
    [InlineData("Read the [paging documentation][doc-paging].")]          // cassandra-driver's README.md
    [InlineData("- [Fix][New] capitalised words are no tags")]
    public void References_that_are_no_tag_pairs_are_reported(string line)
    {
        Lint.Markdown(Lint.Doc(line, "- [fix] a", "- [new] b", "- [new-rule] c", "- [upgrading guide] d")).Exactly("INCL334", 1);
    }

    // From pm2's CHANGELOG.md: issue numbers and commit hashes listed in brackets, side by side.
    [Theory]
    [InlineData("- [#1844][#1845][#1850] Load configuration from /etc/default")]
    [InlineData("- Upgrade dependencies [0cc58ce][a4b7d8d]")]
    [InlineData("- refactor Reload [cf94517][f1eb17]")]
    public void Lists_of_issue_numbers_or_commit_hashes_are_not_references(string line)
    {
        Lint.Markdown(Lint.Doc("# Changes", "", line, "", "[ok]: https://example.org")).HasNot("INCL334");
    }

    [Theory]
    [InlineData("See [the issue][#1845].")]        // link text, then an issue label: a missing definition
    [InlineData("Fixed in [this commit][0cc58ce].")]
    [InlineData("Upgrade [#1844][0cc58ce] twice")] // two kinds of identifier
    [InlineData("Named [decade][facade] words")]   // hexadecimal letters without a digit are words
    public void Identifier_labels_after_link_text_stay_reported(string line)
    {
        Lint.Markdown(Lint.Doc(line, "", "[ok]: https://example.org")).Exactly("INCL334", 1);
    }

    // pydantic's docs/concepts/forward_annotations.md (MkDocs with mkdocstrings' autorefs) and rustdoc's intra-doc links:
    // the generator links a code object's name to its API page, the file defines nothing for it.
    [Theory]
    [InlineData("Rather than raising a [`RecursionError`][] while attempting to validate data")]
    [InlineData("raise an appropriate [`ValidationError`][pydantic_core.ValidationError]:")]
    [InlineData("See [`BaseModel.model_validate()`][] and [the method][pydantic.main.model_validate].")]
    [InlineData("Push onto [the vector][std::vec::Vec] first.")]
    public void Cross_references_to_code_objects_are_not_missing_definitions(string line)
    {
        Lint.Markdown(Lint.Doc("## Cyclic references", "", line, "", "[future statement]: https://docs.python.org/3/reference/simple_stmts.html#future")).HasNot("INCL334");
    }

    [Theory]
    [InlineData("Read [the notes][CONTRIBUTING.md] first.")] // a file name
    [InlineData("Visit [our site][example.com] today.")]     // a host name
    [InlineData("Call [dumps][json.dumps] to write it.")]    // two lower-case words: read as words
    [InlineData("See [`the guide`][] first.")]              // words in a code span
    [InlineData("See [the guide][UserGuide] first.")]        // one name, no path
    public void References_that_name_no_code_object_stay_reported(string line)
    {
        Lint.Markdown(Lint.Doc(line, "", "[ok]: https://example.org")).Exactly("INCL334", 1);
    }

    [Fact]
    public void A_file_that_defines_code_labels_by_hand_has_its_missing_ones_reported()
    {
        // Linked by hand: [`serde`] has its definition, so [`tokio`][] lacks one.
        var text = Lint.Doc("Built on [`serde`][] and [`tokio`][].", "", "[`serde`]: https://serde.rs");
        var findings = Lint.Markdown(text);
        findings.Exactly("INCL334", 1);
        Assert.Contains(findings, f => f.RuleId == "INCL334" && f.Column == 26);
    }

    // selenium-webdriver's CHANGES.md and ckeditor4's CHANGES.md: items tagged with areas, '- [JS] ...'.
    private static readonly string[] TaggedItems =
    {
        "- [JS] Add error message", "- [grid] Fix the router", "- [py] Add a flag", "- [grid] Add metrics",
        "* [#11306](https://example.org/11306): [Blink/WebKit] Fixed: the menu.", "",
    };

    [Theory]
    [InlineData("- [grid][ui] Add search field for running sessions")]
    [InlineData("- [java][JS][py] Add relative locators")]
    [InlineData("* [#11307](https://example.org/11307): [OSX][Blink/WebKit] Fixed: no widget entries.")]
    public void Tags_in_a_file_that_writes_tags_are_not_references(string line)
    {
        var lines = TaggedItems.Append(line).Append("").Append("[1]: https://example.org").ToArray();
        Lint.Markdown(Lint.Doc(lines)).HasNot("INCL334");
    }

    [Theory]
    [InlineData("Read the [paging documentation][doc-paging].")] // link text of several words
    [InlineData("See [text][missing-ref] for more.")]           // neither word is a tag of the file
    [InlineData("- [Express][express] is a framework")]         // text and its own label
    [InlineData("- [guide][1] first")]                          // numbered reference style
    [InlineData("- [hancar][] fix the parser")]                 // collapsed reference: the text is the label
    public void References_in_a_file_that_writes_tags_stay_reported(string line)
    {
        var lines = TaggedItems.Append(line).Append("").Append("[ok]: https://example.org").ToArray();
        Lint.Markdown(Lint.Doc(lines)).Exactly("INCL334", 7);
    }

    [Fact]
    public void A_few_tags_are_no_convention()
    {
        // Four tag lines, under the five that make a file's convention.
        Lint.Markdown(Lint.Doc("- [JS] a", "- [grid] b", "- [py] c", "- [grid] d", "- [grid][ui] e", "", "[ok]: https://example.org")).Exactly("INCL334", 5);
    }

    [Fact]
    public void Tag_pairs_are_references_in_a_file_with_definitions()
    {
        Lint.Markdown(Lint.Doc("- [breaking][fix] text", "- [fix] a", "- [breaking] b", "", "[ok]: https://example.org")).Exactly("INCL334", 1);
    }

    [Fact]
    public void Reference_labels_match_case_and_whitespace_insensitively()
    {
        Lint.Markdown("[text][My  Label]\n\n[my label]: https://example.org\n").HasNot("INCL334");
    }

    [Fact]
    public void Url_as_link_text_is_off_by_default()
    {
        const string text = "[https://example.org/docs](https://example.org/docs)\n";
        Lint.Markdown(text).HasNot("INCL335");
        Lint.Markdown(text, config: """{ "rules": { "INCL335": "suggestion" } }""").Exactly("INCL335", 1);
        Lint.Html("<a href=\"/d\">www.example.org</a>\n", config: """{ "rules": { "INCL335": "suggestion" } }""").Exactly("INCL335", 1);
    }

    [Fact]
    public void Duplicate_heading_anchor_targeted_by_a_link_is_INCL346_info()
    {
        var findings = Lint.Markdown(Lint.Doc("# Changes", "", "## Added", "", "## Added", "", "[see](#added)"));
        findings.Exactly("INCL346", 5);
        Assert.Equal(Core.Severity.Suggestion, findings.Single(f => f.RuleId == "INCL346").Severity);
        Lint.Markdown(Lint.Doc("# Changes", "", "## Added", "", "## Added")).HasNot("INCL346");
    }

    // AspNetCore.Docs and dotnet/docs (DocFX): file inclusions render a code sample or a Markdown file, not a link.
    [Theory]
    [InlineData("[!code-csharp[](sample/Startup.cs?name=snippet1&highlight=13)]")]
    [InlineData("[!code-csharp[BeforeNaming](../samples/StringCalculatorTests.cs#BeforeNaming)]")]
    [InlineData("[!code[](sample/app.js)]")]
    [InlineData("[!INCLUDE [](~/includes/requirements.md)]")]
    [InlineData("[!include[here](includes/part.md)]")]
    public void Docfx_inclusions_are_not_links(string line)
    {
        var findings = Lint.Markdown("# T\n\nIntro.\n\n" + line + "\n");
        findings.HasNot("INCL331");
        findings.HasNot("INCL330");
        findings.HasNot("INCL332");
    }

    [Theory]
    [InlineData("See [](sample/Startup.cs) for the code.")]          // an empty link in prose
    [InlineData("[!NOTE] see [](sample/Startup.cs).")]               // an alert marker is no inclusion
    [InlineData("[!codex[](sample/Startup.cs)]")]                    // not DocFX's keyword
    public void Empty_links_outside_an_inclusion_are_still_reported(string line)
    {
        Lint.Markdown("# T\n\nIntro.\n\n" + line + "\n").Exactly("INCL331", 5);
    }
}
