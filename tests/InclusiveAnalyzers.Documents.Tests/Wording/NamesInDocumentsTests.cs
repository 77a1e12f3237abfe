namespace InclusiveAnalyzers.Documents.Tests.Wording;

/// <summary>
/// Names are not words: API signatures in HTML that documentation generators write, their index
/// pages, and link texts that name what they link to. The prose around them is still read.
/// </summary>
public class NamesInDocumentsTests
{
    private static string[] Flagged(string path, string text)
        => Lint.Scan(path, text).Where(f => f.RuleId == "INCL201").Select(f => text.Substring(f.Offset, f.Length)).ToArray();

    [Theory]
    // Sphinx 4+ (dl.py / dt.sig with span.pre and em.sig-param)
    [InlineData("<dl class=\"py class\"><dt class=\"sig sig-object py\" id=\"tkinter.Tk\"><em class=\"property\"><span class=\"pre\">class</span> </em><span class=\"sig-prename descclassname\"><span class=\"pre\">tkinter.</span></span><span class=\"sig-name descname\"><span class=\"pre\">Tk</span></span><span class=\"sig-paren\">(</span><em class=\"sig-param\"><span class=\"n\"><span class=\"pre\">master</span></span><span class=\"o\"><span class=\"pre\">=</span></span><span class=\"default_value\"><span class=\"pre\">None</span></span></em><span class=\"sig-paren\">)</span></dt><dd><p>Creates a toplevel widget.</p></dd></dl>")]
    // Sphinx 3 (no dt.sig, code.sig-name and em.sig-param)
    [InlineData("<dl class=\"method\"><dt id=\"x.body\"><code class=\"sig-name descname\">body</code><span class=\"sig-paren\">(</span><em class=\"sig-param\">master</em><span class=\"sig-paren\">)</span></dt><dd><p>Builds the body.</p></dd></dl>")]
    // A dt.sig whose end tag was left out
    [InlineData("<dl><dt class=\"sig\">body(master)<dd><p>Builds the body.</p></dl>")]
    // Doxygen member documentation
    [InlineData("<table class=\"memname\"><tr><td class=\"memname\">void Node::setMaster </td><td>(</td><td class=\"paramtype\">Node *&#160;</td><td class=\"paramname\"><em>master</em></td><td>)</td></tr></table><div class=\"memdoc\"><p>Sets the parent node.</p></div>")]
    // DocFX: API member heading with a uid, parameter tables, cross references
    [InlineData("<h4 id=\"Redis_Master\" data-uid=\"Redis.Master\">Master</h4><table><tr><td><a class=\"xref\" href=\"Redis.MasterNode.html\">MasterNode</a></td><td><span class=\"parametername\">master</span></td><td><p>The node to use.</p></td></tr></table>")]
    // Javadoc
    [InlineData("<div class=\"member-signature\"><span class=\"return-type\">void</span>&nbsp;<span class=\"member-name\">setMaster</span>(Node&nbsp;master)</div><div class=\"block\">Sets the node.</div>")]
    // gtk-doc: a parameter table of g_signal_accumulator_first_wins (its gpointer named dummy) and a summary row
    [InlineData("<table class=\"parameters\"><tr><td class=\"parameter_name\"><p>dummy</p></td><td class=\"parameter_description\"><p>standard <span class=\"type\">GSignalAccumulator</span> parameter</p></td></tr></table>")]
    [InlineData("<table><tr><td class=\"function_type\"><span class=\"returnvalue\">GdkDevice</span> *</td><td class=\"function_name\"><a class=\"link\" href=\"GdkSeat.html#gdk-seat-get-master\" title=\"gdk_seat_get_master ()\">gdk_seat_get_master</a> ()</td></tr></table>")]
    // Sphinx's generated index
    [InlineData("<table class=\"indextable genindextable\"><tr><td><ul><li><a href=\"tkinter.html#tkinter.Tk\">master (tkinter.Tk attribute)</a></li></ul></td></tr></table>")]
    public void Signatures_and_index_entries_of_generated_docs_are_names(string html)
    {
        Assert.Empty(Flagged("api/page.html", html + "\n"));
    }

