using System.Text;

namespace InclusiveAnalyzers.Tests.Verifiers;

/// <summary>A line diff (longest common subsequence) for failure messages: "-" expected, "+" actual.</summary>
public static class TextDiff
{
    public static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    public static string Lines(string expected, string actual)
    {
        string[] a = Normalize(expected).Split('\n');
        string[] b = Normalize(actual).Split('\n');
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (int i = a.Length - 1; i >= 0; i--)
        {
            for (int j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var text = new StringBuilder();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                text.Append("   ").AppendLine(Visible(a[x]));
                x++;
                y++;
            }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y]))
            {
                text.Append(" + ").AppendLine(Visible(b[y++]));
            }
            else
            {
                text.Append(" - ").AppendLine(Visible(a[x++]));
            }
        }

        return text.ToString();
    }

    // Trailing whitespace differences are otherwise invisible in a message.
    private static string Visible(string line) => line.Length > 0 && char.IsWhiteSpace(line[^1]) ? line + "·" : line;
}
