using InclusiveAnalyzers.Core.Configuration;
using InclusiveAnalyzers.Core.Terms;

namespace InclusiveAnalyzers.Core.Tests.Patterns;

/// <summary>
/// The prose cases of reference/test-patterns.md section B (W20-W40), through the default catalog
/// exactly as the document and comment rules use it. The code cases are in the analyzer tests.
/// </summary>
public class WordingPatternTests
{
    private static string[] Find(string text, MatcherOptions? options = null)
    {
        List<TermMatch>? matches = null;
        InclusiveSettings.Default.GetMatcher(null, options).FindInProse(text, 0, text.Length, ref matches);
        return (matches ?? new()).Select(m => text.Substring(m.Start, m.Length)).ToArray();
    }

    private static string First(string text)
    {
        List<TermMatch>? matches = null;
        InclusiveSettings.Default.GetMatcher().FindInProse(text, 0, text.Length, ref matches);
        return TermRewriter.RewriteAll(text, matches!, TextKind.Prose);
    }

    private static readonly MatcherOptions Pronouns = new() { EnableCategories = new[] { "pronoun" } };

    [Fact]
    public void W20_several_terms_one_finding_each_and_no_stray_man()
    {
        const string text = "She logged 12 man hours cleaning the blacklist and ran a sanity-check on the master/slave pair with dummy-data.";
        Assert.Equal(new[] { "man hours", "blacklist", "sanity-check", "master/slave", "dummy" }, Find(text));
        Assert.Equal(new[] { "She", "man hours", "blacklist", "sanity-check", "master/slave", "dummy" }, Find(text, Pronouns));
    }

    [Fact]
    public void W21_possessive_pronoun_only_with_the_pronoun_family()
    {
        const string text = "Ask the reviewer to add his approval before merging.";
        Assert.Empty(Find(text));
        Assert.Equal(new[] { "his" }, Find(text, Pronouns));
        Assert.Equal("Ask the reviewer to add their approval before merging.", TermRewriter.RewriteAll(text, Matches(text, Pronouns), TextKind.Prose));
    }

    [Theory]
    [InlineData("The dialog pops up after login.")]                                  // W22
    [InlineData("Add a retry to the client.")]                                       // W23a
    [InlineData("Returns false when the token is invalid.")]                         // W25
    [InlineData("Closing the socket here would be premature.")]                      // W26
    [InlineData("The team offers mental health days each quarter.")]                 // W27
    [InlineData("Mastery of async and await takes practice.")]                       // W29
    [InlineData("The black-box tests treat the service as opaque; the white-box suite reads the internals.")] // W30
    [InlineData("Each child process inherits the parent's environment.")]           // W35
    [InlineData("The red team found two privilege-escalation paths.")]               // W36
    [InlineData("Check out the old branch with git checkout -b main.")]
    [InlineData("Server=.;Initial Catalog=master;Integrated Security=true")]        // W09 (string text)
    [InlineData("https://blacklist.example/feeds/slave-nodes.txt")]                  // W14
    [InlineData("spec: https://git.example.org/acme/spec/src/branch/master/errors.md")] // W13
    [InlineData("She earned a master's degree and a Master of Science.")]
    public void No_finding(string text) => Assert.Empty(Find(text));

    [Theory]
    [InlineData("Sorry, my ADD kicked in during the review.", "ADD")]               // W23b
    [InlineData("Run a sanity check on the config before deploying.", "sanity check")] // W24
    [InlineData("Priya will be Master of Ceremonies for the release party.", "Master of Ceremonies")] // W28
    [InlineData("The wizard lets you abort the upload at any step.", "abort")]       // W31
    [InlineData("Existing tenants are grandfathered into the free tier.", "grandfathered")] // W32
    [InlineData("Thanks guys for the quick reviews.", "guys")]                       // W33a
    [InlineData("Good job, guys, on the release.", "guys")]                          // W33b
    [InlineData("A bad cache key crippled search for an hour.", "crippled")]         // W34
    [InlineData("Each tribe owns one product area.", "tribe")]                       // W37
    [InlineData("The summarizer can hallucinate citations.", "hallucinate")]         // W40
    [InlineData("Merge into master only after the release build passes.", "master")] // W15
    [InlineData("The TLS 1.2 master secret is derived during the handshake.", "master")] // W19
    [InlineData("var tenantId = dummy-tenant-7", "dummy")]                           // W17
    [InlineData("Entries in the blacklist are skipped.", "blacklist")]               // W03
    public void One_finding(string text, string expected) => Assert.Equal(new[] { expected }, Find(text));

    [Fact]
    public void W19_an_allowed_phrase_silences_a_standard_term()
        => Assert.Empty(Find("The TLS 1.2 master secret is derived.", new MatcherOptions { Allow = new[] { "master secret" } }));

    [Theory]
    [InlineData("A bad cache key crippled search for an hour.", "A bad cache key degraded search for an hour.")]
    [InlineData("The wizard lets you abort the upload at any step.", "The wizard lets you cancel the upload at any step.")]
    [InlineData("Existing tenants are grandfathered into the free tier.", "Existing tenants are exempted into the free tier.")]
    [InlineData("Thanks guys for the quick reviews.", "Thanks folks for the quick reviews.")]
    [InlineData("Run a sanity check on the config.", "Run a confidence check on the config.")]
    public void First_replacement_reads_in_place(string text, string expected) => Assert.Equal(expected, First(text));

    [Fact]
    public void W31_never_suggests_kill()
        => Assert.DoesNotContain("kill", TermCatalog.Default.Find("abort")!.Replacements);

    private static List<TermMatch> Matches(string text, MatcherOptions options)
    {
        List<TermMatch>? matches = null;
        InclusiveSettings.Default.GetMatcher(null, options).FindInProse(text, 0, text.Length, ref matches);
        return matches ?? new();
    }
}
