using InclusiveAnalyzers.Core.Terms;

namespace InclusiveAnalyzers.Core.Tests.Terms;

public class TokenizerTests
{
    private static string[] Words(string text, TextKind kind = TextKind.Identifier)
    {
        var buffer = new Token[4];
        int count = Tokenizer.Tokenize(text, 0, text.Length, kind, ref buffer);
        return buffer.Take(count).Select(t => text.Substring(t.Start, t.Length) + (t.GapBefore == Gap.None ? "" : "(" + t.GapBefore + ")")).ToArray();
    }

    [Theory]
    [InlineData("HTTPMasterNode", "HTTP(Break)|Master|Node")]
    [InlineData("IMasterService", "I(Break)|Master|Service")]
    [InlineData("white_list", "white(Break)|list(Underscore)")]
    [InlineData("WHITELIST_MAX", "WHITELIST(Break)|MAX(Underscore)")]
    [InlineData("blackListed", "black(Break)|Listed")]
    [InlineData("_slaveCount", "slave(Break)|Count")]
    [InlineData("master-node", "master(Break)|node(Hyphen)")]
    [InlineData("Master2Node", "Master(Break)|2|Node")]
    [InlineData("XMLHttpRequest", "XML(Break)|Http|Request")]
    [InlineData("whitelistedIps", "whitelisted(Break)|Ips")]
    public void Splits_identifiers_into_word_parts(string identifier, string expected)
        => Assert.Equal(expected, string.Join("|", Words(identifier)));

    [Fact]
    public void Prose_keeps_apostrophes_and_classifies_gaps()
        => Assert.Equal("a(Break)|master's(Space)|degree(Space)|master(Break)|slave(Slash)", string.Join("|", Words("a master's degree, master/slave", TextKind.Prose)));

    [Fact]
    public void Spans_are_exact()
    {
        var buffer = new Token[4];
        const string text = "  the WhiteList";
        int count = Tokenizer.Tokenize(text, 2, text.Length - 2, TextKind.Identifier, ref buffer);
        Assert.Equal(3, count);
        Assert.Equal((6, 5), (buffer[1].Start, buffer[1].Length));
        Assert.Equal((11, 4), (buffer[2].Start, buffer[2].Length));
    }

    [Theory]
    [InlineData("see https://github.com/o/r/blob/master/README.md now", "see|now")]
    [InlineData("mail master@example.com today", "mail|today")]
    [InlineData("commit 3f2a9c1b fixed it", "commit|fixed|it")]
    [InlineData("id 0f8fad5b-d9cb-469f-a165-70867728950e ok", "id|ok")]
    [InlineData("key QmFzZTY0U2xhdmVCbG9iWA9zZQ3r4 end", "key|end")]
    [InlineData("ping @master please", "ping|please")]
    [InlineData("go to www.master.example soon", "go|to|soon")]
    [InlineData("run bdist_dumb or MASTER_KEY now", "run|or|now")]
    public void Prose_masks_urls_emails_hashes_guids_base64_handles(string text, string expected)
        => Assert.Equal(expected, string.Join("|", Words(text, TextKind.Prose).Select(w => w.Split('(')[0])));

    [Theory]
    [InlineData("see ConnectionAbortedError here", "see|here")]
    [InlineData("the MasterNode class", "the|class")]
    [InlineData("use dbm.dumb.dumbdbm now", "use|now")]
    [InlineData("call os.path.join(x)", "call|x")]
    [InlineData("the White List", "the|White|List")]
    [InlineData("Master, slave.", "Master|slave")]
    public void Prose_masks_code_names_but_not_words(string text, string expected)
        => Assert.Equal(expected, string.Join("|", Words(text, TextKind.Prose).Select(w => w.Split('(')[0])));

    [Fact]
    public void A_paragraph_break_or_punctuation_breaks_a_phrase()
    {
        Assert.Equal("Break", Words("white.\n\nlist", TextKind.Prose)[1].Split('(', ')')[1]);
        Assert.Equal("Break", Words("white, list", TextKind.Prose)[1].Split('(', ')')[1]);
        Assert.Equal("Space", Words("white\nlist", TextKind.Prose)[1].Split('(', ')')[1]);
    }
}