    [Theory]
    [InlineData("<dl class=\"py class\"><dt class=\"sig sig-object py\"><span class=\"sig-name descname\"><span class=\"pre\">Tk</span></span></dt><dd><p>The master widget holds the others.</p></dd></dl>", "master")]
    [InlineData("<h4>Master</h4><p>Text.</p>", "Master")] // a heading without a uid is prose
    [InlineData("<p class=\"sigh\">the master copy</p>", "master")] // only whole class names count
    [InlineData("<table class=\"docutils\"><tr><td>the master copy</td></tr></table>", "master")]
    // gtk-doc: the description cell beside a parameter name is prose
    [InlineData("<table class=\"parameters\"><tr><td class=\"parameter_name\"><p>device</p></td><td class=\"parameter_description\"><p>a slave device</p></td></tr></table>", "slave")]
    public void Prose_next_to_names_is_still_read(string html, string expected)
    {
        Assert.Equal(new[] { expected }, Flagged("api/page.html", html + "\n"));
    }

    [Fact]
    public void Signature_markup_in_raw_html_of_markdown_is_a_name_too()
    {
        Assert.Empty(Flagged("docs/api.md", "# API\n\n<dl><dt class=\"sig\">Tk(master=None)</dt><dd>Creates it.</dd></dl>\n"));
    }

    [Theory]
    [InlineData("[Middleman](https://middlemanapp.com/) builds static sites.")]
    [InlineData("See how @tdreyno answered a pull request on [Middleman](https://github.com/middleman/middleman/pull/1466).")]
    [InlineData("[Middleman][mm] builds static sites.\n\n[mm]: https://middlemanapp.com/")]
    [InlineData("Use [Slave Labs](https://www.npmjs.com/package/slave-labs) for tests.")]
    [InlineData("Use [Slave Labs](https://slavelabs.example.org/) for tests.")]
    [InlineData("İşte [Middleman'daki](https://github.com/middleman/middleman/pull/1466) PR.\n\n![Middleman pull request](/a.png)")]
    [InlineData("Built with [Middleman’s](https://middlemanapp.com/) help.")]
    public void Markdown_link_text_that_names_its_target_is_a_name(string markdown)
    {
        Assert.Empty(Flagged("docs/guide.md", markdown + "\n"));
    }

    [Theory]
    [InlineData("Merge into [the master branch](https://x.org/docs).", "master branch")]
    [InlineData("Merge into [master](https://github.com/o/r/tree/master).", "master")] // a ref deep in the path, not a project
    [InlineData("Read [the middleman guide](https://middlemanapp.com/).", "middleman")] // a phrase, not the name
    [InlineData("Read [Middleman](/docs/middleman.md).", "Middleman")] // a page of this site, no name in a host
    [InlineData("Read [Middleman](https://example.org/guides/tools/middleman).", "Middleman")] // deep page slug
    [InlineData("Use [Slave Labs](https://example.org/tools) for tests.", "Slave")]
    public void Link_text_that_does_not_name_its_target_is_still_a_finding(string markdown, string expected)
    {
        Assert.Equal(new[] { expected }, Flagged("docs/guide.md", markdown + "\n"));
    }

    [Fact]
    public void A_name_established_by_a_link_is_a_name_elsewhere_in_the_document()
    {
        var text = "We answered a pull request on [Middleman](https://github.com/middleman/middleman/pull/1466).\n\n" +
                   "![Middleman pull request](/assets/middleman_pr.png)\n\nNo middleman should sit between you and users.\n";
        Assert.Equal(new[] { "middleman" }, Flagged("docs/guide.md", text));
    }

    // From the Open Source Guide's translations (es, id, zh): the screenshot of the Middleman pull request.
    [Theory]
    [InlineData("![middleman pull request](/assets/images/building-community/middleman_pr.png)")]
    [InlineData("![A MIDDLEMAN pull request](https://example.org/shots/Middleman-PR.png?raw=true)")]
    [InlineData("![cerere de pull middleman](../img/pr-middleman.jpg)")]
    public void An_image_named_after_a_linked_name_names_it_in_its_alt_text_in_any_case(string image)
    {
        var text = "Here is how @tdreyno answered a pull request on [Middleman](https://github.com/middleman/middleman/pull/1466):\n\n" + image + "\n";
        Assert.Empty(Flagged("docs/guide.md", text));
    }

