using InclusiveAnalyzers.Documents.Wording;

namespace InclusiveAnalyzers.Documents.Tests.Wording;

/// <summary>
/// A generated API member's description that restates the words of the member's name (the Python docs'
/// <c>ftplib.FTP.abort()</c>: "Abort a file transfer that is in progress."; <c>ConnectionAbortedError</c>: "raised when a
/// connection attempt is aborted by the peer") restates the API's name, in its first paragraph.
/// </summary>
public class ApiDescriptionTests
{
    private static string[] Flagged(string path, string text)
        => Lint.Scan(path, text).Where(f => f.RuleId == "INCL201").Select(f => text.Substring(f.Offset, f.Length)).ToArray();

    private static string Member(string id, string description)
        => "<dl class=\"py method\">\n<dt class=\"sig sig-object py\" id=\"" + id + "\">\n<span class=\"sig-name descname\"><span class=\"pre\">x</span></span>()</dt>\n<dd><p>" + description + "</p></dd></dl>\n";

    [Theory]
    [InlineData("ftplib.FTP.abort", "Abort a file transfer that is in progress.")]
    [InlineData("Request.abort", "Aborts the request.")]
    [InlineData("abort()", "Aborted requests raise an error.")] // Javadoc ids carry the parameter list
    [InlineData("Job.blacklist", "Blacklisting a job stops its retries.")]
    [InlineData("ConnectionAbortedError", "A subclass of ConnectionError, raised when a connection attempt\nis aborted by the peer.")]
    [InlineData("ftplib.FTP.abort", "Stops it; the abort may fail, or abort the session.")]
    [InlineData("distutils.command.bdist_dumb", "Builds a dumb archive.")]
    // A constant in capitals and its fixed message (the Python docs' errno page): the words are glued inside the name.
    [InlineData("errno.ECONNABORTED", "Software caused connection abort. This error is mapped to the\nexception ConnectionAbortedError.")]
    [InlineData("errno.ECONNABORTED", "Connection aborted.")]
    public void Words_of_the_members_own_name_in_its_description_are_its_name(string id, string description)
    {
        Assert.Empty(Flagged("library/page.html", Member(id, description)));
    }

    [Theory]
    [InlineData("sqlite3.Connection.interrupt", "Abort any queries that might be executing.", "Abort")] // another member's name
    [InlineData("x.ab", "Abort it.", "Abort")] // too short to be a member name we trust
    [InlineData("ConnectionAbortedError", "Raised on a connection to the master.", "master")] // other words of the description
    [InlineData("ftplib.FTP.abortive", "Abort a file transfer.", "Abort")] // another word than the name's
    [InlineData("errno.ECONNRESET", "Connection reset by peer; abort the session.", "abort")] // not inside this constant
    [InlineData("errno.ECONNABORTED", "Software caused connection abort; the master copy is kept.", "master")] // other words
    public void Other_words_of_the_description_are_still_read(string id, string description, string expected)
    {
        Assert.Equal(new[] { expected }, Flagged("library/page.html", Member(id, description)));
    }

    [Fact]
    public void Only_the_first_paragraph_of_the_description_restates_the_name()
    {
        var html = Member("ftplib.FTP.abort", "Abort a transfer.</p><p>To abort the whole session, close it.");
        Assert.Equal(new[] { "abort" }, Flagged("library/page.html", html));
    }

    // From the Debian documentation review: AsciiDoc's option lists (git-am's --abort) have no id, and Sphinx's option
    // ids are dashes (cmdoption-sphinx-quickstart-master); the option the <dt> holds is the member.
    [Theory]
    [InlineData("<dt class=\"hdlist1\">\n--abort\n</dt>\n<dd>\n<p>\n        Restore the original branch and abort the patching operation.\n</p>\n</dd>")]
    [InlineData("<dt class=\"sig sig-object std\" id=\"cmdoption-sphinx-quickstart-master\">\n<span class=\"sig-name descname\"><span class=\"pre\">--master</span></span><span class=\"sig-prename descclassname\"><span class=\"pre\">=MASTER</span></span><a class=\"headerlink\" href=\"#cmdoption-sphinx-quickstart-master\" title=\"Permalink to this definition\">\u00B6</a></dt>\n<dd><p>Master document name.</p></dd>")]
    [InlineData("<dt>-m, --master &lt;name&gt;</dt><dd><p>Master document name.</p></dd>")]
    [InlineData("<dt><code>--no-abort</code></dt><dd><p>Do not abort on the first error.</p></dd>")]
    public void An_option_in_a_term_is_the_member_its_description_restates(string entry)
    {
        Assert.Empty(Flagged("docs/git-am.html", "<dl>\n" + entry + "\n</dl>\n"));
    }

