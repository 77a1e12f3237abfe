using System;
using System.Collections.Generic;

namespace InclusiveAnalyzers.Documents.Wording
{
    /// <summary>
    /// Generated API reference (Sphinx, Javadoc, DocFX): a member's description restates the words of the member's name,
    /// <c>&lt;dt id="ftplib.FTP.abort"&gt;...&lt;dd&gt;&lt;p&gt;Abort a file transfer...</c>, or for <c>ConnectionAbortedError</c>
    /// "raised when a connection attempt is aborted by the peer"; or a constant's fixed message, errno's
    /// <c>ECONNABORTED</c>: "Software caused connection abort". Those words are the API's name, which the document cannot
    /// change. Only the description's first paragraph is read this way: the rest, and other members' text, is prose.
    /// </summary>
    internal static class ApiDescriptions
    {
        // A signature's <dt> and a description's first paragraph are short: every search is bounded, so a page of 20,000
        // <dt id> with no <dd> or </p> costs one pass, not one pass per <dt>.
        private const int MaxReach = 8 * 1024;

        /// <summary>Blanks, in <paramref name="view"/>, the words of each &lt;dd&gt;'s first paragraph that are forms of the words of its &lt;dt id&gt;'s member name.</summary>
        public static void Blank(string text, ProseView view, int start, int end)
        {
            end = Math.Min(end, text.Length);
            for (int dt = IndexOfTag(text, "<dt", start, end); dt >= 0; dt = IndexOfTag(text, "<dt", dt + 3, end))
            {
                int tagEnd = text.IndexOf('>', dt);
                if (tagEnd < 0) return;
                int dd = IndexOfTag(text, "<dd", tagEnd, Math.Min(end, tagEnd + MaxReach));
                if (dd < 0) continue;
                var name = MemberName(TagAttributes.Value(text, dt + 3, tagEnd, "id")) ?? OptionNames(text, tagEnd + 1, dd);
                if (name == null) continue;
                int nextDt = IndexOfTag(text, "<dt", tagEnd, dd);
                if (nextDt >= 0) continue; // a <dt> without its own description
                var parts = NameParts(name);
                var glued = GluedConstant(name);
                int paragraphEnd = FirstParagraphEnd(text, dd, end);
                int from = text.IndexOf('>', dd) + 1;
                if (from > 0) BlankForms(text, view, from, paragraphEnd, parts, glued);
            }
        }

        /// <summary>
        /// Blanks the words between <paramref name="start"/> and <paramref name="end"/> that are forms of a name's parts
        /// (or the name glued into one word), skipping tags: the description of a member restating its name.
        /// </summary>
        internal static void BlankForms(string text, ProseView view, int start, int end, List<string> parts, string? glued = null)
        {
            for (int i = start; i < end;)
            {
                if (text[i] == '<')
                {
                    int close = text.IndexOf('>', i, end - i);
                    i = close < 0 ? end : close + 1;
                    continue;
                }

                if (!char.IsLetter(text[i]) || (i > 0 && char.IsLetterOrDigit(text[i - 1])))
                {
                    i++;
                    continue;
                }

                int wordEnd = i;
                while (wordEnd < end && char.IsLetter(text[wordEnd])) wordEnd++;
                foreach (var part in parts)
                {
                    if (IsFormOf(text, i, wordEnd, part))
                    {
                        view.Blank(i, wordEnd);
                        break;
                    }
                }
                if (glued != null && IsWordIn(text, i, wordEnd, glued)) view.Blank(i, wordEnd);
                i = wordEnd;
            }
        }

