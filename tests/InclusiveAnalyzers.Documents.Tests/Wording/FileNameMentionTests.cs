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

/// <summary>
/// A file name that spells a catalogued system's fixed name, on a page whose title names the system (the twenty-sixth
/// review: docker-mailserver's `master-accounts.md`, titled "Master Accounts (Dovecot)", documents Dovecot's master
/// users). The name's own words hold the words at the occurrence, the title the near words. Under a title that names
/// no such system, or when the name spells the term without those words, it is still reported.
/// </summary>
public class FileNameOfTitledSystemTests
{
    private static bool Reported(string path, string markdown)
        => Lint.Scan(path, markdown).Any(f => f.RuleId == "INCL203");

    [Fact]
    public void A_name_of_the_system_its_title_names_is_not_reported()
    {
        Assert.False(Reported("docs/config/master-accounts.md", "---\ntitle: 'Account Management | Master Accounts (Dovecot)'\n---\n\nText.\n"));
        Assert.False(Reported("docs/master-users.md", "# Master users in Dovecot\n\nText.\n"));
    }

    [Fact]
    public void The_same_name_under_another_title_or_without_the_words_is_still_reported()
    {
        Assert.True(Reported("docs/config/master-accounts.md", "---\ntitle: 'Account Management | Master Accounts'\n---\n\nText.\n"));
        Assert.True(Reported("docs/master-node.md", "# Master node behind Dovecot\n\nText.\n"));
    }
}