    [Theory]
    [InlineData("[Middleman](https://github.com/middleman/middleman/pull/1466)\n\n![middleman pull request](/assets/pr.png)", "middleman")] // the file is not named after it
    [InlineData("![middleman pull request](/assets/middleman_pr.png)", "middleman")] // no link made it a name
    [InlineData("[Middleman](https://middlemanapp.com/)\n\n![the master branch of middleman](/assets/middleman-master.png)", "master branch")] // other words of the alt
    [InlineData("[Middleman](https://middlemanapp.com/)\n\n![middlemen](/assets/middlemen.png)", "middlemen")] // another word than the name
    public void Alt_text_that_does_not_name_the_linked_project_is_still_read(string markdown, string expected)
    {
        Assert.Equal(new[] { expected }, Flagged("docs/guide.md", markdown + "\n"));
    }

    // From the Python docs (library/tkinter.ttk.html): Tk's master (the parent widget) far from any Tk word, on a page about Tk.
    private static readonly string FarFromTitle = string.Concat(Enumerable.Repeat("<p>Notebook widgets draw their tabs and panes in the current theme.</p>\n", 30));

    [Theory]
    [InlineData("<title>tkinter.ttk \u2014 Tk themed widgets \u2014 Python 3.11 documentation</title>", "Traversal only works if all panes have the notebook they are in as master.")]
    [InlineData("<title>node-gyp: building native add-ons</title>", "Run gyp again after an upgrade.")]
    public void A_system_named_in_the_page_title_makes_its_fixed_names_hold_on_every_line(string title, string sentence)
    {
        var html = "<!DOCTYPE html>\n<html lang=\"en\"><head>" + title + "</head><body>\n" + FarFromTitle + "<p>" + sentence + "</p></body></html>\n";
        Assert.Empty(Flagged("library/page.html", html));
    }

    [Theory]
    [InlineData("<title>pickle — Python object serialization</title>", "Keep the master copy safe.", "master")] // no Tk in the title
    [InlineData("", "Keep the master copy safe.", "master")] // no title
    [InlineData("<title>Build notes</title>", "Run gyp again after an upgrade.", "gyp")]
    [InlineData("<title>node-gyp: building native add-ons</title>", "Keep the master copy safe.", "master")] // another term's system
    public void A_page_about_something_else_still_reads_the_word(string title, string sentence, string expected)
    {
        var html = "<!DOCTYPE html>\n<html lang=\"en\"><head>" + title + "</head><body>\n" + FarFromTitle +
                   "<p>" + sentence + "</p></body></html>\n";
        Assert.Equal(new[] { expected }, Flagged("library/page.html", html));
    }

    [Fact]
    public void A_markdown_title_in_front_matter_or_a_first_heading_names_the_subject_too()
    {
        var body = string.Concat(Enumerable.Repeat("Layouts and widgets are covered below in detail.\n\n", 40)) + "Pass the window as master.\n";
        Assert.Empty(Flagged("docs/a.md", "---\ntitle: Tkinter layouts\n---\n\n" + body));
        Assert.Empty(Flagged("docs/b.md", "# Tkinter layouts\n\n" + body));
        Assert.Equal(new[] { "master" }, Flagged("docs/c.md", "# Window layouts\n\n" + body));
    }

