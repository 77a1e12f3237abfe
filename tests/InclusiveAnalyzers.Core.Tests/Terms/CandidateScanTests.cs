using InclusiveAnalyzers.Core.Configuration;
using InclusiveAnalyzers.Core.Terms;

namespace InclusiveAnalyzers.Core.Tests.Terms;

/// <summary>
/// The hit-first scan that the analyzers run before asking the syntax tree anything: it may point at
/// places that are not findings, but must point at every place where the matcher finds one.
/// </summary>
public class CandidateScanTests
{
    private static readonly TermMatcher Matcher = TermMatcher.Create(TermCatalog.Default);

    [Theory]
    [InlineData("var primary = replica.Count; // the primary node")]
    [InlineData("public sealed class HttpClientHandler { }")]
    [InlineData("Masonry of the craft")]
    [InlineData("list.Add(item); list.AddRange(more); // add them")]
    [InlineData("services.AddSingleton<IClock>();")]
    [InlineData("")]
    [InlineData("using Markdig.Helpers; // the header is read here, and the history of the shell")] // he, her, his, she begin them
    [InlineData("var heap = Justify(sheet.Height, theirs); // manual hereafter")]
    [InlineData("HEAPSIZE = herself")] // a capital run goes on as one word part
    public void Text_without_a_term_has_no_candidate(string text)
        => Assert.Equal(-1, Matcher.NextCandidate(text, 0, text.Length));

    [Theory]
    [InlineData("int x; // keep the whitelist short", 19)]
    [InlineData("var HTTPMasterNode = 1;", 8)]
    [InlineData("class C { int _slaveCount; }", 15)]
    [InlineData("string s = \"\\nmaster\";", 14)]
    [InlineData("const int MAX_WHITE_LIST_LEN = 3;", 14)]
    [InlineData("sanity  check", 0)]
    [InlineData("SLAVEOF", 0)]
    [InlineData("list.Add(x); // so ADD, they say", 19)]
    [InlineData("var dumbbell = 1; // a dumb idea", 23)] // the first word that begins with a key only begins with it
    [InlineData("int DumbMoved;", 4)] // a capital starts the next word part: dumb ends there
    [InlineData("dumb2", 0)] // a digit too
    [InlineData("bool masterful;", 5)] // a glued term matches inside an identifier's first word part, so it stays a candidate
    public void Points_at_the_start_of_a_term(string text, int expected)
        => Assert.Equal(expected, Matcher.NextCandidate(text, 0, text.Length));

    [Fact]
    public void Respects_the_range()
    {
        const string text = "master ... master";
        Assert.Equal(11, Matcher.NextCandidate(text, 1, text.Length));
        Assert.Equal(-1, Matcher.NextCandidate(text, 1, 10));
    }

    [Fact]
    public void Every_match_in_real_prose_and_identifiers_is_a_candidate()
    {
        int checkedMatches = 0;
        foreach (var line in RealLines().Concat(Identifiers()))
        {
            foreach (var kind in new[] { TextKind.Prose, TextKind.Identifier })
            {
                List<TermMatch>? matches = null;
                if (!Matcher.Find(line, 0, line.Length, kind, ref matches))
                {
                    continue;
                }

                Assert.True(Matcher.NextCandidate(line, 0, line.Length) is >= 0 and var first && first <= matches![0].Start, line);
                foreach (var match in matches!)
                {
                    Assert.Equal(match.Start, Matcher.NextCandidate(line, match.Start, line.Length));
                    checkedMatches++;
                }
            }
        }

        Assert.True(checkedMatches > 50, $"only {checkedMatches} matches checked");
    }