    [Theory]
    [InlineData("<dt class=\"hdlist1\">\n--quit\n</dt>\n<dd>\n<p>\n        Abort the patching operation but keep HEAD.\n</p>\n</dd>", "Abort")] // another option's name
    [InlineData("<dt>--abort (deprecated)</dt><dd><p>Abort the run.</p></dd>", "Abort")] // a word beside the option
    [InlineData("<dt>master branch</dt><dd><p>The master of all branches.</p></dd>", "master")] // a glossary term is no option
    [InlineData("<dt>--abort</dt><dd><p>Abort it.</p><p>To abort later, wait.</p></dd>", "abort")] // the second paragraph
    public void A_term_that_is_not_only_options_or_another_option_is_still_read(string entry, string expected)
    {
        Assert.Contains(expected, Flagged("docs/git-am.html", "<dl>\n" + entry + "\n</dl>\n"));
    }

    [Fact]
    public void A_term_without_a_member_around_it_is_still_read()
    {
        Assert.Equal(new[] { "abort" }, Flagged("library/page.html", "<dl><dt>Term</dt><dd><p>To abort a file transfer, close it.</p></dd></dl>\n"));
    }

    [Fact]
    public void Names_follow_the_mask_names_setting()
    {
        var html = Member("ftplib.FTP.abort", "Abort a file transfer that is in progress.");
        Assert.Single(Lint.Scan("library/page.html", html, """{ "maskNames": false }"""), f => f.RuleId == "INCL201");
    }

    [Theory]
    [InlineData("ftplib.FTP.abort", "abort")]
    [InlineData("java.util.List.add(int, E)", "add")]
    [InlineData("M:Acme.Queue.Blacklist(System.String)", "Blacklist")]
    [InlineData("a.b", null)]
    [InlineData("x.foo-bar", null)]
    [InlineData("", null)]
    public void The_member_name_is_the_last_part_of_the_id(string id, string? expected)
    {
        Assert.Equal(expected, ApiDescriptions.MemberName(id));
    }

    [Theory]
    [InlineData("ConnectionAbortedError", "connection,aborted,error")]
    [InlineData("bdist_dumb", "bdist,dumb")]
    [InlineData("HTTPMasterNode", "http,master,node")]
    [InlineData("abort", "abort")]
    [InlineData("x2_go", "")]
    public void A_member_name_splits_into_its_words(string name, string expected)
    {
        Assert.Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries), ApiDescriptions.NameParts(name));
    }

    [Theory]
    [InlineData("ECONNABORTED", "econnaborted")]
    [InlineData("SIGABRT", "sigabrt")]
    [InlineData("EIO", null)] // too short for its words to be told apart
    [InlineData("ConnectionAbortedError", null)]
    [InlineData("MASTER_HOST", "master_host")]
    public void A_constant_in_capitals_is_read_as_glued_words(string name, string? expected)
    {
        Assert.Equal(expected, ApiDescriptions.GluedConstant(name));
    }

    [Theory]
    [InlineData("abort", "econnaborted", true)]
    [InlineData("aborted", "econnaborted", true)]
    [InlineData("conn", "econnaborted", true)]
    [InlineData("con", "econnaborted", false)] // three letters are found inside too many constants
    [InlineData("master", "econnaborted", false)]
    public void A_word_is_found_inside_a_glued_constant(string word, string glued, bool expected)
    {
        Assert.Equal(expected, ApiDescriptions.IsWordIn(word, 0, word.Length, glued));
    }

    [Theory]
    [InlineData("Abort", "abort", true)]
    [InlineData("aborting", "abort", true)]
    [InlineData("Closing", "close", true)]
    [InlineData("closed", "close", true)]
    [InlineData("abortive", "abort", false)]
    [InlineData("aborted", "abort", true)]
    [InlineData("abort", "aborted", true)]
    [InlineData("abor", "abort", false)]
    public void Forms_of_the_name_are_the_name_with_a_regular_ending(string word, string name, bool expected)
    {
        Assert.Equal(expected, ApiDescriptions.IsFormOf(word, 0, word.Length, name));
    }

    [Fact]
    public void A_page_of_signatures_without_descriptions_leaves_the_prose_after_them_to_be_read()
    {
        // 20,000 <dt id> with no <dd>: no description is borrowed from far away (every search from a <dt> is bounded).
        var html = string.Concat(Enumerable.Repeat("<dl><dt id=\"q.abort\">q()</dt></dl>\n", 20_000)) + "<p>Abort it.</p>\n";
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.Equal(new[] { "Abort" }, Flagged("library/page.html", html)); // no <dd> of a member: prose
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"took {watch.Elapsed}");
    }
}