    // From the reviews: fastify's Request.md (an AbortSignal that "is pre-created and also aborts") and the Python docs'
    // telnetlib page (Telnet's "AO (Abort output)" among the command constants).
    [Fact]
    public void Fixed_names_of_other_systems_in_real_pages_are_names()
    {
        const string fastify = "##### .signal\n\nAn `AbortSignal` that aborts when the handler timeout fires or the client\ndisconnects. When [`handlerTimeout`](./Server.md#factory-handler-timeout) is\nconfigured, the signal is pre-created and also aborts on timeout. Pass it to\n`fetch()`.\n";
        Assert.Empty(Flagged("docs/Reference/Request.md", fastify));
        const string telnet = "<p>The symbolic constants for the telnet commands are: IAC, DONT, DO, WONT, WILL,\nSE (Subnegotiation End), NOP (No Operation), DM (Data Mark), BRK (Break), IP\n(Interrupt process), AO (Abort output), AYT (Are You There), EC (Erase\nCharacter), EL (Erase Line), GA (Go Ahead), SB (Subnegotiation Begin).</p>\n";
        Assert.Empty(Flagged("library/telnetlib.html", telnet));
        Assert.Equal(new[] { "abort" }, Flagged("library/telnetlib.html", telnet.Replace("</p>", " Send AO to abort the output.</p>")));
    }

    // A shell comment in a fence ("# Tkinter setup"), a quoted heading or a YAML comment is not the page's title.
    [Theory]
    [InlineData("```sh\n# Tkinter setup\npip install tk\n```\n\n# Window layouts\n\n")]
    [InlineData("~~~~\n# Tkinter setup\n~~~\n# still code\n~~~~\n\n")]
    [InlineData("> # Tkinter layouts\n\n")]
    [InlineData("---\n# Tkinter layouts\nlayout: page\n---\n\n")]
    public void A_hash_line_that_is_not_a_heading_is_not_the_title(string top)
    {
        var body = string.Concat(Enumerable.Repeat("Layouts and widgets are covered below in detail.\n\n", 40)) + "Pass the window as master.\n";
        Assert.Equal(new[] { "master" }, Flagged("docs/a.md", top + body));
    }

    [Theory]
    [InlineData("```sh\n# install first\n```\n\n# Tkinter layouts\n\n")] // the real heading after a fence
    [InlineData("Tkinter layouts\n===============\n\n")] // a setext heading
    [InlineData("# *Tkinter* layouts\n\n")] // emphasis inside the heading
    public void The_first_real_level_one_heading_is_the_title(string top)
    {
        var body = string.Concat(Enumerable.Repeat("Layouts and widgets are covered below in detail.\n\n", 40)) + "Pass the window as master.\n";
        Assert.Empty(Flagged("docs/a.md", top + body));
    }

    [Theory]
    [InlineData("```sh\n# Tkinter setup\n```\n\n# Window layouts\n", "Window layouts")]
    [InlineData("~~~\n# a\n~~~~\n# Tk notes\n", "Tk notes")] // a longer run closes the fence
    [InlineData("```\n# a\n", "")] // an unclosed fence runs to the end
    [InlineData("    # indented code\n", "")]
    public void Without_a_parse_the_title_line_is_read_outside_fences(string text, string expected)
    {
        Assert.Equal(expected, InclusiveAnalyzers.Documents.Wording.DocumentSubject.FirstHeading(text));
    }

    [Fact]
    public void Subject_names_follow_the_mask_names_setting()
    {
        var text = "# Tkinter layouts\n\n" + string.Concat(Enumerable.Repeat("Layouts are covered below.\n\n", 60)) + "Pass the window as master.\n";
        Assert.Single(Lint.Scan("docs/a.md", text, """{ "maskNames": false }"""), f => f.RuleId == "INCL201");
    }

    [Fact]
    public void A_context_with_before_or_after_words_never_holds_for_the_title_alone()
    {
        // SQL Server's "master database" needs "database" after the word: a page titled SQL Server still reads "the master plan".
        var text = "# SQL Server tips\n\n" + string.Concat(Enumerable.Repeat("Indexes are covered below.\n\n", 60)) + "This is the master plan.\n";
        Assert.Equal(new[] { "master" }, Flagged("docs/a.md", text));
    }

