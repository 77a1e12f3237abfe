using System.Text.RegularExpressions;

namespace InclusiveAnalyzers.Core.Tests.Catalog;

/// <summary>Rules the schema cannot express: tier policy, coverage, and terms that must not shadow one another.</summary>
public class CatalogInvariantTests
{
    private const string NoReplacementMarker = "No one-word replacement";

    private static IReadOnlyList<CatalogTerm> Terms => CatalogFiles.Terms;

    [Fact]
    public void Ids_are_unique()
    {
        var duplicates = Terms.GroupBy(t => t.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);
    }

    [Fact]
    public void Catalog_has_at_least_80_terms_and_every_category()
    {
        Assert.True(Terms.Count >= 80, $"Only {Terms.Count} terms.");
        var categories = Terms.Select(t => t.Category).Distinct().OrderBy(c => c).ToArray();
        Assert.Equal(new[] { "ableist", "condescending", "cultural", "gendered", "neutral", "pronoun", "racial", "sensitive", "violent" }, categories);
    }

    [Fact]
    public void Every_term_has_a_replacement_unless_neutral_or_the_reason_says_why_not()
    {
        var missing = Terms
            .Where(t => t.Replacements.Count == 0 && t.Category != "neutral" && !t.Reason.StartsWith(NoReplacementMarker, StringComparison.Ordinal))
            .Select(t => t.Id);
        Assert.Empty(missing);

        // The marker is only used where it is true.
        Assert.Empty(Terms.Where(t => t.Replacements.Count > 0 && t.Reason.Contains(NoReplacementMarker, StringComparison.Ordinal)).Select(t => t.Id));
    }

    [Fact]
    public void Ini_tier_sets_the_severity()
    {
        foreach (var term in Terms)
        {
            if (term.Source.Contains("Tier 1", StringComparison.Ordinal))
            {
                Assert.True(term.Severity == "warning", $"{term.Id}: Tier 1 terms are warnings, not {term.Severity}.");
            }
            else if (term.Source.Contains("Tier 2", StringComparison.Ordinal) || term.Source.Contains("Tier 3", StringComparison.Ordinal))
            {
                Assert.True(term.Severity == "suggestion", $"{term.Id}: Tier 2/3 terms are suggestions, not {term.Severity}.");
            }
            else if (term.Source.Contains("Tier 0", StringComparison.Ordinal))
            {
                Assert.True(term.Category == "neutral", $"{term.Id}: Tier 0 terms are neutral.");
            }
        }

        // Nothing outside INI Tier 1 is louder than a suggestion.
        Assert.Empty(Terms.Where(t => !t.Source.Contains("Tier 1", StringComparison.Ordinal) && t.Severity is "warning" or "error").Select(t => t.Id));
    }

    [Fact]
    public void Neutral_terms_are_disabled_with_severity_none()
    {
        var neutral = Terms.Where(t => t.Category == "neutral").ToList();
        Assert.Equal(11, neutral.Count); // INI Tier 0 has 11 entries
        Assert.All(neutral, t =>
        {
            Assert.False(t.IsEnabled, t.Id);
            Assert.Equal("none", t.Severity);
        });
        Assert.Empty(Terms.Where(t => t.Category != "neutral" && t.Severity == "none").Select(t => t.Id));
    }

    [Theory]
    [InlineData("just")]
    [InlineData("simply")]
    [InlineData("easy")]
    [InlineData("easily")]
    [InlineData("obviously")]
    [InlineData("of course")]
    [InlineData("clearly")]
    [InlineData("basically")]
    [InlineData("everyone knows")]
    [InlineData("straightforward")]
    public void Condescending_words_are_their_own_category_enabled_as_suggestions(string word)
    {
        var term = Assert.Single(Terms, t => t.Words.Contains(word));
        Assert.Equal("condescending", term.Category);
        Assert.True(term.Enabled, $"{term.Id}: set enabled on the term; the engine switches the category off by default.");
        Assert.Equal("suggestion", term.Severity);
    }

    [Fact]
    public void Words_forms_exceptions_and_allowed_are_lowercase_single_spaced()
    {
        var phrase = new Regex("^[a-z0-9]+('[a-z0-9]*)?( [a-z0-9]+('[a-z0-9]*)?)*$");
        var bad = Terms
            .SelectMany(t => t.Words.Concat(t.Forms).Concat(t.Exceptions).Concat(t.Replacements).Select(w => (t.Id, w)))
            .Concat(CatalogFiles.Allowed().Select(a => ("allowed", a)))
            .Where(p => !phrase.IsMatch(p.Item2))
            .ToList();
        Assert.Empty(bad);
    }

