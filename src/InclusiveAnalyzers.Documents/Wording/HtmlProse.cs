using System;

namespace InclusiveAnalyzers.Documents.Wording
{
    /// <summary>
    /// Finds the parts of raw HTML that people read: text between tags (not inside script, style,
    /// code, pre, kbd, samp, var, textarea or comments) and the values of alt, title, aria-label and
    /// placeholder. A hand-written scanner rather than the DOM, because text nodes carry no source positions.
    /// The markup that documentation generators put around names is skipped like code: signatures and
    /// their parameters (Sphinx <c>dt.sig</c>, <c>span.pre</c>, <c>sig-name</c>/<c>sig-param</c>; Doxygen
    /// <c>memname</c>/<c>paramname</c>; DocFX <c>xref</c>/<c>parametername</c> and headings with a
    /// <c>data-uid</c>; Javadoc <c>member-signature</c>; gtk-doc's <c>td.parameter_name</c>, <c>function_name</c> and
    /// member cells) and generated index tables: their words are the
    /// names of API members (<c>Tk(master=None)</c>), which the document cannot rename.
    /// </summary>
    internal static class HtmlProse
    {
        // Compared in place (no substring per tag or attribute: this runs over every tag of every page).
        private static readonly string[] SkippedElements =
        {
            "script", "style", "code", "pre", "kbd", "samp", "var", "textarea", "tt", "math",
        };

        // Class tokens (case-sensitive, as HTML classes are) of elements whose content is names, not prose.
        private static readonly string[] NameClasses =
        {
            "sig", "sig-object", "sig-name", "sig-prename", "sig-param", "descname", "descclassname", "pre", "indextable",
            "memname", "memproto", "paramname", "paramtype", "memItemLeft", "memItemRight", "memTemplParams", "el",
            "xref", "parametername", "member-signature", "member-name",
            // gtk-doc's summary and parameter tables: a cell per C function, parameter, struct or enum member, property or signal.
            "function_name", "function_type", "parameter_name", "struct_member_name", "enum_member_name", "property_name", "property_type",
            "signal_name", "signal_type",
        };

        private static readonly string[] ReadAttributes =
        {
            "alt", "title", "aria-label", "placeholder", "aria-description", "aria-valuetext", "aria-roledescription",
        };

        /// <summary>Calls <paramref name="prose"/> with (start, length, isAttributeValue) for each readable run in text[start, end).</summary>
        public static void Scan(string text, int start, int end, Action<int, int, bool> prose) => Scan(text, start, end, prose, null);

        /// <summary>
        /// As <see cref="Scan(string, int, int, Action{int, int, bool})"/>, and calls <paramref name="link"/> with
        /// (hrefStart, hrefLength, contentStart, contentEnd) for each &lt;a href&gt; element whose end tag is found.
        /// </summary>
        public static void Scan(string text, int start, int end, Action<int, int, bool> prose, Action<int, int, int, int>? link) =>
            Scan(text, start, end, prose, link, SkippedElements);

        /// <summary>Elements whose content no reader sees as text: what a code of conduct's audit skips (code is still read there).</summary>
        public static readonly string[] InvisibleElements = { "script", "style", "template" };

