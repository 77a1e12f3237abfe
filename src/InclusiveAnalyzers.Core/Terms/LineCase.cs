using System;

namespace InclusiveAnalyzers.Core.Terms
{
    /// <summary>
    /// Whether a capitalised word in prose is capitalised because its line is in title case ("Whitelist Settings",
    /// "Configuring the Whitelist") or because it starts a sentence ("Whitelisted hosts are dropped."). A replacement of
    /// several words follows the line: "Allow List Settings", but "Allow list hosts are dropped", not "Allow List hosts".
    /// </summary>
    internal static class LineCase
    {
        // Shorter words ("the", "of", "and", "is") are left in lower case by title case too: they say nothing.
        private const int MinEvidenceLetters = 4;

        // How far either side the line is read: a title is short, and a bound keeps a run of rewrites on one huge line linear.
        private const int Reach = 160;

        /// <summary>Whether the line holding text[start, end) is written in title case, judged by its other words.</summary>
        public static bool IsTitle(string text, int start, int end)
        {
            int lineStart = start, lineEnd = end;
            int low = Math.Max(0, start - Reach), high = Math.Min(text.Length, end + Reach);
            while (lineStart > low && text[lineStart - 1] != '\n' && text[lineStart - 1] != '\r')
            {
                lineStart--;
            }

            while (lineEnd < high && text[lineEnd] != '\n' && text[lineEnd] != '\r')
            {
                lineEnd++;
            }

            // A capitalised neighbour makes the word part of a name or title ("Whitelist Editor", "the Admin Whitelist").
            int next = end;
            while (next < lineEnd && (text[next] == ' ' || text[next] == '\t'))
            {
                next++;
            }

            if (next > end && IsCapitalised(text, next, lineEnd))
            {
                return true;
            }

            int previous = start;
            while (previous > lineStart && (text[previous - 1] == ' ' || text[previous - 1] == '\t'))
            {
                previous--;
            }

            if (previous < start && previous > lineStart && char.IsLetter(text[previous - 1]))
            {
                int wordStart = previous - 1;
                while (wordStart > lineStart && char.IsLetter(text[wordStart - 1]))
                {
                    wordStart--;
                }

                if (IsCapitalised(text, wordStart, previous) && !StartsSentence(text, lineStart, wordStart))
                {
                    return true;
                }
            }

            int capitalised = 0, lower = 0;
            for (int i = lineStart; i < lineEnd;)
            {
                if (!char.IsLetter(text[i]))
                {
                    i++;
                    continue;
                }

                int wordStart = i;
                while (i < lineEnd && (char.IsLetter(text[i]) || text[i] == '\''))
                {
                    i++;
                }

                bool isMatch = wordStart >= start && wordStart < end;
                if (isMatch || i - wordStart < MinEvidenceLetters || StartsSentence(text, lineStart, wordStart))
                {
                    continue;
                }

                if (char.IsUpper(text[wordStart]))
                {
                    capitalised++;
                }
                else
                {
                    lower++;
                }
            }

            // No other word to go by: a capital in mid-sentence is a title's ("the Whitelist"), one at a sentence's start is not.
            return capitalised + lower == 0 ? !StartsSentence(text, lineStart, start) : lower == 0;
        }

        // A capital then a small letter ("Editor"), not an acronym ("HTTP") nor the pronoun "I".
        private static bool IsCapitalised(string text, int at, int limit)
            => at + 1 < limit && char.IsUpper(text[at]) && char.IsLower(text[at + 1]);

        // Only markup, spaces or the end of a sentence between the line's start (or the last full stop) and the word.
        private static bool StartsSentence(string text, int lineStart, int wordStart)
        {
            for (int k = wordStart - 1; k >= lineStart; k--)
            {
                char c = text[k];
                if (c == '.' || c == '!' || c == '?' || c == ':')
                {
                    return true;
                }

                if (char.IsLetterOrDigit(c) || c == ',' || c == ';')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
