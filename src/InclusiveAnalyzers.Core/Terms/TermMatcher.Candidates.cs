using System;

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
            => text is null ? -1 : Scan(new StringChars(text), Math.Max(start, 0), start, Math.Min(end, text.Length), Math.Min(end, text.Length), cut: false);

        /// <summary>The same search over a character buffer (a document's prose view before it becomes a string).</summary>
        public int NextCandidate(char[] text, int start, int end)
            => text is null ? -1 : Scan(new ArrayChars(text), Math.Max(start, 0), start, Math.Min(end, text.Length), Math.Min(end, text.Length), cut: false);

        /// <summary>
        /// The same search over a text read through a window (a large or chunked text that is not one string), one
        /// buffer at a time. It runs the loop compiled for arrays, so a host that sends every text through a window (the
        /// analyzers) compiles one optimised loop, not one per kind of text: that compilation is most of the scan's cost
        /// in a new compiler process.
        /// </summary>
        public int NextCandidate(CharWindow text, int start, int end)
        {
            if (text is null)
            {
                return -1;
            }

            end = Math.Min(end, text.Length);
            for (int from = Math.Max(start, 0); from < end;)
            {
                var chars = text.Load(from, out int at, out int count);
                int stop = Math.Min(end, at + count);
                int found = Scan(new ArrayChars(chars), Math.Max(start, at) - at, from - at, stop - at, stop - at, cut: stop < end);
                if (found >= 0)
                {
                    return found + at;
                }

                if (found == -1)
                {
                    from = stop;
                    continue;
                }

                // A key may go on past the buffer: read again from there, or, where the buffer cannot reach further (a
                // window smaller than the key), decide that one place through the window itself.
                int open = UnsureAt(found) + at;
                if (Math.Max(0, open - CharWindow.Behind) > at)
                {
                    from = open;
                    continue;
                }

                if (Scan(new WindowChars(text), Math.Max(start, 0), open, open + 1, end, cut: false) >= 0)
                {
                    return open;
                }

                from = open + 1;
            }

            return -1;
        }

        // Scan's answer where it cannot tell whether a key spelled from text[i] ends before the read limit (cut texts only).
        private static int Unsure(int i) => -2 - i;

        private static int UnsureAt(int answer) => -2 - answer;

        // Compiled optimised at once where the assembly runs as IL (the netstandard2.0 build: the analyzers in new
        // compiler processes, the MSBuild task), whose first files would otherwise run unoptimised code
        // (MethodImplOptions.AggressiveOptimization, which netstandard2.0 cannot name; .NET Core 3.0 and later honour
        // it). The net10.0 build is the CLI's, precompiled ReadyToRun: there the attribute would only make the
        // runtime JIT these methods again, about 40 ms of CPU per process, as ReadyToRun skips such methods.
        // text[start, end) is searched; reads go back to floor and forward to limit; cut says the text goes on past limit
        // (a window's buffer), and then a place whose key might go on past it is answered Unsure(i).
#if NETSTANDARD2_0
        [System.Runtime.CompilerServices.MethodImpl((System.Runtime.CompilerServices.MethodImplOptions)512)]
#endif
        private int Scan<T>(T text, int floor, int start, int end, int limit, bool cut)
            where T : struct, ICharSource
        {
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
                        && StartsWordPart(text, i, floor)
                        && (node.Entry != null || !(i + 1 < limit && text[i + 1] is char next && next < 128 && Chars.IsLetterOrDigit(next) && !first.Continues(c, next))))
                    {
                        int spells = SpellsKey(text, i, limit, cut, node);
                        if (spells != 0)
                        {
                            return spells > 0 ? i : Unsure(i);
                        }
                    }

                    // The lower-case letters after a letter start no word part (unless a \x escape came just before).
                    if ((uint)((c | 0x20) - 'a') <= 'z' - 'a' && !(i > floor && text[i - 1] == '\\'))
                    {
                        while (i + 1 < end && (uint)(text[i + 1] - 'a') <= 'z' - 'a')
                        {
                            i++;
                        }
                    }
                }
                else if (first.AnyOther || c == '\u0130' || c == '\u212A')
                {
                    int spells = OtherStart(text, i, floor, limit, cut);
                    if (spells != 0)
                    {
                        return spells > 0 ? i : Unsure(i);
                    }
                }
            }

            return -1;
        }

        // A key starting at a non-ASCII letter: keys start with ASCII letters unless a term says otherwise, and only these two
        // letters lowercase to ASCII. Rare, so kept out of the optimised loop (whose compilation is most of a new compiler
        // process's first scan): SpellsKey's answer, or 0 where no key starts.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        private int OtherStart<T>(T text, int i, int floor, int limit, bool cut)
            where T : struct, ICharSource
        {
            var node = trie.Root.Next(TermTrie.Normalize(text[i]));
            return node != null && StartsWordPart(text, i, floor) ? SpellsKey(text, i, limit, cut, node) : 0;
        }

        // Reads on from the node after text[i], across at most three separators at a time, until a reportable key is
        // spelled (1) or cannot be (0); -1 where a cut text ends first and the key might go on past it.
#if NETSTANDARD2_0
        [System.Runtime.CompilerServices.MethodImpl((System.Runtime.CompilerServices.MethodImplOptions)512)]
#endif
        private static int SpellsKey<T>(T text, int i, int end, bool cut, TermTrie.Node? node)
            where T : struct, ICharSource
        {
            int skipped = 0;
            for (int k = i + 1; node != null; k++)
            {
                if (k >= end && cut)
                {
                    return -1;
                }

                if (node.Entry is { Reportable: true } entry
                    && (entry.ExactText is null || SpellsExactly(text, i, k, entry.ExactText))
                    && (!ContinuesWordPart(text, k, end) || (entry.Term!.Glued && entry.Form == WordForm.Base)))
                {
                    return 1;
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

            return 0;
        }

        // Whether the word part that spells a key goes on past it (he|art, man|ual, dumm|y): Find matches a key only where a
        // word part ends, so such a place is no candidate, unless the term is glued (SLAVEOF), which identifiers match
        // inside their first word part. Short keys begin thousands of common words: without this check most files of
        // real code held a candidate, and every analyzer looked at them. A lower-case letter after a cased one never
        // starts a part (see Tokenizer.WordPartEnd); anything else is taken as an end, keeping the scan a superset.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
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
        // .cs files contain it, so without this check nearly every file would be a candidate. Left to tiered compilation:
        // called at acronym keys only, it is not worth an optimised compilation in every new compiler process.
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
        // runs split before their last capital), at a letter/digit change, and after a \x escape. Reads back to floor only.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private static bool StartsWordPart<T>(T text, int i, int floor)
            where T : struct, ICharSource
        {
            if (i <= floor)
            {
                return true;
            }

            char previous = text[i - 1];
            char c = text[i];
            return !Chars.IsLetterOrDigit(previous)
                || Chars.IsUpper(c)
                || Chars.IsDigit(c) != Chars.IsDigit(previous)
                || (i - 2 >= floor && text[i - 2] == '\\')
                || !(Chars.IsLower(c) || Chars.IsDigit(c)); // letters without case
        }
    }
}
