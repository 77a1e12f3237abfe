using InclusiveAnalyzers.Documents.Wording;

namespace InclusiveAnalyzers.Documents.Tests.Wording;

/// <summary>
/// A generated API member's description that opens by restating the member's name (the Python docs'
/// <c>ftplib.FTP.abort()</c>: "Abort a file transfer that is in progress.") opens with the API's name.
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
    public void A_description_opening_with_the_members_own_name_opens_with_a_name(string id, string description)
    {
        Assert.Empty(Flagged("library/page.html", Member(id, description)));
    }

    [Theory]
    [InlineData("ftplib.FTP.abort", "Stops it; the abort may fail.", "abort")] // not its first word
    [InlineData("sqlite3.Connection.interrupt", "Abort any queries that might be executing.", "Abort")] // another member's name
    [InlineData("ftplib.FTP.abort", "Abort a file transfer, or abort the session.", "abort")] // the rest is prose
    [InlineData("x.ab", "Abort it.", "Abort")] // too short to be a member name we trust
    public void Other_words_of_the_description_are_still_read(string id, string description, string expected)
    {
        Assert.Equal(new[] { expected }, Flagged("library/page.html", Member(id, description)));
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
    [InlineData("Abort", "abort", true)]
    [InlineData("aborting", "abort", true)]
    [InlineData("Closing", "close", true)]
    [InlineData("closed", "close", true)]
    [InlineData("abortive", "abort", false)]
    [InlineData("abor", "abort", false)]
    public void Forms_of_the_name_are_the_name_with_a_regular_ending(string word, string name, bool expected)
    {
        Assert.Equal(expected, ApiDescriptions.IsFormOf(word, 0, word.Length, name));
    }
}