        /// <summary>As <see cref="Scan(string, int, int, Action{int, int, bool}, Action{int, int, int, int})"/>, skipping the content of <paramref name="skipped"/> elements.</summary>
        public static void Scan(string text, int start, int end, Action<int, int, bool> prose, Action<int, int, int, int>? link, string[] skipped)
        {
            int hrefStart = -1, hrefLength = 0, linkContent = -1;
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
                    if (linkContent >= 0 && Is(text, i + 2, nameEnd, "a"))
                    {
                        link?.Invoke(hrefStart, hrefLength, linkContent, tagStart);
                        linkContent = -1;
                    }
                    if (skipping != null && Is(text, i + 2, nameEnd, skipping) && --skipDepth == 0) skipping = null;
                    i = Skip(text, nameEnd, end, ">");
                }
                else
                {
                    int nameStart = i + 1;
                    int nameEnd = NameEnd(text, nameStart, end);
                    bool anchor = link != null && skipping == null && Is(text, nameStart, nameEnd, "a");
                    i = Attributes(text, nameEnd, end, skipping == null ? prose : null, IsHeadingName(text, nameStart, nameEnd), anchor, out bool selfClosing, out bool names, out int href, out int hrefEnd);
                    if (anchor)
                    {
                        hrefStart = href;
                        hrefLength = hrefEnd - href;
                        linkContent = href >= 0 && !selfClosing ? i : -1;
                    }
                    if (skipping != null && skipDepth == 1 && EndsImplicitly(skipping, text, nameStart, nameEnd))
                    {
                        skipping = null; // <dt class="sig">...<dd>: the </dt> was left out
                    }
                    if (!selfClosing)
                    {
                        if (skipping == null)
                        {
                            skipping = OneOf(text, nameStart, nameEnd, skipped);
                            if (skipping == null && names && nameEnd > nameStart) skipping = text.Substring(nameStart, nameEnd - nameStart).ToLowerInvariant();
                            skipDepth = skipping == null ? 0 : 1;
                        }
                        else if (Is(text, nameStart, nameEnd, skipping)) { skipDepth++; }
                    }
                }
                textStart = i;
            }
            if (skipping == null && end > textStart) prose(textStart, end - textStart, false);
        }

        /// <summary>
        /// Reads attributes up to the end of the tag, reporting read values; returns the offset after '&gt;'.
        /// <paramref name="names"/>: the element holds names (a class of <see cref="NameClasses"/>, or a heading with a data-uid).
        /// </summary>
        private static int Attributes(string text, int i, int end, Action<int, int, bool>? prose, bool heading, bool anchor,
            out bool selfClosing, out bool names, out int hrefStart, out int hrefEnd)
        {
            selfClosing = false;
            names = false;
            hrefStart = hrefEnd = -1;
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
                if (prose != null && valueEnd > valueStart && OneOf(text, nameStart, nameEnd, ReadAttributes) != null) { if (!IsNumberedIdentifier(text, valueStart, valueEnd)) prose(valueStart, valueEnd - valueStart, true); }
                else if (!names && Is(text, nameStart, nameEnd, "class")) { names = HasNameClass(text, valueStart, valueEnd); }
                else if (heading && valueEnd > valueStart && Is(text, nameStart, nameEnd, "data-uid")) { names = true; }
                else if (anchor && Is(text, nameStart, nameEnd, "href")) { hrefStart = valueStart; hrefEnd = valueEnd; }
            }
            return end;
        }

        /// <summary>
        /// A value that is one identifier ending in a hyphen or underscore and a number: Erlang's manuals title each index
        /// entry with its anchor (<c>&lt;li title="abort-2"&gt;</c> for abort/2), an id, not a tooltip anyone words.
        /// A value with a space ("the master switch") or without the number ("whitelist") is read.
        /// </summary>
        private static bool IsNumberedIdentifier(string text, int start, int end)
        {
            while (start < end && char.IsWhiteSpace(text[start])) start++;
            while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
            int digits = end;
            while (digits > start && text[digits - 1] >= '0' && text[digits - 1] <= '9') digits--;
            if (digits == end || digits - start < 2 || (text[digits - 1] != '-' && text[digits - 1] != '_') || !IsAsciiLetter(text[start])) return false;
            for (int i = start; i < digits; i++)
            {
                char c = text[i];
                if (!IsAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '-' && c != '_') return false;
            }
            return true;
        }

        private static bool HasNameClass(string text, int start, int end)
        {
            int i = start;
            while (i < end)
            {
                while (i < end && char.IsWhiteSpace(text[i])) i++;
                int tokenStart = i;
                while (i < end && !char.IsWhiteSpace(text[i])) i++;
                int length = i - tokenStart;
                if (length == 0) break;
                foreach (var name in NameClasses)
                {
                    if (name.Length == length && string.CompareOrdinal(text, tokenStart, name, 0, length) == 0) return true;
                }
            }
            return false;
        }

        private static bool IsHeadingName(string text, int start, int end) =>
            end - start == 2 && (text[start] == 'h' || text[start] == 'H') && text[start + 1] >= '1' && text[start + 1] <= '6';

        /// <summary>A skipped dt, td or th whose end tag was omitted ends where its next sibling starts.</summary>
        private static bool EndsImplicitly(string skipping, string text, int start, int end)
        {
            if (skipping == "dt") return Is(text, start, end, "dd") || Is(text, start, end, "dt");
            if (skipping == "td" || skipping == "th") return Is(text, start, end, "td") || Is(text, start, end, "th") || Is(text, start, end, "tr");
            return false;
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
