using InclusiveAnalyzers.Documents.Accessibility.Headings;

namespace InclusiveAnalyzers.Documents.Tests.Accessibility;

public class HeadingRuleTests
{
    [Fact]
    public void Raw_html_headings_count_in_the_outline()
    {
        var findings = Lint.Markdown(Lint.Doc("# Guide", "", "<h2>Setup</h2>", "", "#### Deep"));
        findings.Exactly("INCL320", 5);
    }

    [Fact]
    public void Raw_html_h2_between_markdown_headings_keeps_the_outline_valid()
    {
        Lint.Markdown(Lint.Doc("# Guide", "", "<h2>Setup</h2>", "", "### Linux")).HasNot("INCL320");
    }

    [Fact]
    public void Setext_and_blockquote_headings_count()
    {
        var findings = Lint.Markdown(Lint.Doc("Guide", "=====", "", "> #### Note"));
        findings.Exactly("INCL320", 4);
    }

    [Fact]
    public void Blockquote_headings_can_be_ignored()
    {
        Lint.Markdown(Lint.Doc("# Guide", "", "> #### Note"), a11y: o => o.IgnoreHeadingsInBlockquotes = true).HasNot("INCL320");
    }

    [Fact]
    public void Front_matter_title_makes_a_leading_h3_a_skip()
    {
        var findings = Lint.Markdown(Lint.Doc("---", "title: Guide", "---", "", "### Details"));
        findings.Exactly("INCL320", 5);
        findings.HasNot("INCL321");
    }

    [Fact]
    public void Toml_and_json_front_matter_titles_count_too()
    {
        Lint.Markdown(Lint.Doc("+++", "title = \"Guide\"", "+++", "", "# Guide")).Exactly("INCL322", 5);
        Lint.Markdown(Lint.Doc("{", "  \"title\": \"Guide\",", "  \"draft\": false", "}", "", "# Guide")).Exactly("INCL322", 6);
    }

    // JetBrains Writerside (kotlinlang.org): the title comment on the first line is rendered as the page's h1.
    [Fact]
    public void A_writerside_title_comment_is_the_pages_title()
    {
        var findings = Lint.Markdown(Lint.Doc("[//]: # (title: Contribution)", "", "Kotlin is open source.", "", "## Participate", "", "Text."));
        findings.HasNot("INCL321");
        findings.HasNot("INCL320");
        Lint.Markdown(Lint.Doc("[//]: # (title: Contribution)", "", "# Contribution")).Exactly("INCL322", 3);
        Lint.Markdown(Lint.Doc("[//]: # (title: Contribution)", "", "#### Deep")).Exactly("INCL320", 3);
    }

    [Fact]
    public void Other_comments_are_no_title()
    {
        Lint.Markdown(Lint.Doc("[//]: # (note: generated)", "", "## Participate")).Exactly("INCL321", 3);
        Lint.Markdown(Lint.Doc("Intro.", "", "[//]: # (title: Contribution)", "", "## Participate")).Exactly("INCL321", 5);
        Lint.Markdown(Lint.Doc("---", "draft: true", "---", "", "## Participate")).Exactly("INCL321", 5);
    }

    // open-webui's Chinese docs (a Docusaurus i18n folder): hide_title keeps the front-matter title off the page,
    // so the document's own # heading is its only h1, and a page without one starts below level 1.
    [Fact]
    public void A_docusaurus_hidden_title_is_not_the_pages_title()
    {
        Lint.Markdown(Lint.Doc("---", "title: 🏡 Open WebUI 介绍", "hide_title: true", "---", "", "# Open WebUI", "", "## 特性")).HasNot("INCL322");
        Lint.Markdown(Lint.Doc("---", "title: kdk", "hide_title: true", "---", "", "## ipsw download kdk")).Exactly("INCL321", 6);
    }

    [Fact]
    public void A_shown_title_still_counts()
    {
        Lint.Markdown(Lint.Doc("---", "title: Guide", "hide_title: false", "---", "", "# Guide")).Exactly("INCL322", 6);
        Lint.Markdown(Lint.Doc("---", "title: Guide", "hide_table_of_contents: true", "---", "", "# Guide")).Exactly("INCL322", 6);
    }

