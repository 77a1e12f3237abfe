namespace InclusiveAnalyzers.Documents.CodeOfConduct
{
    /// <summary>
    /// A code of conduct's sentences are matched as phrases ("may be permanently removed", "have the right and
    /// responsibility to remove"), and hand-wrapped Markdown splits them anywhere: "may be\n&gt;   removed or banned".
    /// <see cref="Join"/> turns each line wrap inside a paragraph (the line break, and the next line's indent and quote
    /// markers) into spaces, so a phrase reads the same wrapped or not. A paragraph stays apart: a blank line, a new block
    /// (list item, heading, setext underline, table row, code fence) and anything hidden between the lines (an HTML
    /// document's <c>&lt;/p&gt;&lt;p&gt;</c>, a code block) keep the line break, which phrase patterns never cross.
    /// </summary>
    internal static class LineWraps
    {
        /// <param name="text">The original text.</param>
        /// <param name="masked">The same text with hidden ranges blanked (same length).</param>
        /// <returns><paramref name="masked"/> with wraps turned into spaces (same length, same offsets); the same string when it has none.</returns>
        public static string Join(string text, string masked)
        {
            char[]? chars = null;
            int lineStart = 0;
            for (int i = masked.IndexOf('\n'); i >= 0; i = masked.IndexOf('\n', i + 1))
            {
                int previousStart = lineStart;
                lineStart = i + 1;
                int next = SkipPrefix(masked, i + 1);
                if (!IsWrap(text, masked, previousStart, i, next)) continue;
                chars ??= masked.ToCharArray();
                if (i > 0 && chars[i - 1] == '\r') chars[i - 1] = ' ';
                for (int p = i; p < next; p++) chars[p] = ' ';
            }

            return chars == null ? masked : new string(chars);
        }

        // The indent and block-quote markers that open a continuation line.
        private static int SkipPrefix(string s, int at)
        {
            while (at < s.Length && (s[at] == ' ' || s[at] == '\t' || s[at] == '>')) at++;
            return at;
        }

        private static bool IsWrap(string text, string masked, int previousStart, int lineBreak, int next)
        {
            // The line before: not blank, not a block that ends at its line (heading, underline, table row).
            int first = SkipPrefix(masked, previousStart);
            int last = lineBreak - 1;
            while (last >= first && char.IsWhiteSpace(masked[last])) last--;
            if (last < first || IsLineBlock(masked, first, last + 1)) return false;

            // The line after: not blank, and no new block.
            if (next >= masked.Length || masked[next] == '\n' || masked[next] == '\r') return false;
            int end = masked.IndexOf('\n', next);
            if (end < 0) end = masked.Length;
            if (IsLineBlock(masked, next, end) || IsBlockStart(masked, next, end)) return false;

            // Hidden content between the two lines' text separates them.
            for (int p = last + 1; p < next; p++)
            {
                if (text[p] != masked[p]) return false;
            }

            return true;
        }

        // A line that is a block of its own: an ATX heading, a table row, a setext or reStructuredText underline or a
        // thematic break (one mark repeated: ===, ---, ^^^, ~~~).
        private static bool IsLineBlock(string s, int start, int end)
        {
            char c = s[start];
            if (c == '#' || c == '|') return true;
            if (char.IsLetterOrDigit(c)) return false;
            int marks = 0;
            for (int p = start; p < end; p++)
            {
                if (s[p] == c) marks++;
                else if (!char.IsWhiteSpace(s[p])) return false;
            }

            return marks >= 3;
        }

        // A line that opens a block: a bullet or numbered list item, a code fence.
        private static bool IsBlockStart(string s, int start, int end)
        {
            char c = s[start];
            if ((c == '-' || c == '*' || c == '+') && start + 1 < end && (s[start + 1] == ' ' || s[start + 1] == '\t')) return true;
            int p = start;
            while (p < end && p - start < 9 && char.IsDigit(s[p])) p++;
            if (p > start && p + 1 < end && (s[p] == '.' || s[p] == ')') && (s[p + 1] == ' ' || s[p + 1] == '\t')) return true;
            return end - start >= 3 && (s.Substring(start, 3) == "```" || s.Substring(start, 3) == "~~~");
        }
    }
}