    [Fact]
    public void Html_link_text_that_names_its_target_is_a_name()
    {
        var html = "<p><a href=\"https://middlemanapp.com/\">Middleman</a> and <a href=\"https://x.org/docs\">the master branch</a>; " +
                   "Middleman again, and a middleman.</p>\n";
        Assert.Equal(new[] { "master branch", "middleman" }, Flagged("site/page.html", html));
    }
    // From the judged final sample (undici's API reference): "- **abort** `function` - The abort function."
    [Theory]
    [InlineData("- **abort** `function` - The abort function.")]
    [InlineData("* **master** `string` - Name of the master option of this call.")]
    [InlineData("1. __whitelist__ `string[]`: hosts it accepts; the whitelist parameter is optional.")]
    public void Api_reference_entry_names_and_their_mentions_are_names(string markdown)
    {
        Assert.Empty(Flagged("docs/api.md", "# API\n\n" + markdown + "\n"));
    }

    [Theory]
    [InlineData("- **abort** `boolean` - Whether to abort the request.", "abort")] // a verb in the description
    [InlineData("- **abort** the request when the signal fires.", "abort")] // no type after it: prose
    [InlineData("Text with **master** `x` in the middle.", "master")] // not a list entry
    [InlineData("- **whitelist mode** `string` - Picks it.", "whitelist")] // more than one word in bold
    public void Prose_in_and_around_api_entries_is_still_read(string markdown, string expected)
    {
        Assert.Equal(new[] { expected }, Flagged("docs/api.md", "# API\n\n" + markdown + "\n"));
    }

    [Fact]
    public void Api_entry_names_are_reported_when_name_masking_is_off()
    {
        const string text = "# API\n\n- **abort** `function` - The abort function.\n";
        var findings = Lint.Scan("docs/api.md", text, """{ "maskNames": false }""").Where(f => f.RuleId == "INCL201").ToList();
        Assert.Equal(2, findings.Count);
    }
    // From the judged final sample (fastify's reference): the DOM's AbortSignal and its aborted state.
    [Theory]
    [InlineData("When the timeout fires, `request.signal` is aborted and a 503 is sent.")]
    [InlineData("An `AbortSignal` that aborts when the client disconnects.")]
    [InlineData("- **rollback(aborted)** - Dispatched on rollback.")]
    public void Signal_states_and_bold_signatures_are_names(string markdown)
    {
        Assert.Empty(Flagged("docs/api.md", "# API\n\n" + markdown + "\n"));
    }

    // From the Debian documentation review (node's stream docs): a parameter typed AbortSignal, its type in braces in the
    // Markdown and in angle brackets in the HTML, is described by its state; the verb for what it lets a caller do is prose.
    [Fact]
    public void A_parameter_typed_abort_signal_is_described_by_its_state_in_markdown()
    {
        const string item = "* `signal` {AbortSignal} aborted if the stream is destroyed allowing to\n  abort the `fn` call early.\n";
        Assert.Equal(new[] { "abort" }, Flagged("docs/api.md", "# API\n\n" + item));
    }

    [Fact]
    public void A_parameter_typed_abort_signal_is_described_by_its_state_in_html()
    {
        const string item = "<ul><li><code>signal</code> <a href=\"globals.html#class-abortsignal\" class=\"type\">&lt;AbortSignal&gt;</a> aborted if the stream is destroyed allowing to\nabort the <code>fn</code> call early.</li></ul>";
        Assert.Equal(new[] { "abort" }, Flagged("api/stream.html", "<html lang=\"en\"><head><title>Stream</title></head><body><h1>Stream</h1>" + item + "</body></html>"));
    }

    [Theory]
    [InlineData("The `request` is aborted by the client.", "aborted")] // a plain word in code is no code name
    [InlineData("Set `master_node` to the master you want.", "master")] // the code name is laid, never matched
    [InlineData("- **rollback(aborted)** - Dispatched when the transaction was aborted.", "aborted")]
    [InlineData("- **rollback** - Dispatched when the transaction was aborted.", "aborted")]
    public void Words_beside_code_names_and_signatures_are_still_read(string markdown, string expected)
    {
        Assert.Equal(new[] { expected }, Flagged("docs/api.md", "# API\n\n" + markdown + "\n"));
    }
}
