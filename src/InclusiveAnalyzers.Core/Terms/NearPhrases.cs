using System;
using System.Collections.Generic;

namespace InclusiveAnalyzers.Core.Terms
{
    /// <summary>
    /// Whether a phrase occurs, on word boundaries and case-insensitively, within a window of a text: the question every
    /// "near" context asks at every occurrence of its term. A text with thousands of occurrences asked it for thousands
    /// of overlapping 2,000-character windows, rescanning each (and the runtime's case-insensitive search is a slow
    /// scalar loop when globalization is invariant, as in the CLI). Each thread remembers, per phrase of the text it is
    /// reading, the first occurrence found past where it last looked, and how far it looked: windows that move forward
    /// reuse it, so the text is read about once per phrase however many occurrences ask.
    /// </summary>
    internal static class NearPhrases
    {
        [ThreadStatic]
        private static Memo? memo;

        /// <summary>Whether <paramref name="phrase"/> occurs on word boundaries wholly inside text[low, high).</summary>
        public static bool Occurs(string text, int low, int high, string phrase)
        {
            if (phrase.Length == 0)
            {
                // Not in any catalog; kept as the plain search had it (a boundary anywhere in the window).
                return First(text, low, high, phrase) >= 0;
            }

            if (high - low < phrase.Length)
            {
                return false;
            }

            var cache = memo ??= new Memo(text);
            if (!cache.Text.TryGetTarget(out var last) || !ReferenceEquals(last, text))
            {
                cache.Text.SetTarget(text);
                cache.Found.Clear();
            }

            if (!cache.Found.TryGetValue(phrase, out var known) || known.From > low || known.To < high || (known.At >= 0 && known.At < low))
            {
                // Look past the window as far again, so the next windows (later occurrences of the term) find the answer here.
                int to = (int)Math.Min(text.Length, high + (long)(high - low));
                known = (low, to, First(text, low, to, phrase));
                cache.Found[phrase] = known;
            }

            return known.At >= 0 && known.At + phrase.Length <= high;
        }

        // The first occurrence on word boundaries wholly inside text[from, to), or -1.
        private static int First(string text, int from, int to, string phrase)
        {
            while (from < to)
            {
                int found = IndexOfIgnoreCase(text, phrase, from, to);
                if (found < 0)
                {
                    return -1;
                }

                int after = found + phrase.Length;
                if ((found == 0 || !Chars.IsLetterOrDigit(text[found - 1])) && (after >= text.Length || !Chars.IsLetterOrDigit(text[after])))
                {
                    return found;
                }

                from = found + 1;
            }

            return -1;
        }

        /// <summary>
        /// text.IndexOf(phrase, from, to - from, OrdinalIgnoreCase). For an ASCII phrase (the catalog's are) this is a plain
        /// loop: no character outside ASCII equals an ASCII letter ignoring case, so only ASCII letters fold.
        /// </summary>
        internal static int IndexOfIgnoreCase(string text, string phrase, int from, int to)
        {
            if (phrase.Length == 0)
            {
                return from;
            }

            if (!IsAscii(phrase))
            {
                return to - from < phrase.Length ? -1 : text.IndexOf(phrase, from, to - from, StringComparison.OrdinalIgnoreCase);
            }

            char first = phrase[0];
            char other = IsAsciiLetter(first) ? (char)(first ^ 0x20) : first;
            int last = to - phrase.Length;
            for (int i = from; i <= last; i++)
            {
                char c = text[i];
                if ((c == first || c == other) && RestEquals(text, i, phrase))
                {
                    return i;
                }
            }

            return -1;
        }

        private static bool RestEquals(string text, int at, string phrase)
        {
            for (int k = 1; k < phrase.Length; k++)
            {
                char a = text[at + k];
                char b = phrase[k];
                if (a != b && !(IsAsciiLetter(b) && a == (char)(b ^ 0x20)))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

        private static bool IsAscii(string s)
        {
            foreach (char c in s)
            {
                if (c >= 0x80)
                {
                    return false;
                }
            }

            return true;
        }

        // The text is held weakly: a long-lived host's threads must not keep their last document alive.
        private sealed class Memo
        {
            public Memo(string text) => Text = new WeakReference<string>(text);

            public readonly WeakReference<string> Text;
            public readonly Dictionary<string, (int From, int To, int At)> Found = new Dictionary<string, (int From, int To, int At)>(StringComparer.Ordinal);
        }
    }
}