    // dotnet/docs: on Microsoft Learn the front-matter title is the browser tab's; the # H1 is the page's heading.
    [Fact]
    public void A_microsoft_learn_title_is_not_a_second_h1()
    {
        var text = Lint.Doc("---", "title: Best practices for writing unit tests", "ms.date: 03/20/2025", "ms.topic: article", "---", "", "# Unit testing best practices for .NET", "", "## Benefits", "", "Text.");
        var findings = Lint.Markdown(text);
        findings.HasNot("INCL322");
        findings.HasNot("INCL321");
    }

    [Fact]
    public void A_microsoft_learn_page_still_counts_its_own_h1s()
    {
        var text = Lint.Doc("---", "title: Guide", "ms.topic: article", "---", "", "# Guide", "", "# Second", "", "Text.");
        Lint.Markdown(text).Exactly("INCL322", 8);
        // Without ms. keys the title is the page's h1, as Jekyll, Hugo and Docusaurus render it.
        Lint.Markdown(Lint.Doc("---", "title: Guide", "msdate: 03/20/2025", "---", "", "# Guide")).Exactly("INCL322", 6);
    }

    // statime's and ntpd-rs's docs/man/*.5.md: pandoc manual pages, whose level-1 headings are the manual's sections.
    [Fact]
    public void A_markdown_manual_pages_sections_are_not_second_h1s()
    {
        var text = Lint.Doc("# NAME", "", "`statime.toml` - configuration file", "", "# DESCRIPTION", "", "Text.", "", "# SEE ALSO", "", "[statime(8)](statime.8.md)");
        Lint.Markdown(text, path: "docs/man/statime.toml.5.md").HasNot("INCL322");
    }

    // PipeWire's doc/dox/programs/pw-top.1.md: a Doxygen \page line names the manual page, whose sections open at # SYNOPSIS.
    [Fact]
    public void A_manual_page_opening_at_its_synopsis_has_sections_not_second_h1s()
    {
        var text = Lint.Doc("\\page page_man_pw-top_1 pw-top", "", "The PipeWire process viewer", "", "# SYNOPSIS", "", "**pw-top** \\[*options*\\]", "",
            "# DESCRIPTION", "", "Text.", "", "# OPTIONS", "", "Text.", "", "# SEE ALSO", "", "Text.");
        Lint.Markdown(text, path: "doc/dox/programs/pw-top.1.md").HasNot("INCL322");
    }

    [Theory]
    // SYNOPSIS with no DESCRIPTION after it, or a DESCRIPTION before it: not the manual outline.
    [InlineData("doc/dox/programs/pw-top.1.md", "# SYNOPSIS", "# Usage", 5)]
    [InlineData("doc/dox/programs/pw-top.1.md", "# DESCRIPTION", "# SYNOPSIS", 5)]
    // A manual's sections under a file name that is no manual page.
    [InlineData("doc/dox/programs/pw-top.md", "# SYNOPSIS", "# DESCRIPTION", 5)]
    public void A_synopsis_first_page_without_the_manual_outline_still_has_one_h1(string path, string first, string second, int line)
    {
        var text = Lint.Doc(first, "", "Text.", "", second, "", "Text.");
        Lint.Markdown(text, path: path).Exactly("INCL322", line);
    }

    [Theory]
    // Not named for a manual section.
    [InlineData("docs/man/statime.toml.md", "# NAME")]
    [InlineData("docs/man/statime.toml.x.md", "# NAME")]
    // Named so, but not opening with NAME.
    [InlineData("docs/man/statime.toml.5.md", "# Overview")]
    public void Other_pages_with_several_h1s_are_still_reported(string path, string first)
    {
        var text = Lint.Doc(first, "", "Text.", "", "# DESCRIPTION", "", "Text.");
        Lint.Markdown(text, path: path).Exactly("INCL322", 5);
    }

    // Rust's RFC template and Vue's: no title heading, every section at level 1, opening with # Summary.
    [Fact]
    public void A_titleless_rfc_templates_sections_are_not_second_h1s()
    {
        var rust = Lint.Doc("- Feature Name: `raw_dylib_kind`", "- Start Date: 2019-01-22", "", "# Summary", "[summary]: #summary", "", "Text.", "",
            "# Motivation", "[motivation]: #motivation", "", "Text.", "", "# Drawbacks", "[drawbacks]: #drawbacks", "", "Text.", "", "# Prior art", "", "Text.");
        Lint.Markdown(rust, path: "text/2627-raw-dylib-kind.md").HasNot("INCL322");
        var vue = Lint.Doc("- Start Date: 2019-11-14", "", "# Summary", "", "Text.", "", "# Motivation", "", "Text.", "", "# Adoption strategy", "", "Text.");
        Lint.Markdown(vue, path: "active-rfcs/0000-remove-inline-templates.md").HasNot("INCL322");
    }

