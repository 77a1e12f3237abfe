using System;
using System.Collections.Generic;

namespace InclusiveAnalyzers.Core.Terms
{
    /// <summary>
    /// Words around an occurrence that change what it means: a verb sense ("must master the"), the
    /// fixed name of another system ("master database" near "SQL Server"), or a domain whose own
    /// replacement fits better ("master node" near "Kubernetes" -> "control plane"). Every part that
    /// is given must hold; phrases are lowercase, compared case-insensitively on word boundaries.
    /// </summary>
    public sealed class TermContext
    {
        /// <summary>How far (in characters, either side) <see cref="Near"/> looks for its words.</summary>
        public const int NearWindow = 1000;

        private static readonly IReadOnlyList<string> None = Array.Empty<string>();

        public TermContext(
            IReadOnlyList<string>? before,
            IReadOnlyList<string>? after,
            IReadOnlyList<string>? near,
            IReadOnlyList<string>? replacements = null,
            string note = "")
        {
            Before = before ?? None;
            After = after ?? None;
            Near = near ?? None;
            Replacements = replacements ?? None;
            Note = note ?? string.Empty;
        }

        /// <summary>One of these ends right before the occurrence (white space between).</summary>
        public IReadOnlyList<string> Before { get; }

        /// <summary>One of these starts right after the occurrence.</summary>
        public IReadOnlyList<string> After { get; }

        /// <summary>One of these occurs within <see cref="NearWindow"/> characters.</summary>
        public IReadOnlyList<string> Near { get; }

        /// <summary>For a suggestion context: what to say instead here.</summary>
        public IReadOnlyList<string> Replacements { get; }

        /// <summary>What the context means (the verb sense, the system's name), for people reading the catalog.</summary>
        public string Note { get; }

        /// <summary>
        /// Whether every given part holds around text[start, end), looking no further than [low, high). With
        /// <paramref name="coordinated"/> (names), a Before phrase may also stand before a coordinated word ("the signal is
        /// pre-created and also aborts"); never for senses, where "to" is ambiguous ("merge to staging and master the").
        /// </summary>
        public bool Holds(string text, int low, int high, int start, int end, bool coordinated = false)
        {
            if (Before.Count > 0 && !AnyBefore(text, low, start, Before) && !(coordinated && AnyBeforeCoordinated(text, low, start, Before)))
            {
                return false;
            }

            if (After.Count > 0 && !AnyAfter(text, end, high, After))
            {
                return false;
            }

            return Near.Count == 0 || AnyNear(text, Math.Max(low, start - NearWindow), Math.Min(high, end + NearWindow), Near);
        }

        /// <summary>
        /// Whether this context is made of <see cref="Near"/> words only and <paramref name="subject"/> (a document's
        /// title) holds one of them: a page titled "tkinter.ttk: Tk themed widgets" is about Tk from its first line to
        /// its last, however far a paragraph is from the words that name it.
        /// </summary>
        public bool HoldsForSubject(string subject)
            => Before.Count == 0 && After.Count == 0 && Near.Count > 0 && subject.Length > 0 && AnyNear(subject, 0, subject.Length, Near);

        /// <summary>
        /// For code: whether this context names another system here when its <see cref="Near"/> words are found
        /// outside the text itself. <see cref="Before"/> and <see cref="After"/> must hold in text[low, high) (a
        /// comment, or a declared name spelled as words); the near words may stand in nearText[nearLow, nearHigh) (the
        /// source around) or in
        /// <paramref name="subject"/> (what a C# file imports and declares: <c>using Microsoft.Data.SqlClient;</c>
        /// makes the file about SQL Server, however far its master database is from that line). A context needs both
        /// here: words at the occurrence and near words. Near words alone name a whole page (its title), too loose
        /// for a line of code (a <c>packer</c> variable is not Tk's packer); before and after words alone are the
        /// prose matcher's business.
        /// </summary>
        public bool HoldsInCode(string text, int low, int high, int start, int end, string nearText, int nearLow, int nearHigh, string subject)
        {
            if (Near.Count == 0 || (Before.Count == 0 && After.Count == 0))
            {
                return false;
            }

            if (Before.Count > 0 && !AnyBefore(text, low, start, Before) && !AnyBeforeCoordinated(text, low, start, Before))
            {
                return false;
            }

            if (After.Count > 0 && !AnyAfter(text, end, high, After))
            {
                return false;
            }

            return AnyNear(nearText, nearLow, nearHigh, Near) || (subject.Length > 0 && AnyNear(subject, 0, subject.Length, Near));
        }

