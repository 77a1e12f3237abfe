using InclusiveAnalyzers.Core.Terms;

namespace InclusiveAnalyzers.Core.Tests.Terms;

/// <summary>
/// A "near" context remembers, per thread, how far it has looked for each phrase in the text it is reading, so the
/// windows of thousands of occurrences read the text about once. Its answers must stay exactly those of a plain
/// case-insensitive search of each window, in any order of windows, across texts, and with letters outside ASCII.
/// </summary>
public class NearContextTests
{
    private static readonly string[] Phrases = { "sql server", "kubernetes", "node", "git", "db", "ı", "straße", "k8s cluster" };

    private static readonly string[] Words =
    {
        "the", "master", "SQL", "Server", "sql", "server", "Kubernetes", "KUBERNETES", "node", "nodes", "git", "github",
        "db", "DB", "ıd", "ı", "İ", "straße", "STRASSE", "\u212Aelvin", "k8s", "cluster", "-", ".", "\n", "é", "x",
    };

    [Fact]
    public void Forward_windows_give_what_a_plain_search_gives()
    {
        var random = new Random(20261205);
        for (int round = 0; round < 40; round++)
        {
            var text = RandomText(random, random.Next(50, 4_000));
            var context = new TermContext(null, null, Phrases.Take(random.Next(1, Phrases.Length + 1)).ToList());
            int start = 0;
            while (start < text.Length)
            {
                int end = Math.Min(text.Length, start + random.Next(1, 8));
                int low = random.Next(0, 3) == 0 ? random.Next(0, start + 1) : 0;
                int high = random.Next(0, 3) == 0 ? random.Next(end, text.Length + 1) : text.Length;
                Assert.Equal(Expected(context, text, low, high, start, end), context.Holds(text, low, high, start, end));
                start += random.Next(1, 120);
            }
        }
    }

    [Fact]
    public void Windows_in_any_order_and_over_two_texts_give_what_a_plain_search_gives()
    {
        var random = new Random(7);
        var texts = new[] { RandomText(random, 5_000), RandomText(random, 5_000) };
        var context = new TermContext(null, null, Phrases);
        for (int i = 0; i < 4_000; i++)
        {
            var text = texts[random.Next(texts.Length)];
            int start = random.Next(text.Length);
            int end = Math.Min(text.Length, start + random.Next(1, 6));
            int low = random.Next(0, start + 1);
            int high = random.Next(end, text.Length + 1);
            Assert.Equal(Expected(context, text, low, high, start, end), context.Holds(text, low, high, start, end));
        }
    }

    [Theory]
    [InlineData("we use SQL  Server here", false)] // two spaces: the phrase has one
    [InlineData("we use SQL Server here", true)]
    [InlineData("we use mssql server here", false)] // not on a word boundary
    [InlineData("on the \u212Aubernetes nodes", false)] // the Kelvin sign is not a K, even ignoring case
    [InlineData("on the KUBERNETES nodes", true)]
    public void A_phrase_is_found_ignoring_case_on_word_boundaries(string text, bool expected)
    {
        var context = new TermContext(null, null, new[] { "sql server", "kubernetes" });
        int start = text.Length - 5;
        Assert.Equal(expected, context.Holds(text, 0, text.Length, start, text.Length));
    }

    private static string RandomText(Random random, int length)
    {
        var builder = new System.Text.StringBuilder();
        while (builder.Length < length)
        {
            builder.Append(Words[random.Next(Words.Length)]).Append(random.Next(4) == 0 ? "  " : " ");
        }

        return builder.ToString(0, length);
    }

    // The plain search: each phrase looked for in the window, case-insensitively (ordinal), on word boundaries.
    private static bool Expected(TermContext context, string text, int low, int high, int start, int end)
    {
        int from0 = Math.Max(low, start - TermContext.NearWindow);
        int to = Math.Min(high, end + TermContext.NearWindow);
        foreach (var phrase in context.Near)
        {
            int from = from0;
            while (from < to)
            {
                int found = text.IndexOf(phrase, from, to - from, StringComparison.OrdinalIgnoreCase);
                if (found < 0)
                {
                    break;
                }

                int after = found + phrase.Length;
                if ((found == 0 || !IsLetterOrDigit(text[found - 1])) && (after >= text.Length || !IsLetterOrDigit(text[after])))
                {
                    return true;
                }

                from = found + 1;
            }
        }

        return false;
    }

    private static bool IsLetterOrDigit(char c) => char.IsLetterOrDigit(c);
}
