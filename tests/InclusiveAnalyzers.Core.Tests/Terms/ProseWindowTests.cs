using InclusiveAnalyzers.Core.Terms;

namespace InclusiveAnalyzers.Core.Tests.Terms;

/// <summary>
/// Matching a long document in windows around its candidates must give exactly what matching it whole gives:
/// the same findings, the same judgements of sense, names and mentions, the same replacements.
/// </summary>
public class ProseWindowTests
{
    private static readonly TermMatcher Matcher = TermMatcher.Create(TermCatalog.Default);

    [Fact]
    public void Real_documents_give_the_same_matches_in_windows_as_whole()
    {
        int documents = 0, matches = 0;
        foreach (var text in RealDocuments())
        {
            matches += AssertSame(text);
            documents++;
        }

        Assert.True(documents >= 20, $"only {documents} documents read");
        Assert.True(matches >= 20, $"only {matches} matches compared");
    }

    [Fact]
    public void Long_random_prose_gives_the_same_matches_in_windows_as_whole()
    {
        var random = new Random(20261205);
        string[] words =
        {
            "the", "primary", "node", "master", "branch", "git", "checkout", "slave", "whitelist", "sanity", "check", "Scrum", "Master",
            "\"master\"", "instead", "of", "blacklist", "use", "allowlist", "man-hours", "grandfathered", "https://example.com/master/x",
            "`master`", "**white**list", "the\nmaster", "MASTER_KEY", "--master", "masterpiece", "\n\n", "Master's", "degree", "dummy",
        };
        int matches = 0;
        for (int n = 0; n < 40; n++)
        {
            var parts = new List<string>();
            while (parts.Sum(p => p.Length + 1) < 30_000)
            {
                // Long stretches without a term between the terms: several windows per text.
                parts.Add(random.Next(6) == 0 ? string.Join(' ', Enumerable.Repeat("lorem ipsum dolor", random.Next(50, 400))) : words[random.Next(words.Length)]);
            }

            matches += AssertSame(string.Join(' ', parts));
        }

        Assert.True(matches > 100, $"only {matches} matches compared");
    }

    [Fact]
    public void A_cue_a_thousand_characters_away_is_still_seen()
    {
        // "master" is a git branch when git is mentioned near it: the cue sits at the edge of the judgement's reach.
        var filler = new string('x', 10) + string.Concat(Enumerable.Repeat(" word", 2000));
        foreach (int gap in new[] { 900, 990, 999, 1000, 1001, 1100 })
        {
            var text = filler + " git " + new string(' ', gap) + "push to master now." + filler;
            AssertSame(text);
        }
    }

    [Fact]
    public void A_run_too_long_to_cut_is_matched_whole()
    {
        var run = string.Concat(Enumerable.Repeat("abc/", 3000)) + "master/" + string.Concat(Enumerable.Repeat("def/", 3000));
        var text = string.Concat(Enumerable.Repeat("a word ", 2000)) + run + " and a whitelist " + string.Concat(Enumerable.Repeat("a word ", 2000));
        Assert.True(AssertSame(text) >= 1);
    }

    [Fact]
    public void A_document_without_a_candidate_is_not_tokenized_and_has_no_match()
    {
        List<TermMatch>? found = null;
        var text = string.Concat(Enumerable.Repeat("the primary node replicates to the secondary. ", 1000));
        Assert.False(Matcher.FindInProseAround(text, 0, text.Length, ref found));
        Assert.Null(found);
    }

    private static int AssertSame(string text)
    {
        List<TermMatch>? whole = null, windows = null;
        bool a = Matcher.FindInProse(text, 0, text.Length, ref whole);
        bool b = Matcher.FindInProseAround(text, 0, text.Length, ref windows);
        Assert.Equal(a, b);
        var expected = (whole ?? new List<TermMatch>()).Select(Describe).ToList();
        var actual = (windows ?? new List<TermMatch>()).Select(Describe).ToList();
        Assert.Equal(expected, actual);
        return expected.Count;
    }

    private static string Describe(TermMatch m) => $"{m.Start}+{m.Length} {m.Term.Id} {m.Form} {m.Severity} [{string.Join(", ", m.Replacements)}]";

    private static IEnumerable<string> RealDocuments()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory != null && !File.Exists(Path.Combine(directory.FullName, "InclusiveAnalyzers.sln")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        var folders = new List<string> { Path.Combine(directory!.FullName, "docs") };
        if (directory.Parent is { } parent)
        {
            folders.Add(Path.Combine(parent.FullName, "shared", "corpus", "opensource-guide"));
        }

        return folders.Where(Directory.Exists)
            .SelectMany(f => Directory.EnumerateFiles(f, "*.md", SearchOption.AllDirectories))
            .Select(File.ReadAllText);
    }
}
