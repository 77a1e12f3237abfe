namespace InclusiveAnalyzers.Documents.Tests.Wording;

/// <summary>
/// A heading that spells out a code name its section gives (body-parser's "### request aborted" over "the `type`
/// property is set to `'request.aborted'`") is that fixed name written out. A heading that only shares words with a
/// code span, the prose under it, and headings of other sections are still read.
/// </summary>
public class CodeNamedHeadingTests
{
    private static string[] Flagged(string text)
        => Lint.Scan("README.md", text).Where(f => f.RuleId == "INCL201").Select(f => text.Substring(f.Offset, f.Length)).ToArray();

    [Theory]
    [InlineData("# Errors\n\n### request aborted\n\nThe `status` property is set to `400` and `type` property is set to `'request.aborted'`.\n")]
    [InlineData("# Errors\n\n## Request Aborted\n\nThrown as `REQUEST_ABORTED`.\n")]
    [InlineData("# Events\n\n### master changed\n\nEmitted as the `masterChanged` event.\n")]
    // Redis's FAILOVER page: the section on the ABORT option, headed by the command's words.
    [InlineData("# FAILOVER\n\n## Failover abort\n\nFor this purpose, the `FAILOVER ABORT` command exists.\n")]
    [InlineData("# CLUSTER\n\n### Cluster slaves\n\nUse `CLUSTER REPLICAS` instead of `CLUSTER SLAVES`.\n")]
    public void A_heading_spelling_its_sections_code_name_is_that_name(string markdown)
        => Assert.Empty(Flagged(markdown));

    [Theory]
    // The prose under the heading is the author's own.
    [InlineData("# Errors\n\n### request aborted\n\nThis occurs when the request is aborted by the client; the `type` is `'request.aborted'`.\n", "aborted")]
    // Only some of the words, more words, or a code phrase with spaces.
    [InlineData("# Errors\n\n### the request was aborted\n\nThe `type` is `'request.aborted'`.\n", "aborted")]
    [InlineData("# Setup\n\n### master node\n\nRun `master` first.\n", "master")]
    [InlineData("# Setup\n\n### master node\n\nRun `master node` first.\n", "master")]
    // A command in capitals names only the heading that is its words, in order.
    [InlineData("# FAILOVER\n\n## Abort the failover\n\nThe `FAILOVER ABORT` command exists.\n", "Abort")]
    [InlineData("# FAILOVER\n\n## Failover abort\n\nThe `FAILOVER Abort` form is a phrase.\n", "abort")]
    // The code name is in another section.
    [InlineData("# Errors\n\n### request aborted\n\nSee below.\n\n### other\n\nThe `type` is `'request.aborted'`.\n", "aborted")]
    public void Other_headings_and_prose_are_still_read(string markdown, string expected)
        => Assert.Contains(expected, Flagged(markdown));
}
