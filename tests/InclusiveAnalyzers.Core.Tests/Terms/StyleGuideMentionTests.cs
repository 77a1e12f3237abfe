using InclusiveAnalyzers.Core.Configuration;
using InclusiveAnalyzers.Core.Terms;

namespace InclusiveAnalyzers.Core.Tests.Terms;

/// <summary>
/// Terminology pages and announcements (the twenty-second review): a slash pair in quotes is quoted as a whole
/// (OpenBMC's "Recommended replacements for 'blacklist/whitelist' are:"), and a term replaced "with 2 nouns" is a
/// word talked about (ActiveMQ's "we will replace master/slave with 2 nouns"). The same words unquoted, or replaced
/// with something that is no word for words, are still used.
/// </summary>
public class StyleGuideMentionTests
{
    private static string[] Find(string text)
    {
        List<TermMatch>? matches = null;
        InclusiveSettings.Default.GetMatcher().FindInProse(text, 0, text.Length, ref matches);
        return (matches ?? new()).Select(m => text.Substring(m.Start, m.Length)).ToArray();
    }

    [Theory]
    [InlineData("Recommended replacements for 'blacklist/whitelist' are:")]
    [InlineData("Avoid \"whitelist / blacklist\" in new symbol names.")]
    [InlineData("Moving forward, we will replace master/slave with 2 nouns to denote configured state.")]
    [InlineData("Replace whitelist with more inclusive terms.")]
    public void A_quoted_slash_pair_and_a_term_replaced_with_words_are_talked_about(string text) => Assert.Empty(Find(text));

    [Theory]
    [InlineData("Edit the blacklist/whitelist files.", new[] { "blacklist", "whitelist" })]        // no quotes
    [InlineData("Edit 'blacklist/whitelist files' first.", new[] { "blacklist", "whitelist" })]    // the quotes hold more than the pair
    [InlineData("We will replace the master with 2 servers.", new[] { "master" })]                 // servers are no words
    public void Unquoted_pairs_and_other_replacements_are_still_used(string text, string[] expected)
        => Assert.Equal(expected, Find(text));
}
