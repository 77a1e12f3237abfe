using System;

namespace InclusiveAnalyzers.Documents.Wording
{
    /// <summary>
    /// Finds the parts of raw HTML that people read: text between tags (not inside script, style,
    /// code, pre, kbd, samp, var, textarea or comments) and the values of alt, title, aria-label and
    /// placeholder. A hand-written scanner rather than the DOM, because text nodes carry no source positions.
    /// </summary>
    internal static class HtmlProse
    {
        // Compared in place (no substring per tag or attribute: this runs over every tag of every page).
        private static readonly string[] SkippedElements =
        {
            "script", "style", "code", "pre", "kbd", "samp", "var", "textarea", "tt", "math",
        };

        private static readonly string[] ReadAttributes =
        {
            "alt", "title", "aria-label", "placeholder", "aria-description", "aria-valuetext", "aria-roledescription",
        };

        /// <summary>Calls <paramref name="prose"/> with (start, length, isAttributeValue) for each readable run in text[start, end).</summary>
        public static void Scan(string text, int start, int end, Action<int, int, bool> prose)
        {
            end = Math.Min(end, text.Length);
            string? skipping = null;
            int skipDepth = 0;
            int i = Math.Max(0, start);
            int textStart = i;
            while (i < end)
            {
                if (text[i] != '<')
                {
                    i++;
                    continue;
                }
                int tagStart = i;
                if (i + 1 >= end) break;
                char next = text[i + 1];
                if (next == '!' || next == '?' || next == '/' || IsAsciiLetter(next))
                {
                    if (skipping == null && tagStart > textStart) prose(textStart, tagStart - textStart, false);
                }
                else
                {
                    i++;
                    continue; // a lone '<' in text
                }

                if (next == '!')
                {
                    i = string.CompareOrdinal(text, i, "<!--", 0, 4) == 0 ? Skip(text, i + 4, end, "-->") : Skip(text, i + 2, end, ">");
                }
                else if (next == '?')
                {
                    i = Skip(text, i + 2, end, ">");
                }
                else if (next == '/')
                {
                    int nameEnd = NameEnd(text, i + 2, end);
                    if (skipping != null && Is(text, i + 2, nameEnd, skipping) && --skipDepth == 0) skipping = null;
                    i = Skip(text, nameEnd, end, ">");
                }
                else
                {
                    int nameStart = i + 1;
                    int nameEnd = NameEnd(text, nameStart, end);
                    i = Attributes(text, nameEnd, end, skipping == null ? prose : null, out bool selfClosing);
                    if (!selfClosing)
                    {
                        if (skipping == null) { skipping = OneOf(text, nameStart, nameEnd, SkippedElements); skipDepth = skipping == null ? 0 : 1; }
                        else if (Is(text, nameStart, nameEnd, skipping)) skipDepth++;
                    }
                }
                textStart = i;
            }
            if (skipping == null && end > textStart) prose(textStart, end - textStart, false);
        }

        /// <summary>Reads attributes up to the end of the tag, reporting read values; returns the offset after '&gt;'.</summary>
        private static int Attributes(string text, int i, int end, Action<int, int, bool>? prose, out bool selfClosing)
        {
            selfClosing = false;
            while (i < end)
            {
                char c = text[i];
                if (c == '>') return i + 1;
                if (c == '/' && i + 1 < end && text[i + 1] == '>') { selfClosing = true; return i + 2; }
                if (char.IsWhiteSpace(c) || c == '/') { i++; continue; }
                int nameStart = i;
                while (i < end && !char.IsWhiteSpace(text[i]) && text[i] != '=' && text[i] != '>' && text[i] != '/') i++;
                int nameEnd = i;
                while (i < end && char.IsWhiteSpace(text[i])) i++;
                if (i >= end || text[i] != '=') continue;
                i++;
                while (i < end && char.IsWhiteSpace(text[i])) i++;
                if (i >= end) break;
                int valueStart, valueEnd;
                char quote = text[i];
                if (quote == '"' || quote == '\'')
                {
                    valueStart = i + 1;
                    int close = text.IndexOf(quote, valueStart, end - valueStart);
                    valueEnd = close < 0 ? end : close;
                    i = close < 0 ? end : close + 1;
                }
                else
                {
                    valueStart = i;
                    while (i < end && !char.IsWhiteSpace(text[i]) && text[i] != '>') i++;
                    valueEnd = i;
                }
                if (prose != null && valueEnd > valueStart && OneOf(text, nameStart, nameEnd, ReadAttributes) != null) prose(valueStart, valueEnd - valueStart, true);
            }
            return end;
        }

        private static bool Is(string text, int start, int end, string name) =>
            end - start == name.Length && string.Compare(text, start, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0;

        private static string? OneOf(string text, int start, int end, string[] names)
        {
            foreach (var name in names)
            {
                if (Is(text, start, end, name)) return name;
            }
            return null;
        }

        private static int Skip(string text, int from, int end, string terminator)
        {
            if (from >= end) return end;
            int found = text.IndexOf(terminator, from, end - from, StringComparison.Ordinal);
            return found < 0 ? end : found + terminator.Length;
        }

        private static int NameEnd(string text, int i, int end)
        {
            while (i < end && (IsAsciiLetter(text[i]) || char.IsDigit(text[i]) || text[i] == '-' || text[i] == ':' || text[i] == '_')) i++;
            return i;
        }

        private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