    [Theory]
    // A title of its own before the template's first section: Summary is a second h1.
    [InlineData("# Raw dylib kind", "# Summary", "# Motivation", 5)]
    // Opens with # Summary but has no # Motivation section: not the RFC template.
    [InlineData("# Summary", "# Installation", "# Usage", 5)]
    // # Motivation first, # Summary later: the page does not open at the template's first section.
    [InlineData("# Motivation", "# Summary", "# Drawbacks", 5)]
    public void Other_pages_with_summary_and_motivation_h1s_are_still_reported(string first, string second, string third, int line)
    {
        var text = Lint.Doc(first, "", "Text.", "", second, "", "Text.", "", third, "", "Text.");
        Lint.Markdown(text, path: "text/0000-feature.md").Has("INCL322", line);
    }

    [Fact]
    public void A_front_matter_title_before_an_rfc_template_still_counts()
    {
        var text = Lint.Doc("---", "title: Raw dylib kind", "---", "", "# Summary", "", "Text.", "", "# Motivation", "", "Text.");
        Lint.Markdown(text).Has("INCL322", 5);
    }

    // kubernetes/enhancements: a KEP's front matter is its metadata record for kepval, shown by GitHub as a table.
    [Fact]
    public void A_kep_metadata_title_is_not_a_second_h1()
    {
        var text = Lint.Doc("---", "title: Image garbage collection whitelist", "owning-sig: sig-node", "status: implemented", "---", "", "# image-garbage-collector-whitelist", "", "## Summary", "", "Text.");
        var findings = Lint.Markdown(text, path: "keps/sig-node/20190322-image-gc-whitelist.md");
        findings.HasNot("INCL322");
        findings.HasNot("INCL321");
        Lint.Markdown(Lint.Doc("---", "kep-number: 36", "title: Force eviction", "---", "", "# Title", "", "Node Failure Recovery")).HasNot("INCL322");
    }

    [Fact]
    public void A_kep_pages_own_h1s_still_count()
    {
        var text = Lint.Doc("---", "title: Image garbage collection whitelist", "owning-sig: sig-node", "---", "", "# image-garbage-collector-whitelist", "", "# Summary", "", "Text.");
        Lint.Markdown(text).Exactly("INCL322", 8);
        // An EIP's front matter is rendered by its Jekyll site as the page's h1: a ### after it is still a skip.
        Lint.Markdown(Lint.Doc("---", "eip: 155", "title: Simple replay attack protection", "status: Final", "---", "", "### Hard fork")).Exactly("INCL320", 7);
    }

    // Backstage's ADRs: Docusaurus shows the front-matter title only when the Markdown has no # heading of its own.
    [Fact]
    public void A_docusaurus_title_is_not_a_second_h1_when_the_page_has_its_own()
    {
        var text = Lint.Doc("---", "id: adrs-adr010", "title: ADR010: Use the Luxon Date Library", "description: Architecture Decision Record (ADR) for Luxon Date Library", "---", "", "# ADR010: Luxon Date Library", "", "## Status", "", "Proposed");
        Lint.Markdown(text).HasNot("INCL322");
        Lint.Markdown(Lint.Doc("---", "sidebar_position: 2", "title: Guide", "---", "", "# Guide", "", "## Setup")).HasNot("INCL322");
    }

    [Fact]
    public void A_docusaurus_title_still_opens_a_page_without_its_own_h1()
    {
        // oauth2-proxy's id: overview page: the front-matter title is the page's h1, so a ### after it skips level 2.
        var findings = Lint.Markdown(Lint.Doc("---", "id: overview", "title: Overview", "---", "", "Text.", "", "### Config File"));
        findings.Exactly("INCL320", 8);
        findings.HasNot("INCL321");
        // Two # headings of its own are still two.
        Lint.Markdown(Lint.Doc("---", "id: guide", "title: Guide", "---", "", "# Guide", "", "# Second")).Exactly("INCL322", 8);
    }