        /// <summary>The first context in <paramref name="contexts"/> that holds, or null.</summary>
        public static TermContext? FirstHolding(IReadOnlyList<TermContext> contexts, string text, int low, int high, int start, int end, bool coordinated = false)
        {
            for (int i = 0; i < contexts.Count; i++)
            {
                if (contexts[i].Holds(text, low, high, start, end, coordinated))
                {
                    return contexts[i];
                }
            }

            return null;
        }

        public static bool AnyBefore(string text, int low, int position, IReadOnlyList<string> phrases)
        {
            int p = SkipSpaceBack(text, low, position);
            if (p == position)
            {
                return false;
            }

            if (AnyEndsAt(text, low, p, phrases))
            {
                return true;
            }

            // A type written in brackets just before, as API references write a parameter's type: node's
            // "`signal` {AbortSignal} aborted if ..." and its HTML "&lt;AbortSignal&gt; aborted if ...".
            int bracket = ClosingTypeBracket(text, low, p);
            return bracket >= 0 && AnyEndsAt(text, low, bracket, phrases);
        }

        private static bool AnyEndsAt(string text, int low, int position, IReadOnlyList<string> phrases)
        {
            for (int i = 0; i < phrases.Count; i++)
            {
                if (EndsAt(text, low, position, phrases[i]))
                {
                    return true;
                }
            }

            return false;
        }

        // Where a closing '}', '>' or "&gt;" that ends a word starts, or -1.
        private static int ClosingTypeBracket(string text, int low, int position)
        {
            int at = position - 1;
            if (at > low && (text[at] == '}' || text[at] == '>'))
            {
                return Chars.IsLetterOrDigit(text[at - 1]) ? at : -1;
            }

            at = position - 4;
            return at > low && string.CompareOrdinal(text, at, "&gt;", 0, 4) == 0 && Chars.IsLetterOrDigit(text[at - 1]) ? at : -1;
        }

        /// <summary>
        /// A phrase before the first of two coordinated words: "the signal is pre-created and also aborts" is "the signal
        /// is ... aborts", "you must read and master the API" is "must ... master". One word, then "and" or "or" (an
        /// adverb may follow it: also, then, quickly), then the occurrence.
        /// </summary>
        private static bool AnyBeforeCoordinated(string text, int low, int position, IReadOnlyList<string> phrases)
        {
            int p = SkipSpaceBack(text, low, position);
            if (p == position)
            {
                return false;
            }

            int word = WordStartBack(text, low, p);
            if (word < p && IsAdverb(text, word, p))
            {
                int before = SkipSpaceBack(text, low, word);
                if (before == word)
                {
                    return false;
                }

                p = before;
            }

            int conjunction = EndsAt(text, low, p, "and") ? p - 3 : EndsAt(text, low, p, "or") ? p - 2 : -1;
            if (conjunction < 0)
            {
                return false;
            }

            p = SkipSpaceBack(text, low, conjunction);
            if (p == conjunction)
            {
                return false;
            }

            word = WordStartBack(text, low, p);
            return word < p && Chars.IsLetterOrDigit(text[word]) && AnyBefore(text, low, word, phrases);
        }

