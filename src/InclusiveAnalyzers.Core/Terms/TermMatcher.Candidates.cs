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
        /// across separators, spell a reportable key (a term or one of its forms) that ends where a word part ends, or -1. A superset
        /// of where <see cref="Find"/> can match: a hit still has to be confirmed there, a miss never
        /// hides a finding. Allocates nothing.
        /// </summary>
        public int NextCandidate(string text, int start, int end)
            => text is null ? -1 : NextCandidate(new StringChars(text), text.Length, start, end);

        /// <summary>The same search over a character buffer (a document's prose view before it becomes a string).</summary>
        public int NextCandidate(char[] text, int start, int end)
            => text is null ? -1 : NextCandidate(new ArrayChars(text), text.Length, start, end);

        /// <summary>The same search over a text read through a window (a large or chunked text that is not one string).</summary>
        public int NextCandidate(CharWindow text, int start, int end)
            => text is null ? -1 : NextCandidate(new WindowChars(text), text.Length, start, end);

        // Compiled optimised at once where the assembly runs as IL (the netstandard2.0 build: the analyzers in new
        // compiler processes, the MSBuild task), whose first files would otherwise run unoptimised code
        // (MethodImplOptions.AggressiveOptimization, which netstandard2.0 cannot name; .NET Core 3.0 and later honour
        // it). The net10.0 build is the CLI's, precompiled ReadyToRun: there the attribute would only make the
        // runtime JIT these methods again, about 40 ms of CPU per process, as ReadyToRun skips such methods.
#if NETSTANDARD2_0
        [System.Runtime.CompilerServices.MethodImpl((System.Runtime.CompilerServices.MethodImplOptions)512)]
#endif
        private int NextCandidate<T>(T text, int length, int start, int end)
            where T : struct, ICharSource
        {
            if (end > length)
            {
                end = length;
            }

            var first = firstNodes;
            for (int i = start < 0 ? 0 : start; i < end; i++)
            {
                char c = text[i];
                if (c < 128)
                {
                    // One table read rejects every character no key starts with (and every non-letter); then
                    // the place must start a word part, and the next letter must continue some key.
                    var node = first.Ascii[c];
                    if (node != null
                        && StartsWordPart(text, i, start)
                        && (node.Entry != null || !(i + 1 < end && text[i + 1] is char next && next < 128 && Chars.IsLetterOrDigit(next) && !first.Continues(c, next)))
                        && SpellsKey(text, i, end, node))
                    {
                        return i;
                    }

                    // The lower-case letters after a letter start no word part (unless a \x escape came just before).
                    if ((uint)((c | 0x20) - 'a') <= 'z' - 'a' && !(i > start && text[i - 1] == '\\'))
                    {
                        while (i + 1 < end && (uint)(text[i + 1] - 'a') <= 'z' - 'a')
                        {
                            i++;
                        }
                    }
                }
                else if (first.AnyOther || c == '\u0130' || c == '\u212A')
                {
                    // Keys start with ASCII letters unless a term says otherwise; only these two lowercase to ASCII.
                    var node = trie.Root.Next(TermTrie.Normalize(c));
                    if (node != null && StartsWordPart(text, i, start) && SpellsKey(text, i, end, node))
                    {
                        return i;
                    }
                }
            }

            return -1;
        }

        // Reads on from the node after text[i], across at most three separators at a time, until a reportable key is spelled.
#if NETSTANDARD2_0
        [System.Runtime.CompilerServices.MethodImpl((System.Runtime.CompilerServices.MethodImplOptions)512)]
#endif
        private static bool SpellsKey<T>(T text, int i, int end, TermTrie.Node? node)
            where T : struct, ICharSource
        {
            int skipped = 0;
            for (int k = i + 1; node != null; k++)
            {
                if (node.Entry is { Reportable: true } entry
                    && (entry.ExactText is null || SpellsExactly(text, i, k, entry.ExactText))
                    && (!ContinuesWordPart(text, k, end) || (entry.Term!.Glued && entry.Form == WordForm.Base)))
                {
                    return true;
                }

                if (k >= end)
                {
                    break;
                }

                char n = TermTrie.Normalize(text[k]);
                if (n == '\0')
                {
                    if (++skipped > MaxSkippedSeparators)
                    {
                        break;
                    }

                    continue;
                }

                skipped = 0;
                node = node.Next(n);
            }

            return false;
        }

        // Whether the word part that spells a key goes on past it (he|art, man|ual, dumm|y): Find matches a key only where a
        // word part ends, so such a place is no candidate, unless the term is glued (SLAVEOF), which identifiers match
        // inside their first word part. Short keys begin thousands of common words: without this check most files of
        // real code held a candidate, and every analyzer looked at them. A lower-case letter after a cased one never
        // starts a part (see Tokenizer.WordPartEnd); anything else is taken as an end, keeping the scan a superset.
#if NETSTANDARD2_0
        [System.Runtime.CompilerServices.MethodImpl((System.Runtime.CompilerServices.MethodImplOptions)512)]
#endif
        private static bool ContinuesWordPart<T>(T text, int k, int end)
            where T : struct, ICharSource
        {
            if (k >= end)
            {
                return false;
            }

            char previous = text[k - 1];
            return Chars.IsLower(text[k]) && (Chars.IsLower(previous) || Chars.IsUpper(previous));
        }

        // An acronym term (ADD, OCD) matches only in its capitals: "Add(" in code is the verb, and most
        // .cs files contain it, so without this check nearly every file would be a candidate.
#if NETSTANDARD2_0
        [System.Runtime.CompilerServices.MethodImpl((System.Runtime.CompilerServices.MethodImplOptions)512)]
#endif
        private static bool SpellsExactly<T>(T text, int start, int end, string exact)
            where T : struct, ICharSource
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

        // Every place the tokenizer may start a word part: after a non-letter, at a capital (acronym
        // runs split before their last capital), at a letter/digit change, and after a \x escape.
#if NETSTANDARD2_0
        [System.Runtime.CompilerServices.MethodImpl((System.Runtime.CompilerServices.MethodImplOptions)512)]
#endif
        private static bool StartsWordPart<T>(T text, int i, int start)
            where T : struct, ICharSource
        {
            if (i <= start)
            {
                return true;
            }

            char previous = text[i - 1];
            char c = text[i];
            return !Chars.IsLetterOrDigit(previous)
                || Chars.IsUpper(c)
                || Chars.IsDigit(c) != Chars.IsDigit(previous)
                || (i - 2 >= start && text[i - 2] == '\\')
                || !(Chars.IsLower(c) || Chars.IsDigit(c)); // letters without case
        }
    }
}