    // The Windows Community Toolkit's DocFX pages: no ms. key or uid, but DocFX-only markup in the body.
    [Theory]
    [InlineData("> [!div class=\"nextstepaction\"]\n> [Try it in the sample app](uwpct://Controls?sample=MasterDetailsView)")]
    [InlineData("A [`MasterDetailPage`](xref:Xamarin.Forms.MasterDetailPage) is a root page.")]
    public void A_docfx_markup_page_title_is_not_a_second_h1(string body)
    {
        var text = Lint.Doc("---", "title: MasterDetailsView XAML Control", "author: nmetulev", "---", "", "# MasterDetailsView XAML Control", "", body, "", "## Syntax", "", "Text.");
        Lint.Markdown(text).HasNot("INCL322");
    }

    [Fact]
    public void A_page_with_github_alerts_only_still_counts_its_front_matter_title()
    {
        // GitHub renders > [!NOTE] too, so it does not make a DocFX page; a second # after the DocFX markup is still reported.
        Lint.Markdown(Lint.Doc("---", "title: Guide", "---", "", "# Guide", "", "> [!NOTE]", "> Read this.")).Exactly("INCL322", 5);
        Lint.Markdown(Lint.Doc("---", "title: Guide", "---", "", "# Guide", "", "> [!div class=\"nextstepaction\"]", "> [Next](next.md)", "", "# Second")).Exactly("INCL322", 10);
    }

    // YARP's and EF Core's DocFX sites: DocFX's cross-reference uid marks a DocFX article, whose title is the tab's.
    [Fact]
    public void A_docfx_uid_article_title_is_not_a_second_h1()
    {
        var text = Lint.Doc("---", "uid: getting-started", "title: Getting Started with YARP", "---", "", "# Getting Started with YARP", "", "## Create a new project", "", "Text.");
        var findings = Lint.Markdown(text);
        findings.HasNot("INCL322");
        findings.HasNot("INCL321");
    }

    [Fact]
    public void A_docfx_uid_article_still_counts_its_own_h1s_and_a_uid_like_key_is_not_docfx()
    {
        Lint.Markdown(Lint.Doc("---", "uid: guide", "title: Guide", "---", "", "# Guide", "", "# Second", "", "Text.")).Exactly("INCL322", 8);
        // "uuid" or "user_id" are not DocFX's key: the title stays the page's h1.
        Lint.Markdown(Lint.Doc("---", "uuid: 1f3a", "title: Guide", "---", "", "# Guide")).Exactly("INCL322", 6);
    }

    [Fact]
    public void Front_matter_title_key_is_configurable()
    {
        var text = Lint.Doc("---", "name: Guide", "---", "", "# Guide");
        Lint.Markdown(text).HasNot("INCL322");
        Lint.Markdown(text, a11y: o => o.FrontMatterTitleKeys = new List<string> { "name" }).Exactly("INCL322", 5);
        Lint.Markdown(Lint.Doc("---", "title: Guide", "---", "", "# Guide"), a11y: o => o.FrontMatterTitleKeys = new List<string>()).HasNot("INCL322");
    }

    [Fact]
    public void Role_heading_with_aria_level_counts()
    {
        var findings = Lint.Html(Lint.Doc("<h1>Title</h1>", "<div role=\"heading\" aria-level=\"4\">Deep</div>", "<div role=\"heading\">Two</div>"));
        findings.Exactly("INCL320", 2);
    }

    [Fact]
    public void H6_with_another_role_is_not_a_heading()
    {
        Lint.Html(Lint.Doc("<h1>Title</h1>", "<h6 role=\"banner\">Site</h6>")).HasNot("INCL320");
    }

    [Fact]
    public void Html_first_heading_in_a_fragment_is_unconstrained()
    {
        var findings = Lint.Html(Lint.Doc("<h3>Part</h3>", "<h4>Sub</h4>"));
        findings.HasNot("INCL320");
        findings.HasNot("INCL321");
    }

    [Fact]
    public void Fragments_skip_first_heading_and_single_h1_rules()
    {
        var text = Lint.Doc("### Part", "", "# One", "", "# Two");
        Lint.Markdown(text, path: "_includes/part.md").OnlyRules();
        Lint.Markdown(text, path: "docs/_part.md").OnlyRules();
        Lint.Markdown("<!-- inclusive-document: fragment -->\n" + text).OnlyRules();
        var standalone = Lint.Markdown(text);
        standalone.Exactly("INCL321", 1);
        standalone.Exactly("INCL322", 5);
    }

