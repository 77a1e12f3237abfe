using System;
using System.Collections.Generic;
using InclusiveAnalyzers.Documents.Accessibility.Tables;
using InclusiveAnalyzers.Documents.Markdown;

namespace InclusiveAnalyzers.Documents.Wording
{
    /// <summary>
    /// A style guide's word list as a Markdown table: one column headed for the words to avoid (Deprecated,
    /// Non-Inclusive, Word, Term, Avoid, Instead of, Don't, Old, Before) and another headed for what to write instead
    /// (Inclusive, Alternative, Replacement, Recommended, Preferred, Use, New, Do, After). PUL IT's handbook:
    /// "| Deprecated | Inclusive |" over "| Whitelist | Allowlist |"; Kubernetes' style guide: "Do | Don't" over
    /// "Run the container ... | Simply run the container ...". Each cell of the avoid column is a word talked about (or a
    /// sentence shown as the example not to follow), and so is that row's own term where its explanation spells it
    /// again (Palantir's "| Sanity check/test | The phrase sanity check is ableist ... |"). The rest of the table is
    /// prose: another term in the explanation or in the replacement column, and every table without both headers (a
    /// glossary's "| Term | Definition |"), are still read.
    /// </summary>
    internal static class TermListTables
    {
        // A header holding one of these heads the words to avoid.
        private static readonly string[] AvoidPhrases =
        {
            "non-inclusive", "non inclusive", "noninclusive", "deprecated", "avoid", "don't", "don’t", "dont", "do not",
            "not ok", "not recommended", "instead of", "inconsiderate", "offensive", "problematic", "negative", "exclusive",
            "old term", "old name", "before",
        };

        // A header that is one of these words heads the words to avoid as well.
        private static readonly string[] AvoidWords = { "term", "terms", "word", "words", "phrase", "phrases", "old", "original" };

        // A header holding one of these (and none of the above) heads the replacements.
        private static readonly string[] ReplacementPhrases =
        {
            "inclusive", "alternative", "replacement", "recommended", "preferred", "use", "new", "considerate", "better",
            "suggest", "after", "instead",
        };

        private static readonly string[] ReplacementWords = { "do", "ok", "good" };

        /// <summary>Blanks, in <paramref name="view"/>, the avoid column of such tables and each row's own term in its other cells.</summary>
        public static void Blank(MarkdownModel model, string text, ProseView view)
        {
            var words = new List<string>();
            foreach (var table in model.Tables)
            {
                if (table.Span.IsEmpty || !FindDelimiter(text, table.Span.Start, table.Span.End, out int headerStart, out int delimiter)) continue;
                int avoid = AvoidColumn(text, MarkdownTableRules.Cells(text, headerStart));
                if (avoid < 0) continue;
                int end = Math.Min(text.Length, table.Span.End + 1);
                for (int row = LineEnd(text, delimiter) + 1; row < end; row = LineEnd(text, row) + 1)
                {
                    var cells = MarkdownTableRules.Cells(text, row);
                    if (cells.Count <= avoid) continue;
                    var (cellStart, cellEnd) = cells[avoid];
                    words.Clear();
                    CollectWords(text, cellStart, cellEnd, words);
                    view.Blank(cellStart, cellEnd);
                    for (int c = 0; c < cells.Count; c++)
                    {
                        if (c != avoid) BlankRowTerm(text, view, cells[c].Start, cells[c].End, words);
                    }
                }
            }
        }

        /// <summary>
        /// Whether <paramref name="offset"/> lies in a body cell of the avoid column of such a table: Kubernetes' links
        /// table writes "See &lt;a href=...&gt;here&lt;/a&gt; for more details" under Don't, the example not to follow,
        /// so the link rules leave it alone as the wording rules do.
        /// </summary>
        public static bool InAvoidCell(string text, int offset)
        {
            if (offset < 0 || offset >= text.Length) return false;
            // Read from the text rather than the parsed tables: a line above the header (Kubernetes' Hugo shortcode
            // "{{< table caption = ... >}}") keeps the parser from seeing a table at all. Up from the row, within its
            // block (no blank line) and at most a few hundred lines, to the delimiter row; the header is the line above it.
            int row = offset == 0 ? 0 : text.LastIndexOf('\n', offset - 1) + 1;
            int line = row;
            for (int n = 0; n < 400 && line > 0; n++)
            {
                int above = LineStartBefore(text, line);
                if (IsBlankLine(text, above)) return false;
                if (IsDelimiterRow(text, above))
                {
                    if (above == 0) return false;
                    int header = LineStartBefore(text, above);
                    int avoid = AvoidColumn(text, MarkdownTableRules.Cells(text, header));
                    if (avoid < 0) return false;
                    var cells = MarkdownTableRules.Cells(text, row);
                    return cells.Count > avoid && offset >= cells[avoid].Start && offset < cells[avoid].End;
                }
                line = above;
            }
            return false;
        }

