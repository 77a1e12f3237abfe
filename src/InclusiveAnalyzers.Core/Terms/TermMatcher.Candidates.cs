using System.Runtime.CompilerServices;

namespace InclusiveAnalyzers.Core.Terms
{
    /// <summary>
    /// Hit-first search: most source files contain no term at all, so hosts scan the raw text once
    /// for places where a term could start and parse, bind or tokenize only there.
    /// </summary>
    public sealed partial class TermMatcher
    {
        // The tokenizer joins word parts across at most three separator characters.
        private const int MaxSkippedSeparators = 3;

        /// <summary>
        /// The first position in text[start, end) where a word part begins whose letters, read on
        /// across separators, spell a reportable key (a term or one of its forms), or -1. A superset
        /// of where <see cref="Find"/> can match: a hit still has to be confirmed there, a miss never
        /// hides a finding. Allocates nothing.
        /// </summary>
        [MethodImpl(AggressiveOptimization)]
        public int NextCandidate(string text, int start, int end)
        {
            if (text is null)
            {
                return -1;
            }

            if (end > text.Length)
            {
                end = text.Length;
            }

            // One table read per ASCII character and no branch until a word part starts with a key's first letter:
            // the loop runs over every character of every file, and word boundaries are too irregular to predict.
            var flags = startFlags;
            int previous = 0; // the range's start counts as following a non-letter
            int escaped = -1; // two after a backslash: a \x escape ends there and a word part starts
            for (int i = start < 0 ? 0 : start; i < end; i++)
            {
                int c = text[i];
                int f = (uint)c < (uint)flags.Length ? flags[c] : ClassFlags((char)c);

                // Where the tokenizer may start a word part: after a non-letter, at a capital (acronym runs split
                // before their last capital) or a letter without case, at a letter/digit change, after a \x escape.
                int starts = ((previous - 1) >> 31) // previous == 0: -1, else 0
                    | -((f >> 1) & 1) // CharStartsPart
                    | -(((f ^ previous) >> 2) & 1) // CharDigit changed
                    | (i == escaped ? -1 : 0);
                escaped = c == '\\' ? i + 2 : escaped;
                previous = f;
                if ((starts & f & CharStartsKey) != 0 && ((uint)c >= 128 || MaySpellKey(text, i, end)) && SpellsKeyAt(text, i, end))
                {
                    return i;
                }
            }

            return -1;
        }

        // MethodImplOptions.AggressiveOptimization (netstandard2.0 lacks the name; .NET Core 3.0+ honours it): the scan
        // runs over every file once, mostly in new compiler processes, so it is compiled optimised at once
        // instead of running its first files unoptimised.
        private const MethodImplOptions AggressiveOptimization = (MethodImplOptions)512;

        // CharStartsPart: a capital, or a letter without case; each starts a word part of its own.
        private const int CharWord = 1, CharStartsPart = 2, CharDigit = 4, CharStartsKey = 8;

        // Per ASCII character: its class, and whether a key of this matcher starts with it (set in the constructor).
        private readonly byte[] startFlags;

        // Slots of the three-letter table: a-z and A-Z share one, digits have theirs, anything else (a
        // separator, a character outside ASCII, the end of the range) is Other and leaves the decision to the trie.
        private const int Other = 36, Slots = 37;
        private static readonly byte[] SlotOf = BuildSlots();

        // Per pair of slots a key can start with: a bit per slot that can come third (bit Other always set).
        // Most word parts stop here: the catalog's keys start with nearly every letter and most common pairs.
        private readonly ulong[] thirdLetters;

        private static byte[] BuildSlots()
        {
            var slots = new byte[128];
            for (int c = 0; c < 128; c++)
            {
                slots[c] = (byte)(c >= 'a' && c <= 'z' ? c - 'a' : c >= 'A' && c <= 'Z' ? c - 'A' : c >= '0' && c <= '9' ? c - '0' + 26 : Other);
            }

            return slots;
        }

        private static char CharOf(int slot) => slot < 26 ? (char)('a' + slot) : (char)('0' + slot - 26);

        private byte[] BuildStartFlags()
        {
            var table = new byte[128];
            for (char c = (char)0; c < 128; c++)
            {
                table[c] = (byte)ClassFlags(c);
            }

            return table;
        }

        private ulong[] BuildThirdLetters()
        {
            var table = new ulong[Other * Slots];
            for (int first = 0; first < Other; first++)
            {
                var one = trie.Root.Next(CharOf(first));
                for (int second = 0; second < Slots && one != null; second++)
                {
                    var two = second == Other ? null : one.Next(CharOf(second));
                    if (second == Other || one.Entry is { Reportable: true } || two?.Entry is { Reportable: true })
                    {
                        table[(first * Slots) + second] = ulong.MaxValue; // a separator next, or a key of one or two letters
                    }
                    else if (two != null)
                    {
                        ulong bits = 1UL << Other;
                        for (int third = 0; third < Other; third++)
                        {
                            bits |= two.Next(CharOf(third)) != null ? 1UL << third : 0;
                        }

                        table[(first * Slots) + second] = bits;
                    }
                }
            }

            return table;
        }

        // Whether a key can start with the three characters from i on (text[i] is an ASCII letter or digit).
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private bool MaySpellKey(string text, int i, int end)
        {
            var slots = SlotOf;
            int second = i + 1 < end ? text[i + 1] : 0;
            int third = i + 2 < end ? text[i + 2] : 0;
            int secondSlot = (uint)second < 128 ? slots[second] : Other;
            int thirdSlot = (uint)third < 128 ? slots[third] : Other;
            return ((thirdLetters[(slots[text[i]] * Slots) + secondSlot] >> thirdSlot) & 1) != 0;
        }

        // 0 for a character that is no letter or digit.
        private int ClassFlags(char c)
        {
            if (!Chars.IsLetterOrDigit(c))
            {
                return 0;
            }

            int f = CharWord;
            f |= Chars.IsUpper(c) || !(Chars.IsLower(c) || Chars.IsDigit(c)) ? CharStartsPart : 0;
            f |= Chars.IsDigit(c) ? CharDigit : 0;
            f |= trie.Root.Next(TermTrie.Normalize(c)) != null ? CharStartsKey : 0;
            return f;
        }

        // Whether the letters from i on, read across separators, spell a reportable key.
        [MethodImpl(AggressiveOptimization)]
        private bool SpellsKeyAt(string text, int i, int end)
        {
            var node = trie.Root.Next(TermTrie.Normalize(text[i]));
            int skipped = 0;
            for (int k = i + 1; node != null; k++)
            {
                if (node.Entry is { Reportable: true } entry
                    && (entry.ExactText is null || SpellsExactly(text, i, k, entry.ExactText)))
                {
                    return true;
                }

                if (k >= end)
                {
                    return false;
                }

                char n = TermTrie.Normalize(text[k]);
                if (n == '\0')
                {
                    if (++skipped > MaxSkippedSeparators)
                    {
                        return false;
                    }

                    continue;
                }

                skipped = 0;
                node = node.Next(n);
            }

            return false;
        }

        // An acronym term (ADD, OCD) matches only in its capitals: "Add(" in code is the verb, and most
        // .cs files contain it, so without this check nearly every file would be a candidate.
        private static bool SpellsExactly(string text, int start, int end, string exact)
        {
            int j = 0;
            for (int k = start; k < end; k++)
            {
                if (TermTrie.Normalize(text[k]) == '\0')
                {
                    continue;
                }

                while (j < exact.Length && !char.IsLetterOrDigit(exact[j]))
                {
                    j++;
                }

                if (j >= exact.Length || text[k] != exact[j++])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