        /// <summary>The words of a member name, lower case, of three letters or more: ConnectionAbortedError, bdist_dumb.</summary>
        internal static List<string> NameParts(string name)
        {
            var parts = new List<string>();
            int start = 0;
            for (int i = 1; i <= name.Length; i++)
            {
                bool boundary = i == name.Length || name[i] == '_' || !char.IsLetter(name[i])
                    || (char.IsUpper(name[i]) && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1]))));
                if (!boundary) continue;
                int length = i - start;
                if (length >= 3 && IsLetters(name, start, i)) parts.Add(name.Substring(start, length).ToLowerInvariant());
                start = i < name.Length && (name[i] == '_' || !char.IsLetter(name[i])) ? i + 1 : i;
            }
            return parts;
        }

        /// <summary>
        /// A C constant written in capitals without word breaks (errno's ECONNABORTED, signal.SIGABRT), lower case; null for
        /// any other name. Its description is the system's fixed message ("Software caused connection abort"), whose words
        /// are glued inside the name.
        /// </summary>
        internal static string? GluedConstant(string name)
        {
            int letters = 0;
            foreach (char c in name)
            {
                if (char.IsLower(c)) return null;
                if (char.IsLetter(c)) letters++;
            }
            return letters >= 5 ? name.ToLowerInvariant() : null;
        }

        // Shorter stems are found inside too many constants by chance ("con" in ECONNRESET).
        private const int MinGluedStem = 4;

        /// <summary>A word (in a regular form) found inside a glued constant: "abort" in ECONNABORTED, "aborted" too.</summary>
        internal static bool IsWordIn(string text, int start, int end, string glued)
        {
            var stem = Stem(text.Substring(start, end - start).ToLowerInvariant());
            return stem.Length >= MinGluedStem && glued.IndexOf(stem, StringComparison.Ordinal) >= 0;
        }

        private static bool IsLetters(string text, int start, int end)
        {
            for (int i = start; i < end; i++)
            {
                if (!char.IsLetter(text[i])) return false;
            }
            return true;
        }

        /// <summary>Where the description's first paragraph ends: its first &lt;/p&gt;, or the next &lt;dt&gt;, &lt;dd&gt; or &lt;/dd&gt;.</summary>
        private static int FirstParagraphEnd(string text, int dd, int end)
        {
            int stop = Math.Min(end, dd + MaxReach);
            foreach (var tag in new[] { "</p>", "<dt", "</dd>", "<dl" })
            {
                int at = text.IndexOf(tag, dd + 3, Math.Max(0, stop - dd - 3), StringComparison.OrdinalIgnoreCase);
                if (at >= 0 && at < stop) stop = at;
            }
            return stop;
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

        /// <summary>
        /// The names of the command-line options a &lt;dt&gt; holds and nothing else, joined by '_': AsciiDoc's
        /// <c>&lt;dt class="hdlist1"&gt;--abort&lt;/dt&gt;</c> gives abort, Sphinx's <c>--master=MASTER</c> (an id of
        /// dashes, cmdoption-sphinx-quickstart-master) gives master, <c>-m, --master</c> gives m_master. Null when the term
        /// holds a word that is no option (a glossary's "master branch"), or no option at all.
        /// </summary>
        internal static string? OptionNames(string text, int start, int end)
        {
            int close = text.IndexOf("</dt>", start, Math.Max(0, end - start), StringComparison.OrdinalIgnoreCase);
            if (close >= 0) end = close;
            var names = new System.Text.StringBuilder();
            for (int i = start; i < end;)
            {
                char c = text[i];
                if (c == '<')
                {
                    int tagClose = text.IndexOf('>', i, end - i);
                    if (tagClose < 0) return null;
                    i = tagClose + 1;
                    continue;
                }
                if (char.IsWhiteSpace(c) || c == ',' || c == '\u00B6')
                {
                    i++;
                    continue;
                }
                if (c != '-')
                {
                    // An option's argument written apart: "--master <name>", "-o FILE", "[=<n>]".
                    int after = names.Length > 0 ? Placeholder(text, i, end) : -1;
                    if (after < 0) return null;
                    i = after;
                    continue;
                }
                int letters = i;
                while (letters < end && text[letters] == '-') letters++;
                if (letters - i > 2 || letters >= end || !char.IsLetter(text[letters])) return null;
                int stop = letters;
                while (stop < end && (char.IsLetterOrDigit(text[stop]) || text[stop] == '-' || text[stop] == '_')) stop++;
                if (names.Length > 0) names.Append('_');
                names.Append(text, letters, stop - letters);
                // A value placeholder after the option (=MASTER, [=<n>], <file>) is the option's argument, not a word.
                i = SkipArgument(text, stop, end);
            }
            return names.Length == 0 ? null : names.ToString().Replace('-', '_');
        }

        // Where an argument placeholder starting at i ends ("&lt;name&gt;", "[...]", a word in capitals), or -1.
        private static int Placeholder(string text, int i, int end)
        {
            if (string.CompareOrdinal(text, i, "&lt;", 0, 4) == 0)
            {
                int close = text.IndexOf("&gt;", i, end - i, StringComparison.Ordinal);
                return close < 0 ? -1 : close + 4;
            }
            if (text[i] == '[')
            {
                int close = text.IndexOf(']', i, end - i);
                return close < 0 ? -1 : close + 1;
            }
            int stop = i;
            while (stop < end && (char.IsUpper(text[stop]) || char.IsDigit(text[stop]) || text[stop] == '_')) stop++;
            return stop > i && (stop == end || !char.IsLetter(text[stop])) ? stop : -1;
        }

        // Past "=VALUE", "[=<n>]" or " <file>" (as markup or entities) up to the next separator.
        private static int SkipArgument(string text, int i, int end)
        {
            while (i < end && text[i] != ',' && !char.IsWhiteSpace(text[i]))
            {
                if (text[i] == '<')
                {
                    int tagClose = text.IndexOf('>', i, end - i);
                    if (tagClose < 0) return end;
                    i = tagClose + 1;
                    continue;
                }
                i++;
            }
            return i;
        }

        private static readonly string[] Suffixes = { "ing", "ed", "es", "s", "d", "e" };

        /// <summary>The same word in another regular form (abort, Aborts, aborted, aborting; close, closing; case ignored).</summary>
        internal static bool IsFormOf(string text, int start, int end, string name)
            => Stem(text.Substring(start, end - start).ToLowerInvariant()) == Stem(name.ToLowerInvariant());

        // Strips one regular ending, keeping at least three letters (a double s stays: access).
        private static string Stem(string word)
        {
            foreach (var suffix in Suffixes)
            {
                if (word.Length - suffix.Length >= 3 && word.EndsWith(suffix, StringComparison.Ordinal) && !(suffix == "s" && word.EndsWith("ss", StringComparison.Ordinal)))
                {
                    return word.Substring(0, word.Length - suffix.Length);
                }
            }
            return word;
        }

        /// <summary>The first start tag <paramref name="tag"/> ("&lt;dt", "&lt;p") in [from, end): the name followed by white space or '&gt;'.</summary>
        internal static int IndexOfTag(string text, string tag, int from, int end)
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
