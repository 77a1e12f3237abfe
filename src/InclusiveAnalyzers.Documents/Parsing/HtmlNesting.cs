using System;
using System.Collections.Generic;

namespace InclusiveAnalyzers.Documents.Parsing
{
    /// <summary>
    /// A linear pre-check of how deep HTML nests, run before AngleSharp. AngleSharp caps the tree at 512
    /// levels but keeps every open element on its stack, and the HTML algorithm walks that stack for each
    /// block start tag ("is a p in button scope?"), so 10,000 open &lt;ul&gt; cost seconds: quadratic.
    /// This counts the elements whose end tag is required (those an author cannot leave open without
    /// them piling up), closes them at their end tags, and stops as soon as the limit is passed.
    /// It undercounts rather than overcounts: elements with optional end tags (p, li, td, ...),
    /// void and self-closed elements are never counted, so ordinary documents are never refused.
    /// </summary>
    internal static class HtmlNesting
    {
        /// <summary>Twice AngleSharp's tree depth: past 512 its tree is flat siblings anyway.</summary>
        public const int MaxOpenElements = 1024;

        private const byte Counted = 1, RawTextContent = 2, PlainText = 4;

        // Void elements and elements with optional end tags (closed by the parser when a sibling starts): never counted.
        private static readonly string[] NotCounted =
        {
            "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr",
            "html", "head", "body", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot",
            "colgroup", "caption", "rb", "rt", "rtc", "rp",
        };

        // Their content is text up to the matching end tag.
        private static readonly string[] RawText = { "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes" };

        // The other names a page uses over and over: found without a new string per tag (a scan allocated megabytes of tag names).
        private static readonly string[] Common =
        {
            "a", "b", "i", "dl", "em", "h1", "h2", "h3", "h4", "h5", "h6", "ol", "ul", "div", "nav", "pre", "sub", "sup", "kbd", "var",
            "code", "span", "form", "main", "cite", "abbr", "small", "label", "table", "strong", "button", "footer", "header", "section",
            "article", "blockquote", "figure", "select", "noscript", "svg", "path",
        };

        private static readonly KnownNames Known = new KnownNames();

        /// <summary>True when more than <paramref name="limit"/> counted elements are open at once somewhere in <paramref name="text"/>.</summary>
        public static bool Exceeds(string text, int limit = MaxOpenElements)
        {
            var open = new List<string>();
            int i = 0;
            int n = text.Length;
            while (i < n)
            {
                int lt = text.IndexOf('<', i);
                if (lt < 0 || lt + 1 >= n) break;
                char c = text[lt + 1];
                if (c == '!')
                {
                    i = string.CompareOrdinal(text, lt, "<!--", 0, 4) == 0 ? End(text, text.IndexOf("-->", lt + 4, StringComparison.Ordinal), 3) : End(text, text.IndexOf('>', lt), 1);
                    continue;
                }
                if (c == '?')
                {
                    i = End(text, text.IndexOf('>', lt), 1);
                    continue;
                }
                bool closing = c == '/';
                int nameStart = closing ? lt + 2 : lt + 1;
                if (nameStart >= n || !IsAsciiLetter(text[nameStart]))
                {
                    i = lt + 1; // a bare '<' is text
                    continue;
                }
                int nameEnd = nameStart;
                while (nameEnd < n && !IsNameEnd(text[nameEnd])) nameEnd++;
                var name = Known.Find(text, nameStart, nameEnd - nameStart, out byte flags) ?? text.Substring(nameStart, nameEnd - nameStart);
                int tagEnd = TagEnd(text, nameEnd, out bool selfClosed);
                i = tagEnd;
                if (closing)
                {
                    // Pop to the nearest open element of that name; a stray end tag changes nothing.
                    for (int k = open.Count - 1; k >= 0; k--)
                    {
                        if (string.Equals(open[k], name, StringComparison.OrdinalIgnoreCase))
                        {
                            open.RemoveRange(k, open.Count - k);
                            break;
                        }
                    }
                    continue;
                }
                if ((flags & RawTextContent) != 0)
                {
                    int close = text.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                    i = close < 0 ? n : close;
                    continue;
                }
                if ((flags & PlainText) != 0) break;
                if (selfClosed || (flags & Counted) == 0) continue;
                open.Add(name);
                if (open.Count > limit) return true;
            }
            return false;
        }

        /// <summary>
        /// The element names the scan knows, looked up in the page's text without a string per tag: a small open-addressed
        /// table over an ASCII-case-insensitive hash. An unknown name (a custom element) is counted and needs its own string.
        /// </summary>
        private sealed class KnownNames
        {
            private const int Size = 256; // a power of two, over twice the names
            private readonly string?[] names = new string?[Size];
            private readonly byte[] flags = new byte[Size];

            public KnownNames()
            {
                foreach (var name in NotCounted) Add(name, 0);
                foreach (var name in RawText) Add(name, RawTextContent);
                foreach (var name in Common) Add(name, Counted);
                Add("plaintext", PlainText);
            }

            /// <summary>The known name spelled by text[start, start + length) in any ASCII case, or null (flags: those of a counted element).</summary>
            public string? Find(string text, int start, int length, out byte found)
            {
                found = Counted;
                for (int slot = Hash(text, start, length) & (Size - 1); names[slot] is string name; slot = (slot + 1) & (Size - 1))
                {
                    if (name.Length == length && SameIgnoringAsciiCase(text, start, name))
                    {
                        found = flags[slot];
                        return name;
                    }
                }
                return null;
            }

            private void Add(string name, byte value)
            {
                int slot = Hash(name, 0, name.Length) & (Size - 1);
                while (names[slot] != null) slot = (slot + 1) & (Size - 1);
                names[slot] = name;
                flags[slot] = value;
            }

            private static int Hash(string text, int start, int length)
            {
                uint hash = (uint)length;
                for (int i = start; i < start + length; i++) hash = (hash * 31) + Lower(text[i]);
                return (int)(hash ^ (hash >> 8));
            }

            private static bool SameIgnoringAsciiCase(string text, int start, string lowerName)
            {
                for (int i = 0; i < lowerName.Length; i++)
                {
                    if (Lower(text[start + i]) != lowerName[i]) return false;
                }
                return true;
            }

            private static char Lower(char c) => c >= 'A' && c <= 'Z' ? (char)(c | 0x20) : c;
        }

        private static int End(string text, int found, int length) => found < 0 ? text.Length : found + length;

        // The index after the tag's '>', quotes in attribute values respected.
        private static int TagEnd(string text, int from, out bool selfClosed)
        {
            selfClosed = false;
            char quote = '\0';
            for (int i = from; i < text.Length; i++)
            {
                char c = text[i];
                if (quote != '\0')
                {
                    if (c == quote) quote = '\0';
                }
                else if ((c == '"' || c == '\'') && AfterEquals(text, from, i))
                {
                    quote = c;
                }
                else if (c == '>')
                {
                    selfClosed = text[i - 1] == '/';
                    return i + 1;
                }
            }
            return text.Length;
        }

        // A quote opens an attribute value only after '=' (spaces allowed between).
        private static bool AfterEquals(string text, int from, int i)
        {
            int k = i - 1;
            while (k >= from && (text[k] == ' ' || text[k] == '\t' || text[k] == '\n' || text[k] == '\r')) k--;
            return k >= from && text[k] == '=';
        }

        private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

        private static bool IsNameEnd(char c) => c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