    [Fact]
    public void No_spelling_is_matched_by_two_terms()
    {
        var owners = new Dictionary<string, string>();
        var clashes = new List<string>();
        foreach (var term in Terms)
        {
            foreach (var key in term.MatchedForms().Select(CatalogTerm.Key).Distinct())
            {
                if (owners.TryGetValue(key, out var other) && other != term.Id)
                {
                    clashes.Add($"{key}: {other} and {term.Id}");
                }

                owners[key] = term.Id;
            }
        }

        Assert.Empty(clashes);
    }

    [Fact]
    public void Every_exception_contains_a_form_of_its_term()
    {
        var stray = Terms
            .SelectMany(t => t.Exceptions
                .Where(e => !t.MatchedForms().Any(f => CatalogTerm.Key(e).Contains(CatalogTerm.Key(f), StringComparison.Ordinal)))
                .Select(e => $"{t.Id}: {e}"))
            .ToList();
        Assert.Empty(stray);
    }

    // Shields that hide a rare spelling on purpose: OCDS (Open Contracting Data Standard) outweighs "OCD's".
    private static readonly HashSet<string> DeliberateShields = new() { "ocds" };

    [Fact]
    public void Shields_never_equal_a_spelling_of_a_term()
    {
        // An exception or allowed phrase with the same key as a term form would silently switch that form off.
        var formOwners = Terms.SelectMany(t => t.MatchedForms().Select(f => (Key: CatalogTerm.Key(f), t.Id))).ToLookup(p => p.Key, p => p.Id);
        var shields = Terms.SelectMany(t => t.Exceptions.Select(e => (Phrase: e, Where: t.Id)))
            .Concat(CatalogFiles.Allowed().Select(a => (Phrase: a, Where: "allowed")));
        var swallowed = shields
            .Where(s => formOwners.Contains(CatalogTerm.Key(s.Phrase)) && !DeliberateShields.Contains(s.Phrase))
            .Select(s => $"{s.Where}: '{s.Phrase}' hides {string.Join(", ", formOwners[CatalogTerm.Key(s.Phrase)])}")
            .ToList();
        Assert.Empty(swallowed);
    }

    [Fact]
    public void Replacements_are_not_themselves_reported()
    {
        // A fix must not produce a new finding (dumb -> simple would trip the condescending list).
        // Acronym terms (ADD) never match an ordinary lowercase word.
        var reportedKeys = Terms.Where(t => t.Category != "neutral" && !t.Acronym)
            .SelectMany(t => t.MatchedForms().Select(f => (Key: CatalogTerm.Key(f), t.Id)))
            .ToLookup(p => p.Key, p => p.Id);
        var loops = Terms
            .SelectMany(t => t.Replacements.SelectMany(r => r.Split(' ').Append(r)).Select(r => (t.Id, Replacement: r)))
            .Where(p => reportedKeys.Contains(CatalogTerm.Key(p.Replacement)))
            .Select(p => $"{p.Id} -> {p.Replacement}")
            .ToList();
        Assert.Empty(loops);
    }

    [Fact]
    public void Replacements_are_distinct_from_the_term()
    {
        Assert.Empty(Terms.Where(t => t.Replacements.Any(r => t.Words.Select(CatalogTerm.Key).Contains(CatalogTerm.Key(r)))).Select(t => t.Id));
    }

    [Fact]
    public void Phrase_replacements_keep_the_word_count_where_the_phrase_is_a_pair()
    {
        // master/slave -> primary/replica: every suggestion for a slash pair is itself a pair.
        var masterSlave = Assert.Single(Terms, t => t.Id == "master-slave");
        Assert.Equal("primary replica", masterSlave.Replacements[0]);
        Assert.All(masterSlave.Replacements, r => Assert.Equal(2, r.Split(' ').Length));
    }

    [Theory]
    [InlineData("whitelist", "allowlist")]
    [InlineData("blacklist", "blocklist")] // the name maintainers pick most when they rename (bench/renames/README.md)
    [InlineData("master", "primary")]
    [InlineData("slave", "replica")]
    [InlineData("master branch", "main branch")]
    [InlineData("sanity check", "confidence check")]
    [InlineData("man hour", "person hour")]
    [InlineData("cripple", "degrade")]
    public void Best_replacement_comes_first(string word, string first)
        => Assert.Equal(first, Assert.Single(Terms, t => t.Words.Contains(word)).Replacements[0]);

