using System;
using System.Collections.Generic;
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
        // A code span closes within this many characters or not at all (a stray backtick opens nothing).
        private const int MaxSpan = 400;

        public static HashSet<string> Collect(string text)
        {
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var span in Spans(text))
            {
                foreach (var word in span.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries))
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

        // Code span contents: a run of backticks closed by a run of the same length, the way CommonMark pairs them.
        private static IEnumerable<string> Spans(string text)
        {
            int i = 0;
            while (i < text.Length)
            {
                if (text[i] != '`')
                {
                    i++;
                    continue;
                }

                int open = Run(text, i);
                int close = -1;
                for (int j = i + open; j < text.Length && j - i < MaxSpan;)
                {
                    if (text[j] != '`')
                    {
                        j++;
                        continue;
                    }

                    int run = Run(text, j);
                    if (run == open)
                    {
                        close = j;
                        break;
                    }

                    j += run;
                }

                if (close < 0)
                {
                    i += open;
                    continue;
                }

                yield return text.Substring(i + open, close - i - open);
                i = close + open;
            }
        }

        private static int Run(string text, int start)
        {
            int end = start;
            while (end < text.Length && text[end] == '`')
            {
                end++;
            }

            return end - start;
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
