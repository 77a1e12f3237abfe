using InclusiveAnalyzers.Documents.Wording;

namespace InclusiveAnalyzers.Documents.Tests.Wording;

/// <summary>
/// A quotation mark written as a character reference quotes as the mark itself does: HTML must write a double
/// quote inside an attribute as &amp;quot; (the Python docs' title="Build a &amp;quot;dumb&amp;quot; installer").
/// </summary>
public class QuoteEntityTests
{
    private static string[] Flagged(string path, string text)
        => Lint.Scan(path, text).Where(f => f.RuleId == "INCL201").Select(f => text.Substring(f.Offset, f.Length)).ToArray();

    [Theory]
    [InlineData("<p><a href=\"x.html\" title=\"bdist_dumb: Build a &quot;dumb&quot; installer\">x</a></p>")]
    [InlineData("<p>Build a &ldquo;dumb&rdquo; installer.</p>")]
    [InlineData("<p>Build a &#8220;dumb&#8221; installer.</p>")]
    [InlineData("<p>Build a &#x201C;dumb&#x201D; installer.</p>")]
    [InlineData("<p>The format is called &#34;dumb&#34;.</p>")]
    [InlineData("<p>Build a &lsquo;dumb&rsquo; installer.</p>")]
    public void A_word_quoted_with_character_references_in_html_is_quoted(string html)
    {
        Assert.Empty(Flagged("site/page.html", html + "\n"));
        Assert.Empty(Flagged("site/page.html", System.Net.WebUtility.HtmlDecode(html) + "\n")); // as the same marks written out
    }

    // From the Debian documentation review: AsciiDoc (git's manual pages) writes git's ref operators as references.
    [Theory]
    [InlineData("<p>e.g. <em>HEAD&#126;, master&#126;3</em></p>")]
    [InlineData("<p>\"git rev-list &#94;master topic1 topic2\"</p>")]
    [InlineData("<p>the parent master&#x5E;2 and &Hat;master</p>")]
    public void Git_ref_operators_written_as_references_are_refs(string html)
    {
        Assert.Empty(Flagged("site/gitrevisions.html", html + "\n"));
        Assert.Empty(Flagged("site/gitrevisions.html", System.Net.WebUtility.HtmlDecode(html) + "\n"));
    }

    [Theory]
    [InlineData("<p>merge it into master &#126; 3 times a week</p>", "master")] // an operator apart from the word
    [InlineData("<p>the master &#94; branch</p>", "master")]
    public void A_ref_operator_apart_from_the_word_makes_no_ref(string html, string expected)
    {
        Assert.Equal(new[] { expected }, Flagged("site/page.html", html + "\n"));
    }

    [Fact]
    public void Markdown_text_with_quote_references_reads_as_with_the_marks()
    {
        // A quoted value is a name either way; scare quotes around a noun in use (an article before, 'of' after:
        // sails' docs) are a use either way.
        Assert.Empty(Flagged("docs/a.md", "The state is &ldquo;slave&rdquo; until promoted.\n"));
        Assert.Empty(Flagged("docs/a.md", "The state is \u201Cslave\u201D until promoted.\n"));
        Assert.Equal(new[] { "whitelist" }, Flagged("docs/a.md", "A &ldquo;whitelist&rdquo; of locals to expose.\n"));
        Assert.Equal(new[] { "whitelist" }, Flagged("docs/a.md", "A \u201Cwhitelist\u201D of locals to expose.\n"));
    }

    [Theory]
    [InlineData("<p>Don&rsquo;t be dumb about it.</p>", "dumb")] // an apostrophe inside a word quotes nothing
    [InlineData("<p>&quot;Keep it&quot; on the whitelist.</p>", "whitelist")] // the quote is elsewhere
    [InlineData("<p>The whitelist &amp; the blacklist.</p>", "whitelist,blacklist")] // other references stay as they are
    [InlineData("<p>A dumb&quot; installer.</p>", "dumb")] // no opening mark
    public void Words_not_quoted_are_still_read(string html, string expected)
    {
        Assert.Equal(expected.Split(','), Flagged("site/page.html", html + "\n"));
    }

    [Theory]
    [InlineData("quot", '"')]
    [InlineData("#x22", '"')]
    [InlineData("apos", '\'')]
    [InlineData("#X201d", '\u201D')]
    [InlineData("raquo", '\u00BB')]
    [InlineData("amp", '\0')]
    [InlineData("#8222", '\0')]
    [InlineData("Quot", '\0')] // references are case-sensitive
    public void Quote_references_decode_to_their_marks(string name, char expected)
    {
        Assert.Equal(expected, QuoteEntities.Decode(name, 0, name.Length));
    }
}
