using InclusiveAnalyzers.Core.Configuration;
using InclusiveAnalyzers.Core.Terms;
using static InclusiveAnalyzers.Core.Tests.Terms.TestCatalog;

namespace InclusiveAnalyzers.Core.Tests.Terms;

public class TermMatcherTests
{
    [Theory]
    [InlineData("MasterNode", "master:Master")]
    [InlineData("HTTPMasterNode", "master:Master")]
    [InlineData("IMasterService", "master:Master")]
    [InlineData("_slaveCount", "slave:slave")]
    [InlineData("whitelistedIps", "whitelist:whitelisted")]
    [InlineData("WHITELIST_MAX", "whitelist:WHITELIST")]
    [InlineData("white_list", "whitelist:white_list")]
    [InlineData("WhiteListEntries", "whitelist:WhiteList")]
    [InlineData("blackListed", "blacklist:blackListed")]
    [InlineData("SanityCheck", "sanity-check:SanityCheck")]
    [InlineData("runSanityChecks", "sanity-check:SanityChecks")]
    [InlineData("man_hours", "man-hour:man_hours")]
    [InlineData("MasterSlaveMode", "master-slave:MasterSlave")]
    [InlineData("Masters", "master:Masters")]
    [InlineData("blackhatTools", "blackhat:blackhat")]
    [InlineData("BlackHat", "blackhat:BlackHat")]
    [InlineData("isGrandfathered", "grandfathered:Grandfathered")]
    public void Finds_terms_in_identifiers(string identifier, string expected)
        => Assert.Equal(new[] { expected }, Find(identifier, TextKind.Identifier));

    [Theory]
    [InlineData("Mastery")]
    [InlineData("MotherboardSerial")]
    [InlineData("MasterCard")]
    [InlineData("Mastermind")]
    [InlineData("MasterMind")]
    [InlineData("WebMaster")]
    [InlineData("Headmaster")]
    [InlineData("masterful")]
    [InlineData("Slavery")]
    [InlineData("whitespace")]
    [InlineData("BlackBox")]
    [InlineData("grandfather")]
    public void Ignores_other_words_and_shielded_compounds(string identifier)
        => Assert.Empty(Find(identifier, TextKind.Identifier));

    [Theory]
    [InlineData("The master/slave setup", "master-slave:master/slave")]
    [InlineData("A master-slave bus", "master-slave:master-slave")]
    [InlineData("Run a sanity-check first", "sanity-check:sanity-check")]
    [InlineData("Do sanity testing", "sanity-check:sanity testing")]
    [InlineData("Forty man-hours", "man-hour:man-hours")]
    [InlineData("The master of ceremonies", "master-of-ceremonies:master of ceremonies")]
    [InlineData("a man in the middle attack", "man-in-the-middle:man in the middle")]
    [InlineData("the master's node", "master:master's")]
    [InlineData("the masters' nodes", "master:masters'")]
    [InlineData("the white\nlist", "whitelist:white\nlist")]
    public void Finds_phrases_in_prose(string text, string expected)
        => Assert.Equal(new[] { expected }, Find(text));

    [Theory]
    [InlineData("She holds a master's degree")]
    [InlineData("She holds a masters degree")]
    [InlineData("Master of Science in physics")]
    [InlineData("Pay with Mastercard")]
    [InlineData("The LUKS master key")]
    [InlineData("See https://github.com/org/repo/blob/master/README.md")]
    [InlineData("Write to master@example.org")]
    [InlineData("A true mastermind")]
    [InlineData("Mastery takes time")]
    [InlineData("Black. List")]
    public void Ignores_exceptions_urls_and_other_words_in_prose(string text)
        => Assert.Empty(Find(text));

    [Fact]
    public void Longest_match_wins_once_per_occurrence()
    {
        Assert.Equal(new[] { "master-slave:master slave" }, Find("a master slave pair"));
        Assert.Equal(new[] { "master:master", "slave:slave" }, Find("a master, a slave"));
    }

    [Fact]
    public void Reports_every_occurrence_with_exact_spans()
    {
        List<TermMatch>? results = null;
        const string text = "whitelist then blacklist";
        Assert.True(Matcher().FindInProse(text, 0, text.Length, ref results));
        Assert.Equal(new[] { (0, 9), (15, 9) }, results!.Select(m => (m.Start, m.Length)));
        Assert.Equal(Severity.Warning, results![0].Severity);
    }

    [Fact]
    public void Searches_only_the_given_range()
    {
        List<TermMatch>? results = null;
        const string text = "master [slave] master";
        Assert.True(Matcher().FindInProse(text, 8, 5, ref results));
        Assert.Equal(8, Assert.Single(results!).Start);
    }

    [Fact]
    public void No_match_leaves_results_null()
    {
        List<TermMatch>? results = null;
        Assert.False(Matcher().FindInIdentifier("PrimaryNode", ref results));
        Assert.Null(results);
    }

    [Fact]
    public void No_match_allocates_nothing()
    {
        var matcher = Matcher();
        List<TermMatch>? results = null;
        const string prose = "The primary node replicates every change to each replica, as configured in settings.";
        matcher.FindInProse(prose, 0, prose.Length, ref results); // warm the thread's token buffer
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            matcher.FindInProse(prose, 0, prose.Length, ref results);
            matcher.FindInIdentifier("HttpPrimaryNodeCount", ref results);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Null(results);
    }

    [Fact]
    public void Condescending_and_neutral_terms_are_off_by_default()
    {
        Assert.Empty(Find("simply run it"));
        Assert.Equal(new[] { "simply:simply" }, Find("simply run it", options: new MatcherOptions { EnableCategories = new[] { "condescending" } }));
        Assert.Equal(new[] { "mastermind:mastermind" }, Find("a mastermind", options: new MatcherOptions { Enable = new[] { "mastermind" } }));
    }

    [Fact]
    public void Options_disable_terms_categories_and_allow_phrases()
    {
        Assert.Empty(Find("the whitelist", options: new MatcherOptions { Disable = new[] { "whitelist" } }));
        Assert.Empty(Find("the whitelist", options: new MatcherOptions { DisableCategories = new[] { "racial" } }));
        Assert.Empty(Find("the master node", options: new MatcherOptions { Allow = new[] { "master node" } }));
        Assert.Equal(new[] { "master:master" }, Find("the master branch", options: new MatcherOptions { Allow = new[] { "master node" } }));
    }
}
