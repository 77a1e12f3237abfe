using System;

namespace InclusiveAnalyzers.Core.Terms
{
    /// <summary>
    /// Splits identifiers and prose into words with exact spans: camelCase, PascalCase, snake_case,
    /// SCREAMING_CASE, kebab-case, acronym runs (HTTPMasterNode -> HTTP Master Node), digits, and
    /// prose words with apostrophes (master's). Writes into a caller-owned buffer: no allocation.
    /// </summary>
    public static class Tokenizer
    {
        /// <summary>Tokenizes text[start..start+length) into buffer (grown when needed); returns the count.</summary>
        public static int Tokenize(string text, int start, int length, TextKind kind, ref Token[] buffer)
            => Tokenize(text, start, length, kind, maskNames: true, ref buffer);

        /// <summary>As above; <paramref name="maskNames"/> false keeps name runs (git refs, options) as words.</summary>
        public static int Tokenize(string text, int start, int length, TextKind kind, bool maskNames, ref Token[] buffer)
        {
            int count = 0;
            int end = start + length;
            int i = start;
            int previousEnd = -1; // end of the previous word; -1 at the start or after masked text
            int checkedUntil = start;

            while (i < end)
            {
                char c = text[i];
                if (!Chars.IsLetterOrDigit(c))
                {
                    // An escape such as \n in source text is not the start of a word.
                    i += c == '\\' && kind == TextKind.Prose ? 2 : 1;
                    continue;
                }

                Gap gap = previousEnd < 0 ? Gap.Break : Classify(text, previousEnd, i);

                // In prose, each whitespace-delimited run is checked once for URLs, e-mails, hashes...
                if (kind == TextKind.Prose && i >= checkedUntil)
                {
                    int runStart = i;
                    while (runStart > start && !TextMask.IsDelimiter(text[runStart - 1]))
                    {
                        runStart--;
                    }

                    var run = TextMask.ClassifyRun(text, runStart, end, out int runEnd);
                    bool masked = run == RunKind.Code || (run == RunKind.Name && maskNames);
                    checkedUntil = runEnd;
                    if (masked && runEnd > i)
                    {
                        i = runEnd;
                        previousEnd = -1;
                        continue;
                    }
                }

                // A word: split on case and digit boundaries.
                int wordStart = i;
                while (i < end)
                {
                    int next = WordPartEnd(text, i, end, kind);
                    Add(ref buffer, ref count, new Token(i, next - i, i == wordStart ? gap : Gap.None));
                    i = next;
                    if (i >= end || !Chars.IsLetterOrDigit(text[i]))
                    {
                        break;
                    }
                }

                previousEnd = i;
            }

            return count;
        }

        // The gap between two words: joining only when short and made of separators alone.
        private static Gap Classify(string text, int from, int to)
        {
            if (to - from > 3)
            {
                return Gap.Break;
            }

            Gap result = Gap.None;
            int newlines = 0;
            for (int k = from; k < to; k++)
            {
                char c = text[k];
                Gap g;
                switch (c)
                {
                    case '_': g = Gap.Underscore; break;
                    case '-': case '\u2010': case '\u2011': g = Gap.Hyphen; break;
                    case '/': g = Gap.Slash; break;
                    case ' ': case '\t': case '\r': g = Gap.Space; break;
                    case '\n': newlines++; g = Gap.Space; break;
                    default: return Gap.Break;
                }

                // The most telling separator names the gap: "a - b" is a hyphen, "a b" a space.
                if (result == Gap.None || (result == Gap.Space && g != Gap.Space))
                {
                    result = g;
                }
                else if (g != Gap.Space && g != result)
                {
                    return Gap.Break;
                }
            }

            return newlines > 1 ? Gap.Break : result;
        }

        // End of one word part starting at i: a case/digit boundary, or a non-letter.
        private static int WordPartEnd(string text, int i, int end, TextKind kind)
        {
            char first = text[i];
            int j = i + 1;
            if (Chars.IsDigit(first))
            {
                while (j < end && Chars.IsDigit(text[j]))
                {
                    j++;
                }

                return j;
            }

            if (Chars.IsUpper(first))
            {
                // Acronym run: HTTPServer -> HTTP + Server; WHITELIST stays whole.
                int k = j;
                while (k < end && Chars.IsUpper(text[k]))
                {
                    k++;
                }

                if (k - j >= 1)
                {
                    if (k < end && Chars.IsLower(text[k]))
                    {
                        return k - 1; // the last capital starts the next word
                    }

                    return ApostropheTail(text, k, end, kind);
                }
            }

            while (j < end && Chars.IsLower(text[j]))
            {
                j++;
            }

            // Letters without case (CJK etc.) continue the word.
            while (j < end && Chars.IsLetter(text[j]) && !Chars.IsUpper(text[j]) && !Chars.IsLower(text[j]))
            {
                j++;
            }

            return ApostropheTail(text, j, end, kind);
        }

        // In prose an apostrophe inside a word belongs to it (master's, masters').
        private static int ApostropheTail(string text, int j, int end, TextKind kind)
        {
            if (kind != TextKind.Prose || j >= end || !IsApostrophe(text[j]))
            {
                return j;
            }

            int k = j + 1;
            while (k < end && Chars.IsLetter(text[k]) && Chars.IsLower(text[k]))
            {
                k++;
            }

            if (k > j + 1 && k - j <= 3)
            {
                return k; // 's, 're, 've, 'll
            }

            // A trailing possessive apostrophe (masters') is kept only after an s.
            return k == j + 1 && (text[j - 1] == 's' || text[j - 1] == 'S') && (k >= end || !Chars.IsLetterOrDigit(text[k])) ? k : j;
        }

        public static bool IsApostrophe(char c) => c == '\'' || c == '\u2019';



        private static void Add(ref Token[] buffer, ref int count, Token token)
        {
            if (count == buffer.Length)
            {
                Array.Resize(ref buffer, Math.Max(16, buffer.Length * 2));
            }

            buffer[count++] = token;
        }
    }

    public enum TextKind
    {
        Identifier,
        Prose,
    }
}
