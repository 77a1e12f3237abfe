using InclusiveAnalyzers.Core.Configuration;
using InclusiveAnalyzers.Core.Terms;

namespace InclusiveAnalyzers.Core.Tests.Terms;

/// <summary>
/// Changelogs and release notes record renames (the eighteenth review: Jenkins plugins, OpenSearch's release notes,
/// branch migration notes): the old name written as a pair with the new one is mentioned, not used; the same word
/// in an entry's prose stays a finding.
/// </summary>
public class RenameRecordTests
{
    private static string[] Find(string text)
    {
        List<TermMatch>? matches = null;
        InclusiveSettings.Default.GetMatcher().FindInProse(text, 0, text.Length, ref matches);
        return (matches ?? new()).Select(m => text.Substring(m.Start, m.Length)).ToArray();
    }

    // Old, an arrow, then one of the term's replacements: a rename pair without a verb.
    [Theory]
    [InlineData("Whitelist → Allowlist")]
    [InlineData("Master → Main Branch Migration")]
    [InlineData("Branch Migration: master → main")]
    [InlineData("Breaking: *blacklist* -> *denylist* in the settings.")]
    [InlineData("Config keys: whitelist => allowlist.")]
    public void An_old_name_paired_with_its_replacement_by_an_arrow_is_a_mention(string text) => Assert.Empty(Find(text));

    [Theory]
    [InlineData("Data flows master → replica over the link.", "master")]      // replica is no replacement of master
    [InlineData("Whitelist → the admin page lists the hosts.", "Whitelist")]  // no new name after the arrow
    [InlineData("Use the whitelist → allowlist mapping, then edit the whitelist.", "whitelist")] // the second one is used
    public void An_arrow_to_another_word_leaves_the_term_a_word(string text, string expected)
        => Assert.Equal(new[] { expected }, Find(text));

    // jenkinsci/kubernetes-plugin's changelog: the image moved to another owner and kept its name.
    [Theory]
    [InlineData("Rename jenkinsci/jnlp-slave -> jenkins/jnlp-slave and upgrade to 3.10-1")]
    [InlineData("Renamed jenkinsci/jnlp-slave to jenkins/jnlp-slave.")]
    public void The_new_name_of_a_rename_that_keeps_the_term_is_a_name(string text) => Assert.Empty(Find(text));

    [Theory]
    [InlineData("Rename jenkinsci/jnlp-slave -> jenkins/jnlp-slave and restart the slave.", new[] { "slave" })]
    [InlineData("Wire jenkins/jnlp-slave -> jenkins/jnlp-slave first.", new[] { "slave", "slave" })] // no rename: both used
    public void A_term_after_a_rename_pair_or_without_a_rename_is_still_a_word(string text, string[] expected)
        => Assert.Equal(expected, Find(text));

    // The old name as the subject, the renaming verb after it (a README's "To be a better citizen the master branch has
    // been renamed to main", a project's notes "master is now named main", a tutorial's "master branch has been renamed
    // to main branch").
    [Theory]
    [InlineData("To be a better citizen the master branch has been renamed to main, so update if you need to.")]
    [InlineData("master is now named main")]
    [InlineData("In GitHub, master branch has been renamed to main branch, therefore push to main.")]
    [InlineData("Blacklist was renamed to Denylist.")]
    [InlineData("Whitelist has been replaced by Allowlist.")]
    public void An_old_name_a_later_renaming_verb_is_about_is_a_mention(string text) => Assert.Empty(Find(text));

    [Theory]
    [InlineData("If the master fails, the replica is renamed to primary.", new[] { "master" })]   // a comma ends the clause
    [InlineData("The master has been replaced by a new server.", new[] { "master" })]           // no replacement follows
    [InlineData("The master is now named after its host.", new[] { "master" })]
    [InlineData("master default branch has been renamed to main recently. You will still find master branch as the default branch in many repos.", new[] { "master branch" })]
    public void A_term_a_rename_is_not_about_is_still_a_word(string text, string[] expected)
        => Assert.Equal(expected, Find(text));
    // The old name quoted as the object of the verb that puts the new names in its place (Umbraco's load-balancing page,
    // the twenty-eighth review): a rename note, the old names mentioned.
    [Theory]
    [InlineData("These new terms replace 'Master and Replica', in Umbraco versions 7 and 8.")]
    [InlineData("The `main` branch replaces \"master\" as the default.")]
    [InlineData("SchedulingPublisher supersedes \u2018Master\u2019 in Umbraco 9.")]
    public void An_old_name_quoted_after_the_verb_that_replaces_it_is_a_mention(string text) => Assert.Empty(Find(text));

    [Theory]
    [InlineData("Replace the master node with a new VM.", new[] { "master" })]                     // no quote: the word used
    [InlineData("The new primary replaces the master when it fails.", new[] { "master" })]
    [InlineData("Replace *master* before you restart.", new[] { "master" })]                       // emphasis is no quote
    public void A_term_after_the_verb_without_a_quote_is_still_a_word(string text, string[] expected)
        => Assert.Equal(expected, Find(text));
}
