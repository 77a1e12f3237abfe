using InclusiveAnalyzers.Core.Terms;
using static InclusiveAnalyzers.Core.Tests.Terms.TestCatalog;

namespace InclusiveAnalyzers.Core.Tests.Terms;

public class TermRewriterTests
{
    private static string RewriteIdentifier(string identifier, int replacement = 0)
    {
        List<TermMatch>? results = null;
        Assert.True(Matcher().FindInIdentifier(identifier, ref results));
        var match = results![0];
        return TermRewriter.RewriteIdentifier(identifier, match, match.Term.Replacements[replacement]);
    }

    private static string RewriteProse(string text)
    {
        List<TermMatch>? results = null;
        Matcher().FindInProse(text, 0, text.Length, ref results);
        return TermRewriter.RewriteAll(text, results ?? new List<TermMatch>(), TextKind.Prose);
    }

    [Theory]
    [InlineData("MasterNode", "PrimaryNode")]
    [InlineData("masterNode", "primaryNode")]
    [InlineData("MASTER_NODE", "PRIMARY_NODE")]
    [InlineData("master_node", "primary_node")]
    [InlineData("IMasterService", "IPrimaryService")]
    [InlineData("HTTPMasterNode", "HTTPPrimaryNode")]
    [InlineData("Masters", "Primaries")]
    [InlineData("_slaveCount", "_replicaCount")]
    [InlineData("_whitelist", "_allowlist")]
    [InlineData("WHITELIST_MAX", "ALLOWLIST_MAX")]
    [InlineData("WhiteList", "AllowList")]
    [InlineData("MAX_WHITE_LIST_LEN", "MAX_ALLOW_LIST_LEN")]
    [InlineData("white_list", "allow_list")]
    [InlineData("whitelistedIps", "allowlistedIps")]
    [InlineData("isWhitelisting", "isAllowlisting")]
    [InlineData("blackListed", "denyListed")]
    [InlineData("wasBlacklisted", "wasDenylisted")]
    [InlineData("SanityCheck", "ConfidenceCheck")]
    [InlineData("sanity_checks", "confidence_checks")]
    [InlineData("MasterSlaveMode", "PrimaryReplicaMode")]
    [InlineData("master-node", "primary-node")]
    public void Rewrites_identifiers_keeping_case_separators_and_inflection(string identifier, string expected)
        => Assert.Equal(expected, RewriteIdentifier(identifier));

    [Theory]
    [InlineData("MasterNode", 2, "ControlPlaneNode")]
    [InlineData("masterNode", 2, "controlPlaneNode")]
    [InlineData("MASTER_NODE", 2, "CONTROL_PLANE_NODE")]
    [InlineData("master_node", 2, "control_plane_node")]
    [InlineData("Whitelist", 1, "AllowList")]
    [InlineData("_whitelist", 1, "_allowList")]
    [InlineData("white_list", 1, "allow_list")]
    public void Multi_word_replacements_follow_the_identifier_convention(string identifier, int index, string expected)
        => Assert.Equal(expected, RewriteIdentifier(identifier, index));

    [Theory]
    [InlineData("The master/slave setup", "The primary/replica setup")]
    [InlineData("A master-slave bus", "A primary-replica bus")]
    [InlineData("Master nodes and masters", "Primary nodes and primaries")]
    [InlineData("the master's key-holder", "the primary's key-holder")]
    [InlineData("WHITELIST the host", "ALLOWLIST the host")]
    [InlineData("It was whitelisted, then blacklisting began.", "It was allowlisted, then denylisting began.")]
    [InlineData("Run a sanity-check.", "Run a confidence-check.")]
    [InlineData("No match here.", "No match here.")]
    [InlineData("A master's degree and a master", "A master's degree and a primary")]
    public void Rewrites_prose_and_keeps_every_other_character(string text, string expected)
        => Assert.Equal(expected, RewriteProse(text));

    [Fact]
    public void Rewriting_is_idempotent()
    {
        var once = RewriteProse("master/slave and whitelist");
        Assert.Equal(once, RewriteProse(once));
    }
}

/// <summary>Suggestions read as English: one per distinct text, no noun made a verb, the article fits.</summary>
public class SuggestionTests
{
    private static TermMatch Only(string text, TextKind kind)
    {
        List<TermMatch>? matches = null;
        InclusiveAnalyzers.Core.Configuration.InclusiveSettings.Default.GetMatcher().Find(text, 0, text.Length, kind, ref matches);
        return Assert.Single(matches!);
    }

