using System;

namespace InclusiveAnalyzers.Documents.Wording
{
    /// <summary>
    /// Character references to quotation marks (<c>&amp;quot;</c>, <c>&amp;ldquo;</c>, <c>&amp;#8217;</c>...): HTML must
    /// write a double quote inside an attribute this way (Sphinx's <c>title="Build a &amp;quot;dumb&amp;quot; installer"</c>),
    /// and a quoted word is a name or a mention, not a word used. The reference is laid into the prose view as the
    /// mark it stands for, next to the word it quotes, so the matcher sees <c>"dumb"</c>.
    /// References to git's ref operators are laid the same way: AsciiDoc writes <c>master~3</c> as
    /// <c>master&amp;#126;3</c> and <c>^master</c> as <c>&amp;#94;master</c>, which are refs, not words.
    /// </summary>
    internal static class QuoteEntities
    {
        // The longest reference read: "&#x201D;" and "&rdquo;" are 8 and 7 characters.
        private const int MaxLength = 8;

        /// <summary>Rewrites each quote reference in view[start, end) as its mark; other references stay as they are.</summary>
        public static void Lay(ProseView view, string text, int start, int end)
        {
            end = Math.Min(end, text.Length);
            for (int at = start < end ? text.IndexOf('&', start, end - start) : -1; at >= 0; at = at + 1 < end ? text.IndexOf('&', at + 1, end - at - 1) : -1)
            {
                int limit = Math.Min(end, at + MaxLength + 1);
                int semicolon = text.IndexOf(';', at + 1, limit - at - 1);
                if (semicolon < 0) continue;
                char mark = Decode(text, at + 1, semicolon);
                if (mark == '\0') continue;
                bool letterBefore = at > 0 && char.IsLetterOrDigit(text[at - 1]);
                bool letterAfter = semicolon + 1 < text.Length && char.IsLetterOrDigit(text[semicolon + 1]);
                if (mark == '~' || mark == '^')
                {
                    // A ref operator stays against the ref it follows (master~3, master^2) or precedes (^master).
                    view.Replace(at, semicolon + 1, mark, letterBefore ? at : semicolon);
                    continue;
                }
                if (letterBefore && letterAfter) continue; // an apostrophe inside a word (don&rsquo;t): no quote
                // Before a word the mark opens a quote: it goes next to that word; otherwise it closes one.
                view.Replace(at, semicolon + 1, mark, letterAfter ? semicolon : at);
            }
        }

        /// <summary>The quotation mark that the reference name text[start, end) (between &amp; and ;) stands for, or '\0'.</summary>
        internal static char Decode(string text, int start, int end)
        {
            var name = text.Substring(start, end - start);
            switch (name)
            {
                case "quot": case "QUOT": case "#34": case "#x22": case "#X22": return '"';
                case "apos": case "#39": case "#x27": case "#X27": return '\'';
                case "ldquo": case "#8220": return '\u201C';
                case "rdquo": case "#8221": return '\u201D';
                case "lsquo": case "#8216": return '\u2018';
                case "rsquo": case "#8217": return '\u2019';
                case "laquo": case "#171": return '\u00AB';
                case "raquo": case "#187": return '\u00BB';
                case "#126": case "#x7E": case "#x7e": case "#X7E": return '~';
                case "#94": case "#x5E": case "#x5e": case "#X5E": case "Hat": return '^';
            }
            if (name.Length > 2 && name[0] == '#' && (name[1] == 'x' || name[1] == 'X'))
            {
                switch (name.Substring(2).ToLowerInvariant())
                {
                    case "201c": return '\u201C';
                    case "201d": return '\u201D';
                    case "2018": return '\u2018';
                    case "2019": return '\u2019';
                    case "ab": return '\u00AB';
                    case "bb": return '\u00BB';
                }
            }
            return '\0';
        }
    }
}
