namespace InclusiveAnalyzers.Documents.Tests.Wording;

/// <summary>
/// A style guide's word list as a table (the twenty-second review: PUL IT's handbook, B.C. government's "Words Matter",
/// Antrea's terminology page, Palantir's inclusive code standards, Kubernetes' "Do | Don't" tables): the column headed
/// for the words to avoid holds words talked about, and so does the row's own term where its explanation spells it
/// again. Another term in an explanation or a replacement, and tables without both headers, are still read.
/// </summary>
public class TermListTableTests
{
    private static string[] Flagged(string text)
        => Lint.Scan("docs/inclusive-language.md", text).Where(f => f.RuleId == "INCL201").Select(f => text.Substring(f.Offset, f.Length)).ToArray();

    [Theory]
    [InlineData("| Deprecated | Inclusive |\n| --- | --- |\n| Whitelist | Allowlist |\n| Master/slave | primary/replica |\n| Master branch | main |\n| Dummy value | Placeholder value |\n")]
    [InlineData("| Non-Inclusive  |    | Inclusive |\n| :-- |:--:| :-- |\n| Whitelist | => | Allowlist |\n| Grandfathered | => | Legacy status |\n| Sanity check | => | Quick check |\n")]
    [InlineData("| Word | Alternative |\n|--|--|\n|blacklist|**Recommended:** denylist|\n|master|**Recommended:** primary, main|\n")]
    [InlineData("| key | Severity | Term | Alternative |\n| - | - | - | - |\n| `slave` | warn | slave | secondary |\n")]
    [InlineData("| Use | Avoid |\n| --- | --- |\n| Check for completeness | Sanity check |\n| Placeholder variable | Dummy variable name |\n")]
    [InlineData("Do | Don't\n:--| :-----\nRun the container ... | Simply ask the guys to run the container ...\n")]
    public void The_avoid_column_of_a_word_list_holds_words_talked_about(string table)
        => Assert.Empty(Flagged(table));

    // Palantir: the row's own term again in its explanation ("the phrase sanity check", "we've grandfathered some users").
    [Fact]
    public void The_row_term_in_its_explanation_is_talked_about_too()
    {
        const string table = "| Term | Suggested Replacements |\n|---|---|\n| Grandfathering/grandfather clause | (e.g. we've grandfathered some users on a plan) Try legacy. |\n| Sanity check/test | The phrase sanity check is ableist. Try quick check. |\n";
        Assert.Empty(Flagged(table));
    }

    [Theory]
    [InlineData("| Deprecated | Inclusive |\n| --- | --- |\n| Whitelist | Allowlist, as the guys on the team say |\n", "guys")]           // another term in a cell
    [InlineData("| Term | Definition |\n| --- | --- |\n| master | the node that takes writes |\n", "master")]                                     // a glossary: no replacement header
    [InlineData("| Deprecated | Inclusive |\n| --- | --- |\n| Whitelist | Allowlist |\n\nPush your change to master first.\n", "master")]   // prose after the table
    [InlineData("| Role | Host |\n| --- | --- |\n| master | db1 |\n", "master")]                                                                 // no word-list headers
    public void Other_terms_other_tables_and_the_prose_after_are_read(string text, string expected)
        => Assert.Equal(new[] { expected }, Flagged(text));
}