    [Theory]
    // INI Tier 1
    [InlineData("master slave")] [InlineData("master")] [InlineData("slave")] [InlineData("whitelist")] [InlineData("blacklist")]
    [InlineData("blackhat")] [InlineData("whitehat")] [InlineData("cripple")] [InlineData("grandfathered")] [InlineData("abort")]
    [InlineData("tribe")]
    // INI Tier 2 and 3
    [InlineData("sanity check")] [InlineData("man hour")] [InlineData("man in the middle")] [InlineData("segregate")]
    [InlineData("blast radius")] [InlineData("end of life")] [InlineData("evangelist")] [InlineData("hallucinate")] [InlineData("totem pole")]
    // INI Tier 0
    [InlineData("blackbox")] [InlineData("whitebox")] [InlineData("blackout")] [InlineData("white label")] [InlineData("mastermind")]
    [InlineData("master inventor")] [InlineData("disable")] [InlineData("fellow")] [InlineData("parent child")] [InlineData("red team")]
    [InlineData("fair hiring practice")]
    // Peer cross-reference
    [InlineData("master of ceremonies")] [InlineData("dummy")] [InlineData("manpower")] [InlineData("mankind")] [InlineData("guys")]
    [InlineData("crazy")] [InlineData("insane")] [InlineData("sane")] [InlineData("lame")] [InlineData("dumb")] [InlineData("blind spot")]
    [InlineData("he or she")] [InlineData("chairman")] [InlineData("middleman")] [InlineData("handicapped")] [InlineData("culture fit")]
    [InlineData("kill")] [InlineData("hang")] [InlineData("spirit animal")] [InlineData("committed suicide")]
    public void Reference_terms_are_covered(string word)
        => Assert.Contains(Terms, t => t.MatchedForms().Select(CatalogTerm.Key).Contains(CatalogTerm.Key(word)));

    [Theory]
    // Dominant technical senses: a default that flags these gets the tool uninstalled.
    [InlineData("kill")] [InlineData("execute")] [InlineData("hang")] [InlineData("disable")]
    [InlineData("invalid")] [InlineData("attack")] [InlineData("hijack")] [InlineData("nuke")]
    // Homonyms that peers flag wrongly.
    [InlineData("man")] [InlineData("native")] [InlineData("whitespace")] [InlineData("bipolar")] [InlineData("host")]
    [InlineData("trigger")] [InlineData("throttle")] [InlineData("handicap")] [InlineData("nuts")] [InlineData("failed attempt")]
    public void Technical_words_and_homonyms_are_off_or_absent(string word)
    {
        var key = CatalogTerm.Key(word);
        var on = Terms.Where(t => t.IsEnabled && t.Category != "condescending" && t.MatchedForms().Select(CatalogTerm.Key).Contains(key));
        Assert.Empty(on.Select(t => t.Id));
    }

    [Theory]
    [InlineData("master's degree")] [InlineData("master of science")] [InlineData("master of arts")] [InlineData("master of engineering")]
    [InlineData("master of business administration")] [InlineData("mastercard")] [InlineData("masterpiece")] [InlineData("masterclass")]
    [InlineData("master key")] [InlineData("scrum master")] [InlineData("master data services")]
    [InlineData("controlmaster")]
    public void Master_has_the_known_false_positive_exceptions(string phrase)
        => Assert.Contains(phrase, Assert.Single(Terms, t => t.Id == "master").Exceptions);

    [Theory]
    [InlineData("webmaster")] [InlineData("headmaster")] [InlineData("postmaster")] [InlineData("quartermaster")] [InlineData("whitespace")]
    public void Allowed_holds_the_compounds_that_are_never_terms(string phrase)
        => Assert.Contains(phrase, CatalogFiles.Allowed());

    [Fact]
    public void Reasons_are_short_and_sourced()
    {
        Assert.All(Terms, t =>
        {
            Assert.EndsWith(".", t.Reason);
            var sentences = Regex.Matches(t.Reason, @"[.!?](\s|$)").Count;
            Assert.True(sentences <= 3, $"{t.Id}: keep the reason to one or two sentences ({sentences}).");
            Assert.False(string.IsNullOrWhiteSpace(t.Source), t.Id);
        });
    }
}