        // The start of the line before the one starting at lineStart (lineStart > 0).
        private static int LineStartBefore(string text, int lineStart)
            => lineStart < 2 ? 0 : text.LastIndexOf('\n', lineStart - 2) + 1;

        private static bool IsBlankLine(string text, int start)
        {
            for (int i = start; i < text.Length && text[i] != '\n'; i++)
            {
                if (!char.IsWhiteSpace(text[i])) return false;
            }
            return true;
        }

        // The avoid column, when another column heads the replacements; -1 otherwise.
        private static int AvoidColumn(string text, List<(int Start, int End)> header)
        {
            int avoid = -1;
            bool replacement = false;
            for (int c = 0; c < header.Count; c++)
            {
                string cell = Normalize(text.Substring(header[c].Start, header[c].End - header[c].Start));
                if (cell.Length == 0) continue;
                if (IsAvoidHeader(cell))
                {
                    if (avoid < 0) avoid = c;
                }
                else if (IsReplacementHeader(cell))
                {
                    replacement = true;
                }
            }
            return replacement ? avoid : -1;
        }

        private static string Normalize(string cell) => cell.Trim().Trim('*', '_', '`').Trim().ToLowerInvariant();

        private static bool IsAvoidHeader(string cell)
        {
            foreach (var word in AvoidWords)
            {
                if (cell == word) return true;
            }
            foreach (var phrase in AvoidPhrases)
            {
                if (ContainsWord(cell, phrase)) return true;
            }
            return false;
        }

        private static bool IsReplacementHeader(string cell)
        {
            foreach (var word in ReplacementWords)
            {
                if (cell == word) return true;
            }
            foreach (var phrase in ReplacementPhrases)
            {
                if (ContainsWord(cell, phrase, prefix: true)) return true;
            }
            return false;
        }

        // The phrase as a whole word of the header (a prefix of a word when asked: "suggested", "alternatives").
        private static bool ContainsWord(string cell, string phrase, bool prefix = false)
        {
            for (int at = cell.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = cell.IndexOf(phrase, at + 1, StringComparison.Ordinal))
            {
                int after = at + phrase.Length;
                bool starts = at == 0 || !IsWordChar(cell[at - 1]);
                bool ends = prefix || after == cell.Length || !IsWordChar(cell[after]);
                if (starts && ends) return true;
            }
            return false;
        }

        private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '-';

        // The words of the avoid cell, three letters or more ("Grandfathering/grandfather clause": grandfathering, grandfather, clause).
        private static void CollectWords(string text, int start, int end, List<string> words)
        {
            for (int i = start; i < end;)
            {
                if (!char.IsLetter(text[i]))
                {
                    i++;
                    continue;
                }
                int wordStart = i;
                while (i < end && char.IsLetter(text[i])) i++;
                if (i - wordStart >= 3) words.Add(text.Substring(wordStart, i - wordStart));
            }
        }

        // A word of another cell of the row that begins with one of the avoid cell's words, in any case: the row's own
        // term talked about ("grandfathered" beside "Grandfathering", "sanity check" beside "Sanity check/test").
        private static void BlankRowTerm(string text, ProseView view, int start, int end, List<string> words)
        {
            if (words.Count == 0) return;
            for (int i = start; i < end;)
            {
                if (!char.IsLetter(text[i]))
                {
                    i++;
                    continue;
                }
                int wordStart = i;
                while (i < end && char.IsLetter(text[i])) i++;
                foreach (var word in words)
                {
                    if (i - wordStart >= word.Length && string.Compare(text, wordStart, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0)
                    {
                        view.Blank(wordStart, i);
                        break;
                    }
                }
            }
        }

        // The delimiter row (pipes, colons, hyphens and blanks only) and the header line above it. The table's span may
        // open on a line the parser folded into it: Kubernetes writes "{{< table caption = "Do and Don't - Links" >}}"
        // right above "Do | Don't".
        private static bool FindDelimiter(string text, int start, int end, out int headerStart, out int delimiter)
        {
            headerStart = delimiter = -1;
            int previous = -1;
            for (int line = start; line <= end && line < text.Length; line = LineEnd(text, line) + 1)
            {
                if (previous >= 0 && IsDelimiterRow(text, line))
                {
                    headerStart = previous;
                    delimiter = line;
                    return true;
                }
                previous = line;
            }
            return false;
        }

        private static bool IsDelimiterRow(string text, int start)
        {
            int end = LineEnd(text, start);
            bool dash = false;
            for (int i = start; i < end; i++)
            {
                char c = text[i];
                if (c == '-')
                {
                    dash = true;
                }
                else if (c != '|' && c != ':' && c != ' ' && c != '\t' && c != '\r')
                {
                    return false;
                }
            }
            return dash;
        }

        private static int LineEnd(string text, int start)
        {
            int end = text.IndexOf('\n', start);
            return end < 0 ? text.Length : end;
        }
    }
}
