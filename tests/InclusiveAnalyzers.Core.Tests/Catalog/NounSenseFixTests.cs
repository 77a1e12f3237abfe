using InclusiveAnalyzers.Core.Configuration;
using InclusiveAnalyzers.Core.Terms;

namespace InclusiveAnalyzers.Core.Tests.Catalog;

/// <summary>
/// `fix` writes the first suggestion in place, so a verb term used as a noun must get a noun: "after the abort" ->
/// "after the cancellation", never "after the cancel". Every catalog term that inflects as a verb is listed here with
/// its noun use rewritten, or marked as having no noun sense, so a new verb term has to say which it is.
/// </summary>
public class NounSenseFixTests
{
    private const string NoNounSense = "";

    // A verb term's noun use after a determiner, and what fix makes of it.
    public static readonly TheoryData<string, string, string> NounUses = new()
    {
        { "whitelist", "Each whitelist is checked.", "Each allowlist is checked." },
        { "blacklist", "The blacklisting of hosts.", "The blocklisting of hosts." },
        { "gyp", "The fee is a gyp.", "The fee is a swindle." },
        { "blackball", "A blackball from one member.", "A veto from one member." },
        { "cripple", "The old story calls the hero a cripple.", "The old story calls the hero a disabled person." },
        { "sanity-check", "Run a sanity check.", "Run a confidence check." },
        { "sanity-test", "Run a sanity test.", "Run a smoke test." },
        { "kill", "A kill of the process frees memory.", "A termination of the process frees memory." },
        { "hang", "Report the hang to the team.", "Report the freeze to the team." },
        { "nuke", "A nuke of the cache is quick.", "A wipe of the cache is quick." },
        { "abort", "After the abort, the job is gone.", "After the cancellation, the job is gone." },
        { "enslave", NoNounSense, NoNounSense },
        { "segregate", NoNounSense, NoNounSense },
        { "hallucinate", NoNounSense, NoNounSense },
        { "evangelize", NoNounSense, NoNounSense },
        { "disable", NoNounSense, NoNounSense },
        { "white-label", NoNounSense, NoNounSense }, // no replacement to write (Tier 0)
        { "mastermind", NoNounSense, NoNounSense },
        { "red-team", NoNounSense, NoNounSense },
    };

    // The same terms as verbs beside a determiner keep their verbs.
    public static readonly TheoryData<string, string> VerbUses = new()
    {
        { "The aborted run is gone.", "The canceled run is gone." },
        { "Users abort the run when it stalls.", "Users cancel the run when it stalls." },
        { "This aborts the transaction.", "This cancels the transaction." },
        { "The outage crippled checkout.", "The outage degraded checkout." },
        { "The crippled service restarts.", "The degraded service restarts." },
        { "The blackballed member left.", "The vetoed member left." },
        { "The killed process exits.", "The stopped process exits." },
        { "We nuked the cache.", "We erased the cache." },
    };

    // A verb term's noun naming another noun after it (a noun adjunct) takes the verb's own form: "the cancel button",
    // not "the cancellation button"; without a noun after it, the noun above.
    public static readonly TheoryData<string, string> NounAdjunctUses = new()
    {
        { "Click the abort button to stop the job.", "Click the cancel button to stop the job." },
        { "An abort request goes out first.", "A cancel request goes out first." },
        { "Each abort path frees the buffer.", "Each cancel path frees the buffer." },
        { "After the abort, the button is gone.", "After the cancellation, the button is gone." },
        { "An abort of the request is logged.", "A cancellation of the request is logged." },
    };

    private static readonly Lazy<TermMatcher> everyTerm = new(() =>
    {
        var errors = new List<ConfigError>();
        var catalog = TermCatalog.Parse(CatalogFiles.ReadRules(), "rules.json", errors);
        Assert.Empty(errors);
        return TermMatcher.Create(catalog, new MatcherOptions { Enable = catalog.Terms.Select(t => t.Id).ToArray() });
    });

    private static string Fix(string text)
    {
        List<TermMatch>? matches = null;
        everyTerm.Value.FindInProse(text, 0, text.Length, ref matches);
        return TermRewriter.RewriteAll(text, matches ?? new List<TermMatch>(), TextKind.Prose);
    }

    [Fact]
    public void Every_verb_term_of_the_catalog_is_listed()
    {
        var verbs = CatalogFiles.Terms.Where(t => t.Inflect.Contains("past") || t.Inflect.Contains("gerund")).Select(t => t.Id).OrderBy(id => id);
        var listed = NounUses.Select(row => (string)row[0]).OrderBy(id => id);
        Assert.Equal(verbs, listed);
    }

    [Theory]
    [MemberData(nameof(NounUses))]
    public void A_noun_use_is_rewritten_with_a_noun(string id, string text, string expected)
    {
        Assert.False(string.IsNullOrEmpty(id));
        Assert.Equal(expected, Fix(text));
    }

    [Theory]
    [MemberData(nameof(VerbUses))]
    public void A_verb_use_keeps_a_verb(string text, string expected)
        => Assert.Equal(expected, Fix(text));

    [Theory]
    [MemberData(nameof(NounAdjunctUses))]
    public void A_noun_naming_the_noun_after_it_keeps_the_verb_form(string text, string expected)
        => Assert.Equal(expected, Fix(text));
}
