using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace InclusiveAnalyzers.Documents.Parsing
{
    /// <summary>
    /// MkDocs' indented blocks: Python-Markdown's admonitions (<c>!!! warning "Title"</c>), pymdownx.details
    /// (<c>??? note</c>, <c>???+ tip</c>) and pymdownx.tabbed content tabs (<c>=== "Tab"</c>), each a marker line
    /// whose body is the Markdown indented four spaces under it. CommonMark reads such a body as indented code, so
    /// its words and links would go unread. The marker line is rewritten in place into a bullet list item with text on
    /// its first line, whose content starts at most four columns after the marker (<c>-   warning "Title"</c>, see
    /// <see cref="OpenItem"/>): Markdig then reads the body as the item's Markdown, also after blank lines, nested
    /// markers as nested items, and every offset stays the file's.
    /// <para>Only a marker line that is the whole line (Python-Markdown's own syntax, at most three class words) and
    /// has an indented body is one: a "!!! Warning !!!" line in prose, a marker shown in a code fence or an indented
    /// code block, and an indented code block after a paragraph are left as they are. A marker may stand at a block
    /// body's column, or inside a list item at most three columns past the item's text (MkDocs indents an item's
    /// blocks four spaces under "1. " or "- ").</para>
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
            // The open containers, innermost on top: a block's body column, or a list item's content column (negated, so a
            // list item tells itself apart from a body: a list item keeps lazy continuation lines, a body does not).
            var containers = new Stack<int>();
            string? fence = null;          // the open code fence, or null
            int fenceIndent = 0;
            bool changed = false, previousBlank = true;
            for (int s = 0; s < text.Length;)
            {
                int e = MarkdownDialects.LineEnd(text, s);
                int indent = 0;
                while (s + indent < e && text[s + indent] == ' ') indent++;
                bool blank = s + indent == e || (s + indent < e && IsBlankRest(text, s + indent, e));
                if (blank)
                {
                    previousBlank = true;
                    s = MarkdownDialects.NextLine(text, e);
                    continue;
                }
                if (text[s + indent] == '\t')
                {
                    // Tab-indented lines: columns this pass does not count; they close nothing and open nothing.
                    previousBlank = false;
                    s = MarkdownDialects.NextLine(text, e);
                    continue;
                }
                if (fence != null)
                {
                    // A fence inside a container ends with it (a less indented line) or at its closing fence.
                    if (containers.Count == 0 || indent >= fenceIndent)
                    {
                        if (IsClosingFence(text, s + indent, e, fence)) fence = null;
                        s = MarkdownDialects.NextLine(text, e);
                        continue;
                    }
                    fence = null;
                }
                char first = text[s + indent];
                int item = ListItemContent(text, s + indent, e);
                while (containers.Count > 0 && indent < Column(containers.Peek()))
                {
                    // A paragraph's lazy line (words right under the item's text) keeps a list item open; a line after a
                    // blank, a new item, a marker, a rule or any other block start ends it.
                    if (containers.Peek() < 0 && !previousBlank && item < 0 && IsLazyText(first)) break;
                    containers.Pop();
                }
                previousBlank = false;
                int column = containers.Count > 0 ? Column(containers.Peek()) : 0;
                if (indent < column || indent - column > 3)
                {
                    // A lazy line, or indented code: nothing opens here.
                    s = MarkdownDialects.NextLine(text, e);
                    continue;
                }
                bool itemContainer = containers.Count > 0 && containers.Peek() < 0;
                if ((first == '`' || first == '~') && MarkdownDialects.IsOpeningFence(text.Substring(s + indent, e - s - indent), out var opened))
                {
                    fence = opened;
                    fenceIndent = column;
                }
                else if ((indent == column || itemContainer) && (first == '!' || first == '?' || first == '=') && IsMarker(text, s + indent, e)
                    && HasBody(text, MarkdownDialects.NextLine(text, e), indent + 4))
                {
                    chars ??= text.ToCharArray();
                    OpenItem(chars, text, s + indent, e);
                    containers.Push(indent + 4);
                    changed = true;
                }
                else if (item >= 0)
                {
                    // A list item: a marker indented under it is inside it (MkDocs indents a list item's blocks four spaces).
                    containers.Push(-(item - s));
                }
                s = MarkdownDialects.NextLine(text, e);
            }
            return changed ? chars : null;
        }

        private static int Column(int container) => container < 0 ? -container : container;

        private static bool IsLazyText(char first) => char.IsLetterOrDigit(first) || first == '(' || first == '[' || first == '"' || first == '\'';

        /// <summary>Where the content of the list item that starts at <paramref name="at"/> starts ("- ", "* ", "1. ", "2) "), or -1.</summary>
        private static int ListItemContent(string text, int at, int end)
        {
            int k = at;
            if (text[k] == '-' || text[k] == '*' || text[k] == '+')
            {
                k++;
            }
            else
            {
                while (k < end && k - at < 9 && text[k] >= '0' && text[k] <= '9') k++;
                if (k == at || k >= end || (text[k] != '.' && text[k] != ')')) return -1;
                k++;
            }
            if (k >= end || text[k] != ' ') return -1;
            int content = k;
            while (content < end && text[content] == ' ') content++;
            if (content == end) return -1; // an empty item: no marker opens inside it here
            return content - k > 4 ? k + 1 : content; // five spaces or more: the item's content is indented code, one column in
        }

        private static bool IsMarker(string text, int start, int end)
        {
            var line = text.Substring(start, end - start);
            return Admonition.IsMatch(line) || Tab.IsMatch(line);
        }

        /// <summary>
        /// The marker at <paramref name="at"/> becomes a bullet in its place, and the item's content starts at the word after
        /// the marker or four columns in, whichever comes first: "!!! note" reads "-   note", "!!!note" reads "-  note" (content
        /// three columns in), "???+ tip" reads "-   \u00A0tip": a no-break space, which CommonMark does not count as
        /// indentation, stands four columns in where the marker's "+" and space were, so the body four columns in belongs to
        /// the item, also after a blank line (an item whose first line is empty would end there).
        /// </summary>
        private static void OpenItem(char[] chars, string text, int at, int end)
        {
            int content = at + 3;
            while (content < end && (text[content] == '+' || text[content] == '!' || text[content] == ' ')) content++;
            chars[at] = '-';
            for (int i = at + 1; i < content; i++) chars[i] = i < at + 4 ? ' ' : '\u00A0';
        }

        /// <summary>
        /// True when the body under a marker is there: the first non-blank line after it, past any blank lines, is indented at
        /// least <paramref name="column"/>.
        /// </summary>
        private static bool HasBody(string text, int s, int column)
        {
            while (s < text.Length)
            {
                int e = MarkdownDialects.LineEnd(text, s);
                int indent = 0;
                while (s + indent < e && text[s + indent] == ' ') indent++;
                if (s + indent == e || IsBlankRest(text, s + indent, e))
                {
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