    [Fact]
    public void Fragment_globs_are_configurable()
    {
        var text = Lint.Doc("### Part");
        Lint.Markdown(text, path: "docs/shared/part.md", a11y: o => o.FragmentGlobs = new List<string> { "docs/shared/**" }).HasNot("INCL321");
        Lint.Markdown(text, path: "docs/shared/part.md").Exactly("INCL321", 1);
    }

    [Fact]
    public void Html_h1_is_accepted_as_first_heading_in_markdown()
    {
        Lint.Markdown(Lint.Doc("<p align=\"center\"><img src=\"logo.png\" alt=\"Acme\"></p>", "", "<h1>Acme</h1>", "", "## Install")).OnlyRules();
    }

    [Fact]
    public void Top_level_heading_is_configurable()
    {
        var text = Lint.Doc("## One", "", "## Two");
        Lint.Markdown(text, a11y: o => { o.TopLevelHeading = 2; o.FirstHeadingLevel = 2; }).Exactly("INCL322", 3);
    }

    [Fact]
    public void Html_page_without_h1_is_INCL323_only_for_full_pages()
    {
        const string page = "<!doctype html>\n<html lang=\"en\">\n<head><title>T</title></head>\n<body><h2>Part</h2></body>\n</html>\n";
        Lint.Html(page).Exactly("INCL323", 2);
        Lint.Html("<h2>Part</h2>\n").HasNot("INCL323");
        Lint.Html(page.Replace("<h2>Part</h2>", "<div role=\"heading\" aria-level=\"1\">Top</div><h2>Part</h2>")).HasNot("INCL323");
    }

    [Theory]
    [InlineData("#")]
    [InlineData("## ##")]
    [InlineData("###   ")]
    public void Empty_markdown_headings(string line)
    {
        Lint.Markdown("# Title\n\n" + line + "\n").Exactly("INCL324", 3);
    }

    [Fact]
    public void Heading_text_from_aria_label_or_hidden_text()
    {
        var findings = Lint.Html(Lint.Doc("<h2 aria-label=\"Setup\"></h2>", "<h2><span aria-hidden=\"true\">x</span></h2>", "<h2><!-- c --></h2>"));
        findings.Exactly("INCL324", 2, 3);
    }

    [Theory]
    [InlineData("**Documentation**", true)]
    [InlineData("_Setup_", true)]
    [InlineData("**Note:**", false)]
    [InlineData("**Bold** and plain", false)]
    [InlineData("**A sentence that ends.**", false)]
    public void Emphasis_used_as_heading(string line, bool reported)
    {
        var findings = Lint.Markdown("# T\n\n" + line + "\n\nText.\n");
        if (reported) findings.Exactly("INCL325", 3);
        else findings.HasNot("INCL325");
    }

    [Theory]
    [InlineData("**New in version 4.0**")]
    [InlineData("**Changed in v2**")]
    [InlineData("**Added in 3.11**")]
    [InlineData("**Note**")]
    [InlineData("**Warning**")]
    [InlineData("**Important**")]
    [InlineData("**Deprecated**")]
    [InlineData("**TL;DR**")]
    [InlineData("**WIP; TBD**")]          // autographql's README: a status mark as the whole of a section's content
    [InlineData("**TBD**")]
    [InlineData("_WIP_")]
    [InlineData("**Please note**")]       // MassTransit's README: requests and attention phrases label what follows
    [InlineData("**Pay attention**")]
    [InlineData("**Please read this first**")]
    [InlineData("**Important note**")]
    [InlineData("**Security warning**")]
    [InlineData("**Warning**: text after it")]
    [InlineData("_Released May 4, 2020_")]
    [InlineData("_Released Oct 1 2012_")]
    [InlineData("*Published 3 January 2021*")]
    [InlineData("**2020-05-04**")]
    [InlineData("_\"I fumbled it. I did not put in the effort.\"_")]
    [InlineData("*This page is a draft written by the documentation team, and it will change again before we publish it*")]
    [InlineData("**It failed. Then it worked**")]
    [InlineData("**one two three four five six seven eight nine ten eleven twelve thirteen**")]
    public void Call_out_labels_quotes_and_asides_are_not_fake_headings(string line)
    {
        Lint.Markdown("# T\n\n" + line + "\n\nText.\n").HasNot("INCL325");
    }

