using System.Globalization;
using System.Text;

namespace InclusiveAnalyzers.Cli.Fixing;

/// <summary>
/// A unified diff (as <c>diff -u</c> and <c>git diff</c> print it) between two texts, line by line,
/// with three lines of context. Lines are compared with their line ending, so a changed ending shows.
/// The edit script is Myers' O((N+M)D) shortest one, after trimming the common head and tail.
/// </summary>
public static class UnifiedDiff
{
    private const int Context = 3;

    public static string Create(string oldPath, string newPath, string oldText, string newText)
    {
        var a = SplitLines(oldText);
        var b = SplitLines(newText);
        var edits = Diff(a, b);
        if (edits.All(e => e.Kind == EditKind.Same))
        {
            return string.Empty;
        }

        var output = new StringBuilder();
        output.Append("--- ").Append(oldPath).Append('\n');
        output.Append("+++ ").Append(newPath).Append('\n');

        // Group edits into hunks: changes closer than 2 * Context lines share a hunk.
        var i = 0;
        while (i < edits.Count)
        {
            while (i < edits.Count && edits[i].Kind == EditKind.Same)
            {
                i++;
            }

            if (i >= edits.Count)
            {
                break;
            }

            var start = Math.Max(0, i - Context);
            var end = i;
            var sameRun = 0;
            for (var j = i; j < edits.Count; j++)
            {
                if (edits[j].Kind == EditKind.Same)
                {
                    sameRun++;
                    if (sameRun > 2 * Context)
                    {
                        break;
                    }
                }
                else
                {
                    sameRun = 0;
                    end = j;
                }
            }

            var stop = Math.Min(edits.Count, end + 1 + Context);
            WriteHunk(output, edits, start, stop, a, b);
            i = stop;
        }

        return output.ToString();
    }

    private static void WriteHunk(StringBuilder output, List<Edit> edits, int start, int stop, string[] a, string[] b)
    {
        var first = edits[start];
        int oldCount = 0, newCount = 0;
        for (var k = start; k < stop; k++)
        {
            if (edits[k].Kind != EditKind.Insert)
            {
                oldCount++;
            }

            if (edits[k].Kind != EditKind.Delete)
            {
                newCount++;
            }
        }

        // A range of zero lines names the line before it, as diff does.
        var oldStart = oldCount == 0 ? first.OldIndex : first.OldIndex + 1;
        var newStart = newCount == 0 ? first.NewIndex : first.NewIndex + 1;
        output.Append("@@ -").Append(Range(oldStart, oldCount)).Append(" +").Append(Range(newStart, newCount)).Append(" @@\n");
        for (var k = start; k < stop; k++)
        {
            var edit = edits[k];
            var (prefix, line) = edit.Kind switch
            {
                EditKind.Same => (' ', a[edit.OldIndex]),
                EditKind.Delete => ('-', a[edit.OldIndex]),
                _ => ('+', b[edit.NewIndex]),
            };
            // A CRLF line keeps its CR, as git diff prints it: git apply compares lines byte for byte.
            output.Append(prefix).Append(line.EndsWith('\n') ? line[..^1] : line.TrimEnd('\r')).Append('\n');
            if (!line.EndsWith('\n') && !line.EndsWith('\r'))
            {
                output.Append("\\ No newline at end of file\n");
            }
        }
    }

    private static string Range(int start, int count) => count == 1 ? start.ToString(CultureInfo.InvariantCulture) : $"{start},{count}";

    internal static string[] SplitLines(string text)
    {
        var lines = new List<string>();
        var begin = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                lines.Add(text.Substring(begin, i + 1 - begin));
                begin = i + 1;
            }
        }

        if (begin < text.Length)
        {
            lines.Add(text.Substring(begin));
        }

        return lines.ToArray();
    }

    private enum EditKind
    {
        Same,
        Delete,
        Insert,
    }

    private readonly record struct Edit(EditKind Kind, int OldIndex, int NewIndex);

    private static List<Edit> Diff(string[] a, string[] b)
    {
        var head = 0;
        while (head < a.Length && head < b.Length && a[head] == b[head])
        {
            head++;
        }

        var tail = 0;
        while (tail < a.Length - head && tail < b.Length - head && a[a.Length - 1 - tail] == b[b.Length - 1 - tail])
        {
            tail++;
        }

        var edits = new List<Edit>(a.Length + b.Length);
        for (var k = 0; k < head; k++)
        {
            edits.Add(new Edit(EditKind.Same, k, k));
        }

        Middle(a, b, head, a.Length - tail, head, b.Length - tail, edits);
        for (var k = 0; k < tail; k++)
        {
            edits.Add(new Edit(EditKind.Same, a.Length - tail + k, b.Length - tail + k));
        }

        return edits;
    }

    /// <summary>Myers' greedy forward search with a saved frontier per step, then a walk back.</summary>
    private static void Middle(string[] a, string[] b, int aStart, int aEnd, int bStart, int bEnd, List<Edit> edits)
    {
        var n = aEnd - aStart;
        var m = bEnd - bStart;
        var max = n + m;
        if (max == 0)
        {
            return;
        }

        var offset = max + 1;
        var v = new int[2 * max + 3];
        var trace = new List<int[]>();
        var found = false;
        for (var d = 0; d <= max && !found; d++)
        {
            trace.Add((int[])v.Clone());
            for (var k = -d; k <= d; k += 2)
            {
                int x;
                if (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]))
                {
                    x = v[offset + k + 1];
                }
                else
                {
                    x = v[offset + k - 1] + 1;
                }

                var y = x - k;
                while (x < n && y < m && a[aStart + x] == b[bStart + y])
                {
                    x++;
                    y++;
                }

                v[offset + k] = x;
                if (x >= n && y >= m)
                {
                    found = true;
                    break;
                }
            }
        }

        // Walk back from (n, m) through the saved frontiers.
        var script = new List<Edit>();
        int cx = n, cy = m;
        for (var d = trace.Count - 1; d >= 0; d--)
        {
            var vd = trace[d];
            var k = cx - cy;
            int prevK;
            if (k == -d || (k != d && vd[offset + k - 1] < vd[offset + k + 1]))
            {
                prevK = k + 1;
            }
            else
            {
                prevK = k - 1;
            }

            var prevX = d == 0 ? 0 : vd[offset + prevK];
            var prevY = prevX - prevK;
            while (cx > prevX && cy > prevY)
            {
                cx--;
                cy--;
                script.Add(new Edit(EditKind.Same, aStart + cx, bStart + cy));
            }

            if (d > 0)
            {
                if (cx == prevX)
                {
                    cy--;
                    script.Add(new Edit(EditKind.Insert, aStart + cx, bStart + cy));
                }
                else
                {
                    cx--;
                    script.Add(new Edit(EditKind.Delete, aStart + cx, bStart + cy));
                }
            }
        }

        script.Reverse();
        edits.AddRange(script);
    }
}