    [Fact]
    public void Suggestions_are_distinct()
    {
        const string text = "Add it to the white-list.";
        var suggestions = TermRewriter.Suggestions(text, Only(text, TextKind.Prose), TextKind.Prose, 3);
        Assert.Equal(suggestions.Count, suggestions.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal("allow-list", suggestions[0]);
        Assert.Equal(3, suggestions.Count);
    }

    [Fact]
    public void A_noun_replacement_is_not_made_a_verb()
    {
        var names = TermRewriter.IdentifierSuggestions("BlacklistedHosts", Only("BlacklistedHosts", TextKind.Identifier), 5);
        Assert.DoesNotContain("ExclusionListedHosts", names);
        Assert.Contains("DenylistedHosts", names);
        Assert.False(Inflector.CanInflect("exclusion list", WordForm.Past));
        Assert.False(Inflector.CanInflect("verification", WordForm.Gerund));
        Assert.True(Inflector.CanInflect("exclusion list", WordForm.Plural));
        Assert.True(Inflector.CanInflect("allowlist", WordForm.Past));
        Assert.True(Inflector.CanInflect("smoke test", WordForm.Past));
        Assert.False(Inflector.CanInflect("disabled person", WordForm.Past)); // a participle leading a noun: no verb
        Assert.True(Inflector.CanInflect("disabled person", WordForm.Plural));
        Assert.True(Inflector.CanInflect("turn off", WordForm.Past)); // a particle makes it a verb phrase still
    }

    [Theory]
    [InlineData("turn off", WordForm.Past, "turned off")]
    [InlineData("stop responding", WordForm.Gerund, "stopping responding")]
    [InlineData("generate inaccurate information", WordForm.Past, "generated inaccurate information")]
    [InlineData("smoke test", WordForm.Past, "smoke tested")]
    [InlineData("deny list", WordForm.Plural, "deny lists")]
    [InlineData("replicate", WordForm.Agent, "replicator")] // enslaver -> replicator, not "replicater"
    [InlineData("subordinate", WordForm.AgentPlural, "subordinators")]
    [InlineData("update", WordForm.Agent, "updater")]
    [InlineData("enslave", WordForm.Agent, "enslaver")]
    [InlineData("blacklist", WordForm.Agent, "blacklister")]
    public void A_verb_phrase_inflects_its_verb(string phrase, WordForm form, string expected)
        => Assert.Equal(expected, Inflector.Inflect(phrase, form));

    [Fact]
    public void The_general_master_suggestions_fit_a_name()
    {
        var names = TermRewriter.IdentifierSuggestions("MasterServer", Only("MasterServer", TextKind.Identifier), 5);
        Assert.Equal(new[] { "PrimaryServer", "MainServer", "LeaderServer" }, names);
    }

    [Theory]
    [InlineData("The proxy keeps a whitelist.", "The proxy keeps an allowlist.")]
    [InlineData("A whitelist is kept.", "An allowlist is kept.")]
    [InlineData("Keep an whitelist.", "Keep an allowlist.")]
    [InlineData("Banana whitelist.", "Banana allowlist.")]
    [InlineData("Plan a sanity check.", "Plan a confidence check.")]
    public void The_article_follows_the_new_word(string text, string expected)
    {
        List<TermMatch>? matches = null;
        InclusiveAnalyzers.Core.Configuration.InclusiveSettings.Default.GetMatcher().FindInProse(text, 0, text.Length, ref matches);
        Assert.Equal(expected, TermRewriter.RewriteAll(text, matches!, TextKind.Prose));
    }

    // A capital at a sentence's start is not title case: only the first of the replacement's words takes one.
    [Theory]
    [InlineData("Whitelisted hosts are dropped.", "Allow listed")]
    [InlineData("The Whitelist is read on start.", "Allow list")]
    [InlineData("# Whitelist", "Allow list")]
    [InlineData("Done. Whitelist the host.", "Allow list")]
    [InlineData("1. Whitelist the hosts you trust", "Allow list")]
    [InlineData("## Whitelist Settings", "Allow List")]
    [InlineData("## Configuring the Whitelist", "Allow List")]
    [InlineData("Open the Whitelist Editor and add hosts.", "Allow List")]
    [InlineData("Ask the Site Whitelist team.", "Allow List")]
    [InlineData("Whitelisted HTTP hosts are dropped.", "Allow listed")]
    public void A_capitalised_word_becomes_several_words_in_the_case_of_its_line(string text, string expected)
    {
        var suggestions = TermRewriter.Suggestions(text, Only(text, TextKind.Prose), TextKind.Prose, 3);
        Assert.Contains(expected, suggestions);
    }

    [Fact]
    public void Several_capitalised_words_stay_title_case_and_identifiers_keep_their_convention()
    {
        const string text = "The White List is read.";
        Assert.Contains("Allow List", TermRewriter.Suggestions(text, Only(text, TextKind.Prose), TextKind.Prose, 3));
        Assert.Contains("PermitList", TermRewriter.IdentifierSuggestions("Whitelist", Only("Whitelist", TextKind.Identifier), 3));
    }

    [Theory]
    [InlineData("allowlist", true)]
    [InlineData("hour", true)]
    [InlineData("user", false)]
    [InlineData("one-off", false)]
    [InlineData("primary", false)]
    [InlineData("unit", false)]
    public void Needs_an_by_sound(string word, bool expected) => Assert.Equal(expected, Articles.NeedsAn(word));

    [Fact]
    public void An_becomes_a_when_the_new_word_starts_with_a_consonant()
    {
        Assert.True(Articles.TryFix("an item", 0, 3, "primary", out int start, out int end, out string article));
        Assert.Equal((0, 2, "a"), (start, end, article));
        Assert.False(Articles.TryFix("Iran item", 0, 5, "primary", out _, out _, out _));
    }

    // An acronym term is written in capitals; its spelled-out replacements are not ("OCD" -> "meticulous", not "METICULOUS").
    [Fact]
    public void An_acronyms_spelled_out_replacements_keep_their_own_case_and_capitals_stay_capitals_otherwise()
    {
        const string text = "I am a bit OCD about formatting. WHITELIST the host.";
        List<TermMatch>? results = null;
        InclusiveAnalyzers.Core.Configuration.InclusiveSettings.Default.GetMatcher(null).FindInProse(text, 0, text.Length, ref results);
        Assert.Equal(2, results!.Count);
        var suggestions = TermRewriter.Suggestions(text, results[0], TextKind.Prose, 3);
        Assert.NotEmpty(suggestions);
        Assert.All(suggestions, s => Assert.Equal(s.ToLowerInvariant(), s));
        Assert.Equal("I am a bit meticulous about formatting. ALLOWLIST the host.", TermRewriter.RewriteAll(text, results, TextKind.Prose));
    }
}