    // uuid's README.md (a removed function's section) and pm2's CHANGELOG.md (a remark under an item).
    [Theory]
    [InlineData("**_\"Intentionally left blank\"_**")]
    [InlineData("*\u201CIntentionally left blank\u201D*")]
    [InlineData("_'Here be dragons'_")]
    [InlineData("*SystemD, Upstart and Launchd scripts work like a charm*")]
    [InlineData("**Linux, macOS and Windows builds now run in parallel**")]
    public void Quotations_and_sentences_with_a_clause_are_not_fake_headings(string line)
    {
        Lint.Markdown("# T\n\n" + line + "\n\n- New way to install\n").HasNot("INCL325");
    }

    // From the seventeenth review (project READMEs): fzf's aside in parentheses, hoppscotch's line of chat links, and
    // awesome-go's lead-in to its sponsor table are not section titles.
    [Theory]
    [InlineData("_**(Custom completion API is experimental and subject to change)**_")]
    [InlineData("*(beta)*")]
    [InlineData("**Chat: _[Telegram](https://t.me/app), [Discord](https://discord.gg/app)_**")]
    [InlineData("**Docs: _`npm run docs`_**")]
    [InlineData("_Special thanks to_")]
    [InlineData("**Powered by**")]
    [InlineData("**Brought to you by the**")]
    public void Asides_link_lines_and_lead_ins_are_not_fake_headings(string line)
    {
        Lint.Markdown("# T\n\n" + line + "\n\nText.\n").HasNot("INCL325");
    }

    // PipeWire's pipewire-jack.conf.5.md lists the files it reads under SYNOPSIS, one italic path to a paragraph.
    [Theory]
    [InlineData("*$XDG_CONFIG_HOME/pipewire/jack.conf*")]
    [InlineData("*$(PIPEWIRE_CONFDATADIR)/jack.conf.d/*")]
    [InlineData("*/etc/pipewire/jack.conf*")]
    [InlineData("*~/.config/pipewire*")]
    [InlineData("**share/pipewire/jack.conf**")]
    public void An_italic_file_path_is_not_a_fake_heading(string line)
    {
        Lint.Markdown("# T\n\n" + line + "\n\nText.\n").HasNot("INCL325");
    }

    // PipeWire's pw-link.1.md and pw-metadata.1.md: a replaceable argument in italics, then what it is; a command in bold.
    [Fact]
    public void A_manual_pages_bold_commands_and_italic_arguments_are_not_fake_headings()
    {
        Lint.Markdown(ManualPage("# SYNOPSIS"), path: "doc/dox/programs/pw-link.1.md").HasNot("INCL325");
    }

    [Theory]
    // Not named for a manual section, or named so without the manual's outline.
    [InlineData("doc/dox/programs/pw-link.md", "# SYNOPSIS")]
    [InlineData("doc/dox/programs/pw-link.1.md", "# Connecting ports")]
    public void The_same_paragraphs_outside_a_manual_page_are_still_fake_headings(string path, string first)
    {
        Lint.Markdown(ManualPage(first), path: path).Exactly("INCL325", 9, 13);
    }

    private static string ManualPage(string first) => Lint.Doc("\\page page_man_pw-link_1 pw-link", "", first, "", "**pw-link** \\[*options*\\] *output* *input*", "",
        "# DESCRIPTION", "", "*port-id*", "", "As obtained with the -I option when listing ports.", "", "**pw-metadata**", "", "Show metadata in default name.");

    [Theory]
    [InlineData("**Input/Output**")]
    [InlineData("**Audio/MIDI setup**")]
    [InlineData("*Configuration files*")]
    public void A_title_with_a_slash_between_words_is_still_a_fake_heading(string line)
    {
        Lint.Markdown("# T\n\n" + line + "\n\nText.\n").Exactly("INCL325", 3);
    }