    [Fact]
    public void Random_text_never_hides_a_match()
    {
        var random = new Random(20261205);
        string[] pieces = { "master", "Slave", "white", "list", "_", "-", " ", "  ", "   ", "    ", "\\n", "HTTP", "x", "2", "sanity", "check", "s", "'s", ".", "man", "hours", "Black", "LIST", "é", "中", "ADD", "Add", "add", "A-D-D", "OCD", "Ocd", "\\", "\\\\", "xm", "über", "AS", "ter", "9", "he", "He", "HE", "art", "Art", "ART", "her", "s", "y", "ful", "ing", "sane", "r", "just", "ice" };
        for (int n = 0; n < 20000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 9)).Select(_ => pieces[random.Next(pieces.Length)]));
            foreach (var kind in new[] { TextKind.Prose, TextKind.Identifier })
            {
                List<TermMatch>? matches = null;
                if (Matcher.Find(text, 0, text.Length, kind, ref matches))
                {
                    foreach (var match in matches!)
                    {
                        Assert.True(Matcher.NextCandidate(text, match.Start, text.Length) == match.Start, $"{kind}: '{text}' at {match.Start}");
                    }
                }
            }
        }
    }

    // The scan decides most word parts from their first three characters; every catalog word, cut by separators
    // or a case change right after its first or second letter and set in code, must still be found.
    [Fact]
    public void Every_catalog_word_cut_after_its_first_letters_is_a_candidate()
    {
        string[] cuts = { "", "_", "-", " ", "  ", "   ", "'" };
        int checkedMatches = 0;
        foreach (var word in TermCatalog.Default.Terms.Where(t => t.Enabled && !t.Acronym).SelectMany(t => t.Words).Where(w => w.Length >= 3))
        {
            for (int at = 1; at <= 2; at++)
            {
                foreach (var cut in cuts)
                {
                    foreach (var text in new[] { word[..at] + cut + word[at..], char.ToUpperInvariant(word[0]) + word[1..at] + cut + char.ToUpperInvariant(word[at]) + word[(at + 1)..] })
                    {
                        var code = $"x.{text}(1); // {text}";
                        foreach (var kind in new[] { TextKind.Prose, TextKind.Identifier })
                        {
                            List<TermMatch>? matches = null;
                            if (Matcher.Find(code, 0, code.Length, kind, ref matches))
                            {
                                foreach (var match in matches!)
                                {
                                    Assert.True(Matcher.NextCandidate(code, match.Start, code.Length) == match.Start, $"{kind}: '{code}' at {match.Start}");
                                    checkedMatches++;
                                }
                            }
                        }
                    }
                }
            }
        }

        Assert.True(checkedMatches > 500, $"only {checkedMatches} matches checked");
    }

    [Theory]
    [InlineData("x = 1; // the white  list", 14)] // separators after the key's first word
    [InlineData("int w_hitelist;", 4)] // a separator right after the first letter: read on, as the tokenizer joins
    [InlineData("int wh-itelist;", 4)] // ... and after the second
    [InlineData("int whi-telist;", 4)]
    [InlineData("MAX_WHITE_LIST_LEN", 4)]
    [InlineData("s = \"\\tmaster\";", 7)] // after a \t escape
    [InlineData("ma", -1)] // the end of the text after two letters of a key
    public void Candidates_at_the_first_letters_of_a_key(string text, int expected)
        => Assert.Equal(expected, Matcher.NextCandidate(text, 0, text.Length));

    [Fact]
    public void A_buffer_gives_the_same_candidates_as_the_string()
    {
        var random = new Random(20261206);
        string[] pieces = { "master", "Slave", "white", "list", " ", "  ", "\\n", "HTTP", "x", "2", "é", "中", "K", "ADD", "Add", "\u212Aill", "sanity", "check" };
        for (int n = 0; n < 5000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 9)).Select(_ => pieces[random.Next(pieces.Length)]));
            var buffer = (text + "padding").ToCharArray();
            for (int start = 0; start < text.Length; start += 3)
            {
                Assert.Equal(Matcher.NextCandidate(text, start, text.Length), Matcher.NextCandidate(buffer, start, text.Length));
            }
        }
    }

    [Theory]
    [InlineData("no term here, only caf\u00e9 and \u4e2d\u6587", -1)]
    [InlineData("caf\u00e9 master", 5)]
    [InlineData("\u4e2d\u6587 master", 3)]
    public void Letters_outside_ASCII_are_passed_over_when_no_key_starts_with_one(string text, int expected)
        => Assert.Equal(expected, Matcher.NextCandidate(text, 0, text.Length));

    [Fact]
    public void The_Kelvin_sign_is_read_as_the_letter_k_it_lowercases_to()
    {
        // No default-on term starts with k, so one is switched on.
        var matcher = TermMatcher.Create(TermCatalog.Default, new MatcherOptions { Enable = new[] { "killer" } });
        Assert.Equal(2, matcher.NextCandidate("a Killer feature", 0, 16));
        Assert.Equal(2, matcher.NextCandidate("a \u212Ailler feature", 0, 16));
    }

    [Fact]
    public void Scanning_allocates_nothing()
    {
        const string text = "public sealed class PrimaryNode { /// <summary>Replicates every change.</summary> int replicaCount; }";
        Matcher.NextCandidate(text, 0, text.Length);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            Matcher.NextCandidate(text, 0, text.Length);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static IEnumerable<string> Identifiers() => new[]
    {
        "MasterNode", "HTTPMasterNode", "IMasterService", "_slaveCount", "whitelistedIps", "WHITELIST_MAX", "white_list",
        "WhiteListEntries", "blackListed", "SanityCheck", "runSanityChecks", "man_hours", "MasterSlaveMode", "Masters",
        "isGrandfathered", "ColumnBlacklister", "SLAVEOF", "slaveofMsg", "EnslaveSubordinates", "Slaves2", "@master",
    };

    // Real text written elsewhere: the shared Markdown corpus when it is beside the repository.
    private static IEnumerable<string> RealLines()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory != null && !File.Exists(Path.Combine(directory.FullName, "InclusiveAnalyzers.sln")))
        {
            directory = directory.Parent;
        }

        var corpus = directory?.Parent is { } parent ? Path.Combine(parent.FullName, "shared", "corpus", "opensource-guide") : null;
        var lines = new List<string>
        {
            "Push to master, then tag the release.", "A master/slave setup", "Forty man-hours", "the masters' nodes",
            "Run a sanity-check first", "The white\nlist", "keeps a whitelist of hosts",
        };
        if (corpus != null && Directory.Exists(corpus))
        {
            lines.AddRange(Directory.EnumerateFiles(corpus, "*.md", SearchOption.AllDirectories).Take(400).SelectMany(File.ReadLines));
        }

        return lines;
    }
}
