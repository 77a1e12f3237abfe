using InclusiveAnalyzers.Core.Terms;

namespace InclusiveAnalyzers.Core.Tests.Catalog;

/// <summary>
/// Declarations that real maintainers renamed (agent nouns, words glued in one capital run or at a
/// lower-case junction, the related verb enslave) are found by the shipped catalog, and the glued
/// match never turns a longer word that merely starts with a term into a finding.
/// </summary>
public class RenameRecallTests
{
    private static string[] Find(string identifier)
    {
        List<TermMatch>? results = null;
        TermMatcher.Create(TermCatalog.Default).FindInIdentifier(identifier, ref results);
        return (results ?? new List<TermMatch>()).Select(m => $"{m.Term.Id}:{identifier.Substring(m.Start, m.Length)}").ToArray();
    }

    [Theory]
    [InlineData("ColumnBlacklister", "blacklist:Blacklister")]
    [InlineData("blacklister", "blacklist:blacklister")]
    [InlineData("_whitelisters", "whitelist:whitelisters")]
    [InlineData("SLAVEOF", "slave:SLAVE")]
    [InlineData("MASTERAUTH", "master:MASTER")]
    [InlineData("slaveof", "slave:slave")]
    [InlineData("slaveofMsg", "slave:slave")]
    [InlineData("RedisCommand_SLAVEOF", "slave:SLAVE")]
    [InlineData("masterhost", "master:master")]
    [InlineData("whitelistentry", "whitelist:whitelist")]
    [InlineData("EnslaveSubordinates", "enslave:Enslave")]
    [InlineData("Slaves2", "slave:Slaves")]
    [InlineData("enslavedNodes", "enslave:enslaved")]
    [InlineData("Enslaver", "enslave:Enslaver")]
    public void Finds_renamed_declarations(string identifier, string expected)
        => Assert.Equal(new[] { expected }, Find(identifier));

    [Theory]
    [InlineData("Masterpiece")]
    [InlineData("Mastery")]
    [InlineData("Mastercard")]
    [InlineData("Masterful")]
    [InlineData("Mastermind")]
    [InlineData("Mastered")]
    [InlineData("Mastering")]
    [InlineData("Mastership")]
    [InlineData("Masterly")]
    [InlineData("MASTERKEYID")]
    [InlineData("Slavery")]
    [InlineData("Slavish")]
    [InlineData("Masterx")]
    [InlineData("Webmaster")]
    [InlineData("manager")]
    [InlineData("EnslavedPeople")]
    public void Glued_match_leaves_other_words_alone(string identifier)
        => Assert.Empty(Find(identifier));

    [Theory]
    [InlineData("SLAVEOF", "REPLICAOF")]
    [InlineData("slaveofMsg", "replicaofMsg")]
    [InlineData("ColumnBlacklister", "ColumnBlocklister")]
    [InlineData("EnslaveSubordinates", "ReplicateSubordinates")]
    public void Rewrites_only_the_term_part(string identifier, string expected)
    {
        List<TermMatch>? results = null;
        Assert.True(TermMatcher.Create(TermCatalog.Default).FindInIdentifier(identifier, ref results));
        var match = results![0];
        var replacement = TermRewriter.Rewrite(identifier, match, match.Term.Replacements[0], TextKind.Identifier);
        Assert.Equal(expected, identifier.Substring(0, match.Start) + replacement + identifier.Substring(match.Start + match.Length));
    }

    [Fact]
    public void Glued_matching_is_identifiers_only()
    {
        List<TermMatch>? results = null;
        TermMatcher.Create(TermCatalog.Default).FindInProse("Send SLAVEOF to the node.", 0, 25, ref results);
        Assert.Null(results);
    }

    [Fact]
    public void Agent_inflection_and_glued_flag_are_read_from_user_terms()
    {
        var errors = new List<InclusiveAnalyzers.Core.Configuration.ConfigError>();
        var catalog = TermCatalog.Parse("""
            { "terms": [ { "id": "banlist", "words": ["banlist"], "inflect": ["agent"], "glued": true, "replacements": ["denylist"] } ] }
            """, "inclusive.json", errors);
        Assert.Empty(errors);
        Assert.True(catalog.Terms.Single(t => t.Id == "banlist").Glued);
        List<TermMatch>? results = null;
        var matcher = TermMatcher.Create(catalog);
        matcher.FindInIdentifier("Banlisters", ref results);
        matcher.FindInIdentifier("BANLISTSIZE", ref results);
        Assert.Equal(2, results!.Count);
    }
}