    [Theory]
    [InlineData("**(Optional) Configuration**")]        // brackets inside, not around
    [InlineData("**(1) Setup and (2) Teardown**")]      // two bracketed parts, not one aside
    [InlineData("**Chat: _Telegram and Discord_**")]    // the same shape without links
    [InlineData("**Special thanks**")]
    [InlineData("**Terms of use**")]                   // 'of' inside, a noun last
    [InlineData("**A**")]                              // one word: nothing follows it to run on into
    public void Titles_close_to_asides_and_lead_ins_are_still_fake_headings(string line)
    {
        Lint.Markdown("# T\n\n" + line + "\n\nText.\n").Exactly("INCL325", 3);
    }

    [Theory]
    [InlineData("**Contents**")]                                     // highlight.js's README.md
    [InlineData("**Installation**")]
    [InlineData("**Release notes**")]                                 // "notes" ends a title, not a call-out
    [InlineData("**More info**")]
    [InlineData("**Wiping the cache**")]                              // a title starting like a status mark
    [InlineData("**Tips, tricks and gotchas**")]                      // a comma list of a few nouns
    [InlineData("**Building, testing and publishing the package**")] // seven words
    [InlineData("**The \"quick\" start**")]                           // quote marks inside, not around
    [InlineData("**\"Quick\" start**")]
    [InlineData("**\"Quick\" and \"full\"**")]                        // two quoted words, not one quotation
    public void Titles_with_commas_or_quote_marks_inside_are_still_fake_headings(string line)
    {
        Lint.Markdown("# T\n\n" + line + "\n\nText.\n").Exactly("INCL325", 3);
    }

    // From the Debian documentation review (pip's MyST issue-triage page): a definition list's term a blank line above
    // its ": definition" is a term, not a heading.
    [Theory]
    [InlineData("**needs rebase or merge**\n\n: this is a special label used to mark PRs that have merge\nconflicts\n")]
    [InlineData("*trivial*\n\n:\ta label for small pull requests\n")]
    public void A_definition_list_term_above_its_definition_is_not_a_fake_heading(string list)
    {
        Lint.Markdown("# T\n\n" + list).HasNot("INCL325");
    }

    [Theory]
    [InlineData("**Installation**\n\n:memo: Read the notes first.\n")] // an emoji code, not a definition
    [InlineData("**Installation**\n\nRun: npm install\n")]
    public void A_bold_line_over_a_paragraph_that_is_no_definition_is_still_a_fake_heading(string text)
    {
        Lint.Markdown("# T\n\n" + text).Exactly("INCL325", 3);
    }

    [Theory]
    [InlineData("# T\n\n**Thanks for reading**\n")]
    [InlineData("# T\n\n**Happy hacking**\n\n## Next part\n")]
    [InlineData("# T\n\n**Part one**\n\n---\n")]
    public void Bold_line_with_nothing_to_title_is_not_a_fake_heading(string text)
    {
        Lint.Markdown(text).HasNot("INCL325");
    }

    [Theory]
    [InlineData("**Meets the definition of open source**", "<div>\n  <input type=\"checkbox\" id=\"c1\">\n</div>")]
    [InlineData("**Release notes**", "- Fixed the crash.")]
    [InlineData("**Version history**", "Text.")]
    [InlineData("__Installation__", "```\nnpm i\n```")]
    [InlineData("**one two three four five six seven eight nine ten eleven twelve**", "Text.")]
    public void Short_bold_titles_before_content_are_fake_headings(string line, string next)
    {
        Lint.Markdown("# T\n\n" + line + "\n\n" + next + "\n").Exactly("INCL325", 3);
    }

    // From the judged final sample (fastify's testing guide): a file name in bold right above its code.
    [Theory]
    [InlineData("**test.js**\n```js\nrun();\n```")]
    [InlineData("**Example**\n```\nnpm i\n```")]
    [InlineData("**src/app.js**\n\n```js\nrun();\n```")]
    [InlineData("_Dockerfile.dev_\n\n    FROM node")]
    public void Caption_of_the_code_below_is_not_a_fake_heading(string block)
    {
        Lint.Markdown("# T\n\n" + block + "\n").HasNot("INCL325");
    }

    [Theory]
    [InlineData("**Example**\n\n```\nnpm i\n```")]
    [InlineData("**app.js**\n\nThe server starts here.")]
    [InlineData("**Options**\n\n- `store`: where responses go")]
    public void Bold_title_apart_from_code_or_before_prose_is_still_a_fake_heading(string block)
    {
        Lint.Markdown("# T\n\n" + block + "\n").Exactly("INCL325", 3);
    }

