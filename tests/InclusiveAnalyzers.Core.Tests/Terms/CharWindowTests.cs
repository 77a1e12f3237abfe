using InclusiveAnalyzers.Core.Terms;
using InclusiveAnalyzers.Core.Tests.Catalog;

namespace InclusiveAnalyzers.Core.Tests.Terms;

/// <summary>
/// The candidate search over a text read through a window (a large or chunked text that is not one string) must
/// find what the search over the string finds, wherever the window's edges fall.
/// </summary>
public class CharWindowTests
{
    private static readonly TermMatcher Matcher = TermMatcher.Create(TermCatalog.Default);

    [Theory]
    [InlineData(32)]
    [InlineData(33)]
    [InlineData(100)]
    [InlineData(CharWindow.DefaultBufferSize)]
    public void The_search_through_a_window_finds_what_the_search_of_the_string_finds(int bufferSize)
    {
        foreach (var text in Texts())
        {
            var window = new StringWindow(text, bufferSize);
            for (int start = 0; start <= text.Length; start = NextStart(start))
            {
                Assert.Equal(Matcher.NextCandidate(text, start, text.Length), Matcher.NextCandidate(window, start, window.Length));
            }
        }
    }

    [Fact]
    public void Every_candidate_of_a_long_source_file_is_found_through_a_small_window()
    {
        var text = File.ReadAllText(Path.Combine(CatalogFiles.RepositoryRoot, "rules.json")) + string.Concat(SourceFiles().Select(File.ReadAllText));
        var window = new StringWindow(text, 64);
        int found = 0;
        for (int position = 0; position < text.Length; found++)
        {
            int expected = Matcher.NextCandidate(text, position, text.Length);
            Assert.Equal(expected, Matcher.NextCandidate(window, position, text.Length));
            if (expected < 0)
            {
                break;
            }

            position = expected + 1;
        }

        Assert.Equal(-1, Matcher.NextCandidate(window, text.Length, text.Length));
        Assert.True(found > 100, $"only {found} candidates");
    }

    [Theory]
    [InlineData("w---h---i---t---e---l---i---s---t")]
    [InlineData("master_slave")]
    [InlineData("MasterNode")]
    [InlineData("s_l_a_v_e")]
    public void A_key_across_a_buffer_edge_is_found_wherever_the_edge_falls(string key)
    {
        // The buffer of 32 reads 16 characters back, so a key spread over more than 16 is decided through the window
        // itself, and a shorter one by reading the buffer again from the key.
        for (int pad = 0; pad < 70; pad++)
        {
            string text = new string(' ', pad) + key + " and more text " + key.ToUpperInvariant();
            var window = new StringWindow(text, 32);
            for (int start = 0; start <= text.Length; start++)
            {
                Assert.Equal(Matcher.NextCandidate(text, start, text.Length), Matcher.NextCandidate(window, start, window.Length));
            }
        }
    }

    [Theory]
    [InlineData("no escape here at all", false)]
    [InlineData("a \\u0061 escape", true)]
    [InlineData("a \\U00000061 escape", true)]
    [InlineData("a \\n and a trailing slash \\", false)]
    public void A_unicode_escape_is_found_through_a_window_wherever_the_edges_fall(string tail, bool expected)
    {
        for (int pad = 0; pad < 70; pad++)
        {
            Assert.Equal(expected, new StringWindow(new string('x', pad) + tail, 32).HasUnicodeEscape());
        }
    }

    [Fact]
    public void Reads_go_back_and_forward_and_stop_at_the_ends()
    {
        const string text = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        var window = new StringWindow(text, 32);
        foreach (var index in new[] { 40, 39, 2, 61, 0, 30, 31, 32, 10 })
        {
            Assert.Equal(text[index], window[index]);
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => window[text.Length]);
        Assert.Throws<ArgumentOutOfRangeException>(() => window[-1]);
        Assert.Equal(text.Length, window.Length);
    }

    private static int NextStart(int start) => start < 200 ? start + 1 : start + 37;

    private static IEnumerable<string> Texts()
    {
        yield return "";
        yield return "master";
        yield return new string(' ', 31) + "master" + new string('x', 40) + " the whitelist " + new string('-', 29) + "SLAVEOF";
        yield return string.Concat(Enumerable.Repeat("list.Add(item); // so ADD, they say; m\\u0061ster HTTPMasterNode _slaveCount ", 12));
        var random = new Random(20261206);
        string[] pieces = { "master", "Slave", "white", "list", "_", "-", " ", "   ", "\\n", "\\", "HTTP", "x", "2", "sanity", "check", "é", "中", "ADD", "Add", "A-D-D", "über", "AS", "ter" };
        for (int n = 0; n < 40; n++)
        {
            yield return string.Concat(Enumerable.Range(0, random.Next(10, 120)).Select(_ => pieces[random.Next(pieces.Length)]));
        }
    }

    private static IEnumerable<string> SourceFiles()
        => Directory.EnumerateFiles(Path.Combine(CatalogFiles.RepositoryRoot, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Take(80);
}
