using System.Globalization;
using System.Text;

namespace InclusiveAnalyzers.Cli.Fixing;

/// <summary>
/// One file's change as <c>git diff</c> prints it, so <c>git apply</c> (and <c>patch -p1</c>) accept it:
/// a <c>diff --git</c> header, then for a renamed file git's <c>similarity index</c>, <c>rename from</c>
/// and <c>rename to</c> lines, then the unified diff of the text (none for a pure rename).
/// </summary>
public static class GitPatch
{
    /// <param name="oldPath">The path relative to the repository, with '/'.</param>
    /// <returns>The patch, or empty when nothing changes.</returns>
    public static string Create(string oldPath, string newPath, string oldText, string newText)
    {
        var renames = !string.Equals(oldPath, newPath, StringComparison.Ordinal);
        var body = UnifiedDiff.Create(Quote("a/" + oldPath), Quote("b/" + newPath), oldText, newText);
        if (!renames && body.Length == 0)
        {
            return string.Empty;
        }

        var patch = new StringBuilder();
        patch.Append("diff --git ").Append(Quote("a/" + oldPath)).Append(' ').Append(Quote("b/" + newPath)).Append('\n');
        if (renames)
        {
            patch.Append("similarity index ").Append(Similarity(oldText, newText).ToString(CultureInfo.InvariantCulture)).Append("%\n");
            patch.Append("rename from ").Append(Quote(oldPath)).Append('\n');
            patch.Append("rename to ").Append(Quote(newPath)).Append('\n');
        }

        return patch.Append(body).ToString();
    }

    /// <summary>The share of lines kept, in percent (git's figure is by bytes; git apply does not check it).</summary>
    private static int Similarity(string oldText, string newText)
    {
        var a = UnifiedDiff.SplitLines(oldText);
        var b = UnifiedDiff.SplitLines(newText);
        var total = Math.Max(a.Length, b.Length);
        if (total == 0)
        {
            return 100;
        }

        var remaining = a.GroupBy(l => l, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var kept = 0;
        foreach (var line in b)
        {
            if (remaining.TryGetValue(line, out var count) && count > 0)
            {
                remaining[line] = count - 1;
                kept++;
            }
        }

        return kept * 100 / total;
    }

    /// <summary>git's C-style quoting, for names with a quote, a backslash or a control character.</summary>
    private static string Quote(string path)
    {
        if (!path.Any(c => c is '"' or '\\' || char.IsControl(c)))
        {
            return path;
        }

        var quoted = new StringBuilder("\"");
        foreach (var c in path)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\t' => "\\t",
                '\n' => "\\n",
                '\r' => "\\r",
                _ when char.IsControl(c) => "\\" + Convert.ToString(c, 8).PadLeft(3, '0'),
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }
}