    [Fact]
    public void Emphasis_inside_list_items_is_not_a_heading()
    {
        Lint.Markdown("# T\n\n- **Documentation**\n").HasNot("INCL325");
    }

    [Theory]
    [InlineData("#Heading", true)]
    [InlineData("##Setup steps", true)]
    [InlineData("####### Seven", true)]
    [InlineData("#123 fixed the crash", false)]
    [InlineData("# Proper heading", false)]
    // A hashtag opening a sentence (the A11Y Project's "#SayTheWord" post) is no heading; a title missing its space still is.
    [InlineData("#SayTheWord \u2018disability\u2019 and when in doubt, ask.", false)]
    [InlineData("#a11y is short for accessibility, with eleven letters in between.", false)]
    [InlineData("#Getting started", true)]
    [InlineData("#Installation.", true)]
    public void Broken_heading_syntax(string line, bool reported)
    {
        var findings = Lint.Markdown("Intro.\n\n" + line + "\n");
        if (reported) findings.Exactly("INCL326", 3);
        else findings.HasNot("INCL326");
    }

    [Fact]
    public void Docfx_tab_headings_are_not_outline_entries()
    {
        var text = Lint.Doc("# Install", "", "# [Linux](#tab/linux)", "", "Text.", "", "# [Windows](#tab/windows)", "", "Text.");
        var findings = Lint.Markdown(text);
        findings.HasNot("INCL322");
        findings.HasNot("INCL333");
    }

    // knex's CHANGELOG: every release at level 1, its sections at level 3 (340 findings in one file before).
    private static string Changelog(int releases)
    {
        var lines = new List<string>();
        for (int i = releases; i > 0; i--) lines.AddRange(new[] { $"# 3.{i}.0 - release", "", "### Bug fixes", "", "- Fixed a thing.", "" });
        return Lint.Doc(lines.ToArray());
    }

    [Fact]
    public void An_outline_decision_repeated_through_a_changelog_is_reported_once_with_its_count()
    {
        var findings = Lint.Markdown(Changelog(12), path: "CHANGELOG.md");
        findings.Exactly("INCL322", 7); // the second release heading only
        findings.Exactly("INCL320", 3); // the first level-3 section only
        Assert.Contains("12 level-1 headings", findings.Single(f => f.RuleId == "INCL322").Message);
        Assert.Contains("comes 12 times", findings.Single(f => f.RuleId == "INCL320").Message);
    }

    [Fact]
    public void Without_the_fold_every_repeat_of_an_outline_decision_is_reported()
    {
        // --no-fold and InclusiveFoldRepeatedFindings=false: every occurrence, with the message of a single one.
        var options = new DocumentScanOptions { FoldRepeatedOutline = false };
        var findings = new DocumentScanner(options).Scan("CHANGELOG.md", Changelog(12));
        Assert.Equal(11, findings.Count(f => f.RuleId == "INCL322"));
        Assert.Equal(12, findings.Count(f => f.RuleId == "INCL320"));
        Assert.DoesNotContain(findings, f => f.Message.Contains("reported on the"));
    }

    [Fact]
    public void Fewer_repeats_than_the_fold_are_each_reported()
    {
        var findings = Lint.Markdown(Changelog(HeadingOutlineRules.FoldAt - 1), path: "CHANGELOG.md");
        Assert.Equal(HeadingOutlineRules.FoldAt - 2, findings.Count(f => f.RuleId == "INCL322"));
        Assert.Equal(HeadingOutlineRules.FoldAt - 1, findings.Count(f => f.RuleId == "INCL320"));
        Assert.DoesNotContain(findings, f => f.Message.Contains("reported on the"));
    }

    [Fact]
    public void Other_skips_in_a_folded_document_are_still_reported_each()
    {
        // The repeated 1 -> 3 step is folded; a single 3 -> 5 step elsewhere is its own finding.
        var text = Changelog(10) + Lint.Doc("# 0.1.0", "", "### Notes", "", "##### Deep");
        var findings = Lint.Markdown(text, path: "CHANGELOG.md");
        Assert.Equal(2, findings.Count(f => f.RuleId == "INCL320"));
        Assert.Single(findings, f => f.RuleId == "INCL320" && f.Message.Contains("level-5"));
    }
}
