using System.Collections.Generic;

namespace InclusiveAnalyzers.Documents.Parsing
{
    /// <summary>
    /// How deeply list items nest, estimated in one pass before Markdig parses. Markdig refuses more
    /// than 128 nested containers (64 list levels: a list and its item each count), but only after
    /// work that grows with the cube of the depth: a list nested 3,000 levels (8.7 MB) took 49 s to be
    /// refused. Lists nested past <see cref="MaxListLevels"/> (twice what Markdig accepts, so the
    /// estimate never refuses a parseable file) are refused at once. Lines in fenced code are ignored.
    /// </summary>
    internal static class MarkdownNesting
    {
        public const int MaxListLevels = 128;

        /// <summary>The deepest list nesting found, stopping once it passes <paramref name="stopAt"/>.</summary>
        public static int ListLevels(string text, int stopAt = int.MaxValue)
        {
            var open = new Stack<int>(); // content column of each open list item
            int deepest = 0, i = 0, n = text.Length;
            char fence = '\0';
            while (i < n)
            {
                int lineEnd = text.IndexOf('\n', i);
                if (lineEnd < 0) lineEnd = n;
                int column = 0, p = i;
                while (p < lineEnd && (text[p] == ' ' || text[p] == '\t'))
                {
                    column = text[p] == '\t' ? column + 4 - column % 4 : column + 1;
                    p++;
                }

                if (p < lineEnd && text[p] != '\r')
                {
                    if (p + 2 < lineEnd && (text[p] == '`' || text[p] == '~') && text[p + 1] == text[p] && text[p + 2] == text[p])
                    {
                        fence = fence == '\0' ? text[p] : fence == text[p] ? '\0' : fence;
                    }
                    else if (fence == '\0')
                    {
                        while (open.Count > 0 && open.Peek() > column) open.Pop();
                        // One or more markers ("- ", "1. ") each open a level: "- - - x" is three.
                        while (true)
                        {
                            int width = MarkerWidth(text, p, lineEnd);
                            if (width == 0) break;
                            p += width;
                            column += width;
                            while (p < lineEnd && text[p] == ' ') { p++; column++; }
                            open.Push(column);
                            if (open.Count > deepest)
                            {
                                deepest = open.Count;
                                if (deepest > stopAt) return deepest;
                            }
                        }
                    }
                }

                i = lineEnd + 1;
            }

            return deepest;
        }

        /// <summary>The length of a list marker and the space after it at <paramref name="p"/> ("- ", "* ", "+ ", "12. ", "3) "), or 0.</summary>
        private static int MarkerWidth(string text, int p, int end)
        {
            int q = p;
            if (q < end && (text[q] == '-' || text[q] == '*' || text[q] == '+'))
            {
                q++;
            }
            else
            {
                while (q < end && q - p < 9 && text[q] >= '0' && text[q] <= '9') q++;
                if (q == p || q >= end || (text[q] != '.' && text[q] != ')')) return 0;
                q++;
            }

            return q < end && (text[q] == ' ' || text[q] == '\t') ? q + 1 - p : 0;
        }
    }
}
