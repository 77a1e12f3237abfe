namespace InclusiveAnalyzers.Documents.Tests.Wording;

/// <summary>
/// A member headed by its code name (node's API docs, Markdown and generated HTML) whose first paragraph restates the
/// name: "#### Event: `'aborted'`" / "The 'aborted' event is emitted whenever a stream is abnormally aborted".
/// </summary>
public class MemberHeadingsTests
{
    private static string[] Flagged(string path, string text)
        => Lint.Scan(path, text).Where(f => f.RuleId == "INCL201").Select(f => text.Substring(f.Offset, f.Length)).ToArray();

    private static string Page(string body) => "<html lang=\"en\"><head><title>HTTP/2</title></head><body><h1>HTTP/2</h1>\n" + body + "\n</body></html>\n";

    [Theory]
    [InlineData("### `ABORT_ERR`\n\n<!-- YAML\nadded: v15.0.0\n-->\n\nUsed when an operation has been aborted (typically using an `AbortController`).\n")]
    [InlineData("#### Event: `'aborted'`\n\nThe `'aborted'` event is emitted whenever a `Http2Stream` instance is\nabnormally aborted in mid-communication.\n")]
    [InlineData("#### `request.aborted`\n\n* {boolean}\n\nThe `request.aborted` property will be `true` if the request has\nbeen aborted.\n")]
    public void A_code_named_members_first_paragraph_restates_its_name_in_markdown(string section)
    {
        Assert.Empty(Flagged("api/http2.md", "# HTTP/2\n\n" + section));
    }

    [Theory]
    [InlineData("<h5>Event: <code>&#39;aborted&#39;</code><span><a class=\"mark\" href=\"#event-aborted\" id=\"event-aborted\">#</a></span><a aria-hidden=\"true\" class=\"legacy\" id=\"http2_event_aborted\"></a></h5>\n<div class=\"api_metadata\">\n<span>Added in: v8.4.0</span>\n</div><p>The <code>&#39;aborted&#39;</code> event is emitted whenever a <code>Http2Stream</code> instance is\nabnormally aborted in mid-communication.</p>")]
    [InlineData("<h5><code>request.aborted</code><span><a class=\"mark\" href=\"#requestaborted\" id=\"requestaborted\">#</a></span></h5>\n<ul>\n<li><a href=\"x\" class=\"type\">&lt;boolean&gt;</a></li>\n</ul>\n<p>The <code>request.aborted</code> property will be <code>true</code> if the request has\nbeen aborted.</p>")]
    public void A_code_named_members_first_paragraph_restates_its_name_in_html(string section)
    {
        Assert.Empty(Flagged("api/http2.html", Page(section)));
    }

    [Theory]
    [InlineData("#### `request.complete`\n\nThe `request.complete` property will be `true` if the request has\nbeen completed, aborted, or destroyed.\n", "aborted")] // another member's name
    [InlineData("#### Aborted requests\n\nA request is aborted when the client leaves.\n", "Aborted")] // a heading in words
    [InlineData("#### `request.aborted`\n\nTrue once closed.\n\nThe request may be aborted by the client.\n", "aborted")] // the second paragraph
    [InlineData("#### Using `request.aborted` well\n\nA request is aborted when the client leaves.\n", "aborted")] // more than the name in the heading
    public void Other_sections_and_paragraphs_are_still_read_in_markdown(string section, string expected)
    {
        Assert.Contains(expected, Flagged("api/http2.md", "# HTTP/2\n\n" + section));
    }

    [Theory]
    [InlineData("<h5><code>request.complete</code></h5><p>True if the request has been completed, aborted, or destroyed.</p>", "aborted")]
    [InlineData("<h5>Aborting <code>request</code></h5><p>The request is aborted.</p>", "aborted")]
    [InlineData("<h5><code>request.aborted</code></h5><p>True once closed.</p><p>The request may be aborted.</p>", "aborted")]
    public void Other_sections_and_paragraphs_are_still_read_in_html(string section, string expected)
    {
        Assert.Contains(expected, Flagged("api/http2.html", Page(section)));
    }

    [Fact]
    public void Names_follow_the_mask_names_setting()
    {
        const string text = "# HTTP/2\n\n### `ABORT_ERR`\n\nUsed when an operation has been aborted.\n";
        var findings = Lint.Scan("api/errors.md", text, """{ "maskNames": false }""").Where(f => f.RuleId == "INCL201");
        Assert.Single(findings);
    }
}
