using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace InclusiveAnalyzers.Documents.Parsing
{
    /// <summary>
    /// MkDocs' indented blocks: Python-Markdown's admonitions (<c>!!! warning "Title"</c>), pymdownx.details
    /// (<c>??? note</c>, <c>???+ tip</c>) and pymdownx.tabbed content tabs (<c>=== "Tab"</c>), each a marker line
    /// whose body is the Markdown indented four spaces under it. CommonMark reads such a body as indented code, so
    /// its words and links would go unread. The marker line is rewritten in place into a bullet list item whose
    /// content starts four columns after the marker (<c>  - warning "Title"</c>, or an empty item <c>  -</c> when no
    /// word stands four columns in): Markdig then reads the body as the item's Markdown, nested markers as nested
    /// items, and every offset stays the file's.
    /// <para>Only a marker line that is the whole line (Python-Markdown's own syntax, at most three class words) and
    /// has an indented body is one: a "!!! Warning !!!" line in prose, a marker shown in a code fence or an indented
    /// code block, and an indented code block after a paragraph are left as they are.</para>
    /// </summary>
    internal static class MkDocsBlocks
    {
        // Python-Markdown's admonition line: the marker, a type and at most two more classes, an optional quoted title
        // (pymdownx.details also takes a title alone: ??? "Raw database instructions").
        private static readonly Regex Admonition = new Regex(
            @"^(?:!!!|\?\?\?\+?) ?(?:[A-Za-z][\w\-]*(?: +[\w\-]+){0,2}(?: +""[^""\n]*"")?|(?<=\?\+? ?)""[^""\n]*"") *$", RegexOptions.CultureInvariant);

        // pymdownx.tabbed: === "Tab", ===+ "Tab" (selected), ===! "Tab" (new tab set).
        private static readonly Regex Tab = new Regex(@"^===[+!]{0,2} +""[^""\n]*"" *$", RegexOptions.CultureInvariant);

        /// <summary>True when the text may hold a marker: the cheap test before any line is read.</summary>
        public static bool MayHold(string text)
            => text.IndexOf("!!!", System.StringComparison.Ordinal) >= 0
                || text.IndexOf("???", System.StringComparison.Ordinal) >= 0
                || text.IndexOf("===", System.StringComparison.Ordinal) >= 0;

        /// <summary>Rewrites the marker lines of <paramref name="text"/> into list items; null when it has none.</summary>
        public static char[]? Open(string text, char[]? chars)
        {
            var bodies = new Stack<int>(); // the content columns of the open bodies, innermost on top
            string? fence = null;          // the open code fence, or null
            int fenceIndent = 0;
            bool changed = false;
            for (int s = 0; s < text.Length;)
            {
                int e = MarkdownDialects.LineEnd(text, s);
                int indent = 0;
                while (s + indent < e && text[s + indent] == ' ') indent++;
                bool blank = s + indent == e || (s + indent < e && IsBlankRest(text, s + indent, e));
                if (blank)
                {
                    s = MarkdownDialects.NextLine(text, e);
                    continue;
                }
                if (text[s + indent] == '\t')
                {
                    // Tab-indented lines: columns this pass does not count; they close nothing and open nothing.
                    s = MarkdownDialects.NextLine(text, e);
                    continue;
                }
                if (fence != null)
                {
                    // A fence inside a body ends with the body (a less indented line) or at its closing fence.
                    if (bodies.Count == 0 || indent >= fenceIndent)
                    {
                        if (IsClosingFence(text, s + indent, e, fence)) fence = null;
                        s = MarkdownDialects.NextLine(text, e);
                        continue;
                    }
                    fence = null;
                }
                while (bodies.Count > 0 && indent < bodies.Peek()) bodies.Pop();
                int column = bodies.Count > 0 ? bodies.Peek() : 0;
                char first = text[s + indent];
                if (indent - column <= 3 && (first == '`' || first == '~') && MarkdownDialects.IsOpeningFence(text.Substring(s + indent, e - s - indent), out var opened))
                {
                    fence = opened;
                    fenceIndent = column;
                }
                else if (indent == column && (first == '!' || first == '?' || first == '=') && IsMarker(text, s + indent, e)
                    && HasBody(text, MarkdownDialects.NextLine(text, e), column + 4, WordFourIn(text, s + indent, e) ? int.MaxValue : 0))
                {
                    chars ??= text.ToCharArray();
                    OpenItem(chars, text, s + indent, e);
                    bodies.Push(column + 4);
                    changed = true;
                }
                s = MarkdownDialects.NextLine(text, e);
            }
            return changed ? chars : null;
        }

        private static bool IsMarker(string text, int start, int end)
        {
            var line = text.Substring(start, end - start);
            return Admonition.IsMatch(line) || Tab.IsMatch(line);
        }

        /// <summary>
        /// The marker at <paramref name="at"/> becomes a bullet two columns in: "!!! note" reads "  - note" (the word four
        /// columns in is the item's first text, so the item's content column is the body's); when the fifth character is
        /// no word ("???+ tip", "!!!note"), the whole line becomes an empty item "  -", whose content column is also four in.
        /// </summary>
        private static void OpenItem(char[] chars, string text, int at, int end)
        {
            bool wordFourIn = WordFourIn(text, at, end);
            int blankTo = wordFourIn ? at + 4 : end;
            for (int i = at; i < blankTo; i++) chars[i] = ' ';
            chars[at + 2] = '-';
        }

        private static bool WordFourIn(string text, int at, int end) => at + 4 < end && text[at + 3] == ' ' && text[at + 4] != ' ';

        /// <summary>
        /// True when the body under a marker is there: the first non-blank line after it is indented at least
        /// <paramref name="column"/>, after at most <paramref name="blanksAllowed"/> blank lines (none for an empty item: CommonMark
        /// ends an item that starts with a blank line at the next blank line).
        /// </summary>
        private static bool HasBody(string text, int s, int column, int blanksAllowed)
        {
            int blanks = 0;
            while (s < text.Length)
            {
                int e = MarkdownDialects.LineEnd(text, s);
                int indent = 0;
                while (s + indent < e && text[s + indent] == ' ') indent++;
                if (s + indent == e || IsBlankRest(text, s + indent, e))
                {
                    if (++blanks > blanksAllowed) return false;
                    s = MarkdownDialects.NextLine(text, e);
                    continue;
                }
                return indent >= column;
            }
            return false;
        }

        private static bool IsBlankRest(string text, int start, int end)
        {
            for (int i = start; i < end; i++)
            {
                if (text[i] != ' ' && text[i] != '\t' && text[i] != '\r') return false;
            }
            return true;
        }

        private static bool IsClosingFence(string text, int at, int end, string fence)
        {
            int i = at, run = 0;
            while (i < end && text[i] == fence[0]) { i++; run++; }
            if (run < fence.Length || run < 3) return false;
            return IsBlankRest(text, i, end);
        }
    }
}
