namespace InclusiveAnalyzers.Documents.Tests.Wording;

/// <summary>
/// A file name read as the words it spells (the twenty-second review: conda-build's news fragment
/// `news/4531-rename-master-to-main`): when those words mention the term, as the same words in prose would, the name
/// is not reported. A name that uses the term, or glues it into a longer word, still is.
/// </summary>
public class FileNameMentionTests
{
    private static bool Reported(string path)
        => Lint.Scan(path, "* Rename the default branch. (#4531)\n").Any(f => f.RuleId == "INCL203");

    [Theory]
    [InlineData("news/4531-rename-master-to-main.md")]
    [InlineData("docs/migrate_whitelist_to_allowlist.md")]
    public void A_name_that_records_a_rename_is_not_reported(string path) => Assert.False(Reported(path));

    [Theory]
    [InlineData("docs/master-node-setup.md")]
    [InlineData("docs/promote-a-slave.md")]
    [InlineData("docs/whitelistManager.md")]            // glued into a longer word: read as an identifier
    public void A_name_that_uses_the_term_is_still_reported(string path) => Assert.True(Reported(path));
}
