using System;
using System.Collections.Generic;
using System.Text;

namespace InclusiveAnalyzers.Documents.Wording
{
    /// <summary>
    /// Link text that is the proper name of what it links to: <c>[Middleman](https://middlemanapp.com/)</c>,
    /// <c>[Middleman](https://github.com/middleman/middleman/pull/1466)</c>. The name is in the address, so
    /// the text names a product or project outside the document, which the document cannot rename.
    /// <c>[the master branch](https://x.org/docs)</c> is not a name: its words are not the address's.
    /// </summary>
    internal static class LinkNames
    {
        /// <summary>
        /// True when the link text (letters and digits only, lower case, at least 3 of them, at most 4 words)
        /// is a label of the address's host (or starts or ends one: middleman / middlemanapp.com), or equals
        /// one of its first two path segments (owner/repository, packages/NAME) on an absolute http(s) address.
        /// </summary>
        public static bool IsName(string linkText, string? url)
        {
            if (string.IsNullOrEmpty(url) || string.IsNullOrEmpty(linkText)) return false;
            var name = Compact(WithoutSuffix(linkText), out int words);
            if (name.Length < 3 || words > 4) return false;

            var address = url!.Trim();
            int scheme = address.IndexOf("://", StringComparison.Ordinal);
            if (scheme <= 0) return false;
            var schemeName = address.Substring(0, scheme);
            if (!schemeName.Equals("http", StringComparison.OrdinalIgnoreCase) && !schemeName.Equals("https", StringComparison.OrdinalIgnoreCase)) return false;
            int hostStart = scheme + 3;
            int hostEnd = address.IndexOfAny(new[] { '/', '?', '#' }, hostStart);
            if (hostEnd < 0) hostEnd = address.Length;
            var host = address.Substring(hostStart, hostEnd - hostStart);
            int at = host.LastIndexOf('@');
            if (at >= 0) host = host.Substring(at + 1);
            int colon = host.IndexOf(':');
            if (colon >= 0) host = host.Substring(0, colon);

            var labels = host.ToLowerInvariant().Split('.');
            for (int i = 0; i < labels.Length - 1; i++) // the last label is the top-level domain
            {
                var label = labels[i].Replace("-", "");
                if (label == "www" || label.Length < name.Length) continue;
                if (label.StartsWith(name, StringComparison.Ordinal) || label.EndsWith(name, StringComparison.Ordinal)) return true;
            }

            int pathEnd = address.IndexOfAny(new[] { '?', '#' }, hostEnd);
            if (pathEnd < 0) pathEnd = address.Length;
            var segments = address.Substring(hostEnd, pathEnd - hostEnd).Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
            for (int i = 0; i < segments.Length && i < 2; i++)
            {
                var segment = Uri.UnescapeDataString(segments[i]);
                int dot = segment.LastIndexOf('.');
                if (dot > 0 && segment.Length - dot <= 5) segment = segment.Substring(0, dot); // name.html, repo.git
                if (Compact(segment, out _) == name) return true;
            }
            return false;
        }

        /// <summary>A name used in the rest of the document too: starts with a capital letter (a lower-case "middleman" in prose is a word).</summary>
        public static bool CanSpread(string name)
        {
            var trimmed = name.Trim();
            return trimmed.Length >= 3 && char.IsUpper(trimmed[0]);
        }

        /// <summary>Letters and digits in lower case; words counted on whitespace.</summary>
        internal static string Compact(string text, out int words)
        {
            var sb = new StringBuilder(text.Length);
            words = 0;
            bool inWord = false;
            foreach (char c in text)
            {
                if (char.IsWhiteSpace(c)) { inWord = false; continue; }
                if (!inWord) words++;
                inWord = true;
                if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            }
            return sb.ToString();
        }

        /// <summary>
        /// The text without a suffix after an apostrophe in its last word: "GitHub's", "Middleman'daki"
        /// (languages that inflect names attach the ending this way).
        /// </summary>
        public static string WithoutSuffix(string text)
        {
            var trimmed = text.Trim();
            int apostrophe = trimmed.LastIndexOfAny(new[] { '\'', '\u2019' });
            if (apostrophe <= 0 || trimmed.IndexOf(' ', apostrophe) >= 0 || !char.IsLetterOrDigit(trimmed[apostrophe - 1])) return trimmed;
            for (int i = apostrophe + 1; i < trimmed.Length; i++)
            {
                if (!char.IsLetter(trimmed[i])) return trimmed;
            }
            return trimmed.Substring(0, apostrophe);
        }

        /// <summary>Adds a spreadable name once.</summary>
        public static void Add(List<string> names, string text)
        {
            var trimmed = WithoutSuffix(text);
            if (!CanSpread(trimmed)) return;
            foreach (var n in names)
            {
                if (n == trimmed) return;
            }
            names.Add(trimmed);
        }
    }
}
