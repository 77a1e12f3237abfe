using System;

namespace InclusiveAnalyzers.Documents.Wording
{
    /// <summary>
    /// Generated API reference (Sphinx, Javadoc, DocFX): a member's description often opens by restating the member's
    /// name as its verb, <c>&lt;dt id="ftplib.FTP.abort"&gt;...&lt;dd&gt;&lt;p&gt;Abort a file transfer...</c>. That first word
    /// is the API's name, which the document cannot change; the rest of the description is prose.
    /// </summary>
    internal static class ApiDescriptions
    {
        /// <summary>Blanks, in <paramref name="view"/>, the first word of each &lt;dd&gt; that is a form of its &lt;dt id&gt;'s member name.</summary>
        public static void Blank(string text, ProseView view, int start, int end)
        {
            end = Math.Min(end, text.Length);
            for (int dt = IndexOfTag(text, "<dt", start, end); dt >= 0; dt = IndexOfTag(text, "<dt", dt + 3, end))
            {
                int tagEnd = text.IndexOf('>', dt);
                if (tagEnd < 0) return;
                var name = MemberName(TagAttributes.Value(text, dt + 3, tagEnd, "id"));
                if (name == null) continue;
                int dd = IndexOfTag(text, "<dd", tagEnd, end);
                if (dd < 0) return;
                int nextDt = IndexOfTag(text, "<dt", tagEnd, dd);
                if (nextDt >= 0) continue; // a <dt> without its own description
                int word = FirstWord(text, dd, end, out int wordEnd);
                if (word >= 0 && IsFormOf(text, word, wordEnd, name)) view.Blank(word, wordEnd);
            }
        }

        /// <summary>The member's name from an id: the last dotted part, without a parameter list ("ftplib.FTP.abort" and "abort()" give abort).</summary>
        internal static string? MemberName(string? id)
        {
            if (string.IsNullOrEmpty(id)) return null;
            var name = id!;
            int paren = name.IndexOf('(');
            if (paren >= 0) name = name.Substring(0, paren);
            name = name.Substring(name.LastIndexOfAny(new[] { '.', ':', '#', '/' }) + 1);
            if (name.Length < 3) return null;
            foreach (char c in name)
            {
                if (!char.IsLetterOrDigit(c) && c != '_') return null;
            }
            return name;
        }

        /// <summary>The word (letters only) that a description's text opens with, past tags and white space, or -1.</summary>
        private static int FirstWord(string text, int dd, int end, out int wordEnd)
        {
            wordEnd = -1;
            int i = dd;
            while (i < end)
            {
                if (text[i] == '<')
                {
                    int close = text.IndexOf('>', i);
                    if (close < 0) return -1;
                    i = close + 1;
                }
                else if (char.IsWhiteSpace(text[i]))
                {
                    i++;
                }
                else
                {
                    break;
                }
            }
            int word = i;
            while (i < end && char.IsLetter(text[i])) i++;
            if (i == word) return -1;
            wordEnd = i;
            return word;
        }

        private static readonly string[] Suffixes = { "s", "es", "d", "ed", "ing" };

        /// <summary>The name itself or a regular inflection of it (abort, Aborts, aborted, aborting; close, closing; case ignored).</summary>
        internal static bool IsFormOf(string text, int start, int end, string name)
        {
            var word = text.Substring(start, end - start).ToLowerInvariant();
            var lower = name.ToLowerInvariant();
            if (word == lower) return true;
            foreach (var suffix in Suffixes)
            {
                if (word == lower + suffix) return true;
            }
            return lower.EndsWith("e", StringComparison.Ordinal) && word == lower.Substring(0, lower.Length - 1) + "ing";
        }

        private static int IndexOfTag(string text, string tag, int from, int end)
        {
            for (int at = from < end ? text.IndexOf(tag, from, end - from, StringComparison.OrdinalIgnoreCase) : -1; at >= 0;
                 at = at + 1 < end ? text.IndexOf(tag, at + 1, end - at - 1, StringComparison.OrdinalIgnoreCase) : -1)
            {
                int after = at + tag.Length;
                if (after < text.Length && (char.IsWhiteSpace(text[after]) || text[after] == '>')) return at;
            }
            return -1;
        }
    }
}
