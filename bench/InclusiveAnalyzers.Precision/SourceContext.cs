using System.Text;

namespace InclusiveAnalyzers.Precision;

/// <summary>The lines around a finding, read from the scanned file, so a reader can judge it without opening it.</summary>
internal sealed class SourceContext(IReadOnlyList<CorpusSet> sets)
{
    private const int Width = 200;
    private readonly Dictionary<string, string[]> cache = [];

    /// <summary>Lines line-1..line+1, the finding's line marked with '>' and its span with ⟦ ⟧; long lines cut around the span.</summary>
    public string Around(Finding f, int radius = 1)
    {
        var lines = Lines(f);
        if (lines.Length == 0) return "(file not readable)";
        if (f.Line <= 0) return "(whole-file finding) first lines:\n" + string.Join("\n", lines.Take(4).Select(l => "  " + Cut(l, 0, 0)));
        var sb = new StringBuilder();
        for (int n = Math.Max(1, f.Line - radius); n <= Math.Min(lines.Length, f.Line + radius); n++)
        {
            string text = lines[n - 1];
            if (n == f.Line)
            {
                int start = Math.Clamp(f.Column - 1, 0, text.Length);
                int end = f.EndLine == f.Line ? Math.Clamp(f.EndColumn - 1, start, text.Length) : text.Length;
                text = text[..start] + "⟦" + text[start..end] + "⟧" + text[end..];
                sb.Append($"> {n,5}: ").AppendLine(Cut(text, start, end + 2));
            }
            else
            {
                sb.Append($"  {n,5}: ").AppendLine(Cut(text, 0, 0));
            }
        }
        return sb.ToString().TrimEnd();
    }

    /// <summary>The finding's own line, cut around the span, on one line (for tables and TSV).</summary>
    public string Excerpt(Finding f)
    {
        var lines = Lines(f);
        if (f.Line <= 0 || f.Line > lines.Length) return "";
        string text = lines[f.Line - 1];
        int start = Math.Clamp(f.Column - 1, 0, text.Length);
        int end = f.EndLine == f.Line ? Math.Clamp(f.EndColumn - 1, start, text.Length) : Math.Min(text.Length, start + 40);
        return Cut(text[..start] + "⟦" + text[start..end] + "⟧" + text[end..], start, end + 2).Replace('\t', ' ').Trim();
    }

    /// <summary>
    /// The reported text with up to 30 characters before it on its line, trimmed: the same pattern
    /// repeated by a template (a theme's breadcrumb on every page) gives the same string.
    /// </summary>
    public string Pattern(Finding f)
    {
        var lines = Lines(f);
        if (f.Line <= 0 || f.Line > lines.Length) return f.Message;
        string text = lines[f.Line - 1];
        int start = Math.Clamp(f.Column - 1, 0, text.Length);
        int end = f.EndLine == f.Line ? Math.Clamp(f.EndColumn - 1, start, text.Length) : text.Length;
        return text[Math.Max(0, start - 30)..end].Trim();
    }

    private static string Cut(string text, int start, int end)
    {
        if (text.Length <= Width) return text;
        int from = Math.Max(0, Math.Min(start - Width / 3, text.Length - Width));
        int to = Math.Min(text.Length, Math.Max(from + Width, end));
        return (from > 0 ? "…" : "") + text[from..to] + (to < text.Length ? "…" : "");
    }

    private string[] Lines(Finding f)
    {
        var set = sets.First(s => s.Name == f.Set);
        string full = set.FullPath(f.Path);
        if (!cache.TryGetValue(full, out var lines))
        {
            try { lines = File.ReadAllText(full).Replace("\r\n", "\n").Split('\n'); }
            catch (IOException) { lines = []; }
            catch (UnauthorizedAccessException) { lines = []; }
            cache[full] = lines;
        }
        return lines;
    }
}
