using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using InclusiveAnalyzers.Core.Terms;

namespace InclusiveAnalyzers.Documents.Fixing
{
    /// <summary>
    /// Compound words (joined by '-', '_' or '.') that a Markdown document also writes as a code span,
    /// alone or as an option (`--assume-master-host=x`). In prose such a word names that literal (a
    /// heading that documents the flag, a config key said again in a sentence): rewriting it there would
    /// leave a name that exists nowhere, so the fixer keeps it. The finding is still reported.
    /// </summary>
    internal static class CodeSpanNames
    {
        private static readonly Regex CodeSpan = new("(?<!`)(`+)(?!`)(.+?)(?<!`)\\1(?!`)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

        public static HashSet<string> Collect(string text)
        {
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (Match span in CodeSpan.Matches(text))
            {
                foreach (var word in span.Groups[2].Value.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries))
                {
                    var name = word.TrimStart('-');
                    int equals = name.IndexOf('=');
                    if (equals >= 0)
                    {
                        name = name.Substring(0, equals);
                    }

                    if (IsCompound(name))
                    {
                        names.Add(name);
                    }
                }
            }

            return names;
        }

        /// <summary>Whether the whole word around <paramref name="match"/> is a compound the document writes as code.</summary>
        public static bool Names(string text, TermMatch match, HashSet<string> names)
        {
            if (names.Count == 0)
            {
                return false;
            }

            int start = match.Start;
            while (start > 0 && IsNamePart(text, start - 1))
            {
                start--;
            }

            int end = match.End;
            while (end < text.Length && IsNamePart(text, end))
            {
                end++;
            }

            var word = text.Substring(start, end - start).TrimStart('-', '.', '_');
            return IsCompound(word) && names.Contains(word);
        }

        private static bool IsCompound(string word) =>
            word.Length > 2 && word.IndexOfAny(new[] { '-', '_', '.' }, 1) > 0 && char.IsLetterOrDigit(word[word.Length - 1]);

        // A '.' belongs to the name only between two letters or digits (not a sentence's full stop).
        private static bool IsNamePart(string text, int index)
        {
            char c = text[index];
            if (char.IsLetterOrDigit(c) || c == '-' || c == '_')
            {
                return true;
            }

            return c == '.' && index > 0 && index + 1 < text.Length && char.IsLetterOrDigit(text[index - 1]) && char.IsLetterOrDigit(text[index + 1]);
        }
    }
}
