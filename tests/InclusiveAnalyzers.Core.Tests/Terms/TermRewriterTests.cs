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
