namespace InclusiveAnalyzers.Documents.Tests.Wording;

/// <summary>The prose and Markdown cases of test-patterns.md section B (W13, W18, W20-W40), run through Markdown documents.</summary>
public class ProseCaseTests
{
    private static IReadOnlyList<Core.Finding> Wording(string markdown, string? config = null)
        => Lint.Markdown(markdown + "\n", config: config).Where(f => f.RuleId is "INCL201" or "INCL202").ToList();

    private static string[] Terms(string markdown, string? config = null)
        => Wording(markdown, config).Select(f => f.Term!).ToArray();

    private static string[] Flagged(string markdown, string? config = null)
    {
        var text = markdown + "\n";
        return Lint.Markdown(text, config: config).Where(f => f.RuleId is "INCL201" or "INCL202").Select(f => text.Substring(f.Offset, f.Length)).ToArray();
    }

    [Fact]
    public void W13_url_with_a_term_is_masked()
    {
        Assert.Empty(Wording("Spec: https://git.example.org/acme/spec/src/branch/master/errors.md"));
    }

    [Fact]
    public void W18_same_line_suppression_in_markdown()
    {
        Assert.Empty(Wording("The legacy field is called whitelist. <!-- inclusive-disable-line -->"));
    }

    [Fact]
    public void W20_several_terms_including_hyphenated_slash_and_spaced_forms()
    {
        var flagged = Flagged("She logged 12 man hours cleaning the blacklist and ran a sanity-check on the master/slave pair with dummy-data.");
        Assert.Contains("man hours", flagged);
        Assert.Contains("blacklist", flagged);
        Assert.Contains("sanity-check", flagged);
        Assert.Contains("master/slave", flagged);
        Assert.Contains("dummy", flagged);
        Assert.DoesNotContain("man", flagged);
        Assert.DoesNotContain("She", flagged);
    }

    [Fact]
    public void W21_possessive_pronoun_only_with_the_pronoun_family()
    {
        const string text = "Ask the reviewer to add his approval before merging.";
        Assert.DoesNotContain("his", Flagged(text));
    }

    [Theory]
    [InlineData("The dialog pops up after login.")]
    [InlineData("Add a retry to the client.")]
    [InlineData("Returns false when the token is invalid.")]
    [InlineData("Closing the socket here would be premature.")]
    [InlineData("The team offers mental health days each quarter.")]
    [InlineData("Mastery of async and await takes practice.")]
    [InlineData("The black-box tests treat the service as opaque; the white-box suite reads the internals.")]
    [InlineData("Each child process inherits the parent's environment.")]
    [InlineData("The red team found two privilege-escalation paths.")]
    [InlineData("Check out the old branch with `git checkout master`.")]
    public void No_flag_cases(string text)
    {
        Assert.Empty(Wording(text));
    }

    [Fact]
    public void W23_common_verb_add_is_not_the_acronym()
    {
        // Part (b), the capitalised acronym, needs a case-sensitive catalog term; the default catalog has none.
        Assert.Empty(Wording("Add a retry to the client."));
        Assert.Empty(Wording("Please add a changelog entry."));
    }

    [Fact]
    public void W24_multi_word_ableist_phrase()
    {
        var finding = Wording("Run a sanity check on the config before deploying.").Single();
        Assert.Contains("confidence check", finding.Replacements!);
    }

    [Fact]
    public void W28_longest_match_gives_one_finding()
    {
        var flagged = Flagged("Priya will be Master of Ceremonies for the release party.");
        Assert.Equal(new[] { "Master of Ceremonies" }, flagged);
    }

    [Fact]
    public void W31_abort_never_suggests_kill()
    {
        // Enabled explicitly: whether 'abort' is on by default is the catalog's call (Thread.Abort, SIGABRT).
        var finding = Wording("The wizard lets you abort the upload at any step.", """{ "enable": ["abort"] }""").Single();
        Assert.Equal("cancel", finding.Replacements![0]);
        Assert.DoesNotContain("kill", finding.Replacements!);
    }

    [Fact]
    public void W32_grandfathered_into()
    {
        var finding = Wording("Existing tenants are grandfathered into the free tier.").Single();
        Assert.Contains("exempted", finding.Replacements!);
    }

    [Theory]
    [InlineData("Thanks guys for the quick reviews.")]
    [InlineData("Good job, guys, on the release.")]
    public void W33_guys_with_and_without_commas(string text)
    {
        Assert.Contains("guys", Flagged(text));
    }

    [Fact]
    public void W34_system_sense_replacements_for_crippled()
    {
        var finding = Wording("A bad cache key crippled search for an hour.").Single();
        Assert.Contains("degrade", finding.Replacements!);
        Assert.Contains("'degraded'", finding.Message); // suggested in the sentence's own tense
    }

    [Fact]
    public void W37_tribe()
    {
        Assert.Contains("tribe", Flagged("Each tribe owns one product area."));
    }

    [Fact]
    public void W39_next_line_suppression_and_the_comment_is_not_a_finding()
    {
        Assert.Empty(Wording("<!-- inclusive-disable-next-line -->\nThe legacy API still calls this list the master list."));
    }

    [Fact]
    public void W40_tier_three_verb_is_info()
    {
        var finding = Wording("The summarizer can hallucinate citations.").Single();
        Assert.Equal(Core.Severity.Suggestion, finding.Severity);
    }
}