        // A word ending at position: letters and digits, with inner hyphens (pre-created).
        private static int WordStartBack(string text, int low, int position)
        {
            int t = position;
            while (t > low && (Chars.IsLetterOrDigit(text[t - 1]) || (text[t - 1] == '-' && t - 1 > low && Chars.IsLetterOrDigit(text[t - 2]))))
            {
                t--;
            }

            return t;
        }

        private static bool IsAdverb(string text, int start, int end)
        {
            int length = end - start;
            return (length == 4 && EndsAt(text, start, end, "also")) || (length == 4 && EndsAt(text, start, end, "then"))
                || (length >= 5 && Same(text[end - 2], 'l') && Same(text[end - 1], 'y'));
        }

        public static bool AnyAfter(string text, int position, int high, IReadOnlyList<string> phrases)
        {
            int p = SkipSpace(text, position, high);
            if (p == position)
            {
                return false;
            }

            for (int i = 0; i < phrases.Count; i++)
            {
                if (StartsAt(text, p, high, phrases[i]) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool AnyNear(string text, int low, int high, IReadOnlyList<string> phrases)
        {
            for (int i = 0; i < phrases.Count; i++)
            {
                if (NearPhrases.Occurs(text, low, high, phrases[i]))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Where <paramref name="phrase"/> ends if it starts at <paramref name="position"/> (on word boundaries), or -1.</summary>
        public static int StartsAt(string text, int position, int high, string phrase)
        {
            int t = position;
            for (int k = 0; k < phrase.Length; k++)
            {
                char c = phrase[k];
                if (c == ' ')
                {
                    int next = SkipSpace(text, t, high);
                    if (next == t)
                    {
                        return -1;
                    }

                    t = next;
                    continue;
                }

                if (t >= high || !Same(text[t], c))
                {
                    return -1;
                }

                t++;
            }

            return t < high && Chars.IsLetterOrDigit(text[t]) ? -1 : t;
        }

        /// <summary>Whether <paramref name="phrase"/> ends at <paramref name="position"/> and starts on a word boundary.</summary>
        public static bool EndsAt(string text, int low, int position, string phrase)
        {
            int t = position;
            for (int k = phrase.Length - 1; k >= 0; k--)
            {
                char c = phrase[k];
                if (c == ' ')
                {
                    int next = SkipSpaceBack(text, low, t);
                    if (next == t)
                    {
                        return false;
                    }

                    t = next;
                    continue;
                }

                if (t <= low || !Same(text[t - 1], c))
                {
                    return false;
                }

                t--;
            }

            return t <= low || !Chars.IsLetterOrDigit(text[t - 1]);
        }

        // White space between words: a few characters (an inline tag or emphasis blanked by a document
        // view counts as space), never a blank line.
        private const int MaxGap = 12;

        private static int SkipSpace(string text, int position, int high)
        {
            int t = position, newlines = 0;
            while (t < high && t - position <= MaxGap && IsSpace(text[t]))
            {
                newlines += text[t] == '\n' ? 1 : 0;
                t++;
            }

            return t - position > MaxGap || newlines > 1 ? position : t;
        }

        private static int SkipSpaceBack(string text, int low, int position)
        {
            int t = position, newlines = 0;
            while (t > low && position - t <= MaxGap && IsSpace(text[t - 1]))
            {
                newlines += text[t - 1] == '\n' ? 1 : 0;
                t--;
            }

            return position - t > MaxGap || newlines > 1 ? position : t;
        }

        private static bool IsSpace(char c) => c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00A0';

        // Case-insensitive; a typographic apostrophe equals the ASCII one.
        private static bool Same(char textChar, char phraseChar)
        {
            if (textChar == phraseChar)
            {
                return true;
            }

            if (textChar == '\u2019')
            {
                return phraseChar == '\'';
            }

            if (textChar >= 'A' && textChar <= 'Z')
            {
                return (char)(textChar + 32) == phraseChar;
            }

            return textChar > 127 && char.ToLowerInvariant(textChar) == phraseChar;
        }
    }
}
