using System;
using System.Collections.Generic;

namespace InclusiveAnalyzers.Core.Terms
{
    /// <summary>
    /// Finds catalog terms in identifiers and prose. Word-aware (Mastery is not master),
    /// leftmost-longest (master of ceremonies beats master; mastermind shields master),
    /// one finding per occurrence. Immutable and thread-safe; allocates nothing when nothing matches.
    /// </summary>
    public sealed partial class TermMatcher
    {
        // Longest phrase in words we try to extend across (man in the middle attack = 5).
        private const int MaxPhraseWords = 6;

        [ThreadStatic]
        private static Token[]? tokenBuffer;

        private static readonly IReadOnlyList<string> NoReplacements = Array.Empty<string>();

        private readonly TermTrie trie;
        private readonly FirstNodes firstNodes;

        internal TermMatcher(TermTrie trie, bool maskNames = true)
        {
            this.trie = trie;
            firstNodes = new FirstNodes(trie);
            MaskNames = maskNames;
        }

        /// <summary>Whether prose skips names and mentions (see MatcherOptions.MaskNames).</summary>
        public bool MaskNames { get; }

        /// <summary>A matcher over <paramref name="catalog"/> with the given switches (most callers use InclusiveSettings.GetMatcher).</summary>
        public static TermMatcher Create(TermCatalog catalog, Configuration.MatcherOptions? options = null)
            => MatcherBuilder.Build(catalog, options ?? Configuration.MatcherOptions.Empty);

        public bool FindInIdentifier(string text, ref List<TermMatch>? results)
            => Find(text, 0, text.Length, TextKind.Identifier, ref results);

        public bool FindInProse(string text, int start, int length, ref List<TermMatch>? results)
            => Find(text, start, length, TextKind.Prose, ref results);

        public bool Find(string text, int start, int length, TextKind kind, ref List<TermMatch>? results)
        {
            if (text is null || length <= 0)
            {
                return false;
            }

            var tokens = tokenBuffer ??= new Token[64];
            int count = Tokenizer.Tokenize(text, start, length, kind, MaskNames, ref tokens);
            tokenBuffer = tokens;

            bool found = false;
            int low = start, high = start + length;
            int previousMentionEnd = -1;
            var root = trie.Root;
            int i = 0;
            while (i < count)
            {
                TermTrie.Entry? best = null;
                int bestLast = -1;
                TermTrie.Entry? glued = null;
                int gluedEnd = -1;
                var node = root;
                for (int j = i; j < count && j - i < MaxPhraseWords; j++)
                {
                    if (j > i && tokens[j].GapBefore == Gap.Break)
                    {
                        break;
                    }

                    var token = tokens[j];
                    int end = token.End;
                    for (int k = token.Start; k < end && node != null; k++)
                    {
                        char c = TermTrie.Normalize(text[k]);
                        if (c != '\0')
                        {
                            node = node.Next(c);
                        }

                        // Inside the first word part of an identifier: remember the longest glued
                        // term (SLAVEOF); a shield further on (masterkey, mastermind) cancels it. Only
                        // base forms glue: MASTERS|HIP is master + ship, a suffix, not masters + hip.
                        if (j == i && kind == TextKind.Identifier && k + 1 < end && node?.Entry is { } mid)
                        {
                            if (mid.Reportable && mid.Term!.Glued && mid.Form == WordForm.Base)
                            {
                                glued = mid;
                                gluedEnd = k + 1;
                            }
                            else if (!mid.Reportable)
                            {
                                glued = null;
                            }
                        }
                    }

                    if (node is null)
                    {
                        break;
                    }

                    var entry = node.Entry;
                    if (entry != null && (entry.ExactText is null || IsExact(text, tokens, i, j, entry.ExactText, kind)))
                    {
                        best = entry;
                        bestLast = j;
                    }
                }

                if (best is null)
                {
                    if (glued != null && GluedWord.IsWordAfter(text, gluedEnd, tokens[i].End))
                    {
                        results ??= new List<TermMatch>();
                        results.Add(new TermMatch(tokens[i].Start, gluedEnd - tokens[i].Start, glued.Term!, glued.Severity, glued.Form));
                        found = true;
                    }

                    i++;
                    continue;
                }

                if (best.Reportable)
                {
                    var term = best.Term!;
                    int matchStart = tokens[i].Start, matchEnd = tokens[bestLast].End;
                    var replacements = term.Replacements;
                    bool report = true;
                    if (kind == TextKind.Prose)
                    {
                        var context = term.Contexts.Count == 0 ? null : TermContext.FirstHolding(term.Contexts, text, low, high, matchStart, matchEnd);
                        if (context != null && AnyFits(context.Replacements, best.Form))
                        {
                            replacements = context.Replacements;
                        }

                        if (ProseJudge.IsOtherSense(term, text, low, high, matchStart, matchEnd))
                        {
                            report = false;
                        }
                        else if (MaskNames)
                        {
                            if (ProseJudge.IsName(term, text, low, high, tokens, count, i, bestLast))
                            {
                                report = false;
                                previousMentionEnd = matchEnd; // "master" or slave: a list goes on
                            }
                            else if (ProseJudge.IsMention(term, replacements, text, low, high, matchStart, matchEnd, previousMentionEnd))
                            {
                                report = false;
                                previousMentionEnd = matchEnd;
                            }
                        }
                        else if (ProseJudge.InNameRun(text, low, high, matchStart))
                        {
                            replacements = NoReplacements; // master~4 cannot become primary~4
                        }
                    }

                    if (report)
                    {
                        results ??= new List<TermMatch>();
                        results.Add(new TermMatch(matchStart, matchEnd - matchStart, term, best.Severity, best.Form, replacements));
                        found = true;
                    }
                }

                i = bestLast + 1;
            }

            return found;
        }

        // A context's replacements stand in where one of them can take the word's form: nouns for the noun sense
        // ("the abort" -> "the cancellation") leave a verb form ("the aborted run") to the term's own verbs.
        private static bool AnyFits(IReadOnlyList<string> replacements, WordForm form)
        {
            foreach (var replacement in replacements)
            {
                if (Inflector.CanInflect(replacement, form))
                {
                    return true;
                }
            }

            return false;
        }

        // An acronym term matches only in prose, and only when its letters are written in capitals.
        private static bool IsExact(string text, Token[] tokens, int first, int last, string expected, TextKind kind)
        {
            if (kind != TextKind.Prose)
            {
                return false;
            }

            int e = 0;
            for (int t = first; t <= last; t++)
            {
                for (int k = tokens[t].Start; k < tokens[t].End; k++)
                {
                    char c = text[k];
                    if (!char.IsLetterOrDigit(c))
                    {
                        continue;
                    }

                    while (e < expected.Length && !char.IsLetterOrDigit(expected[e]))
                    {
                        e++;
                    }

                    if (e >= expected.Length || expected[e] != c)
                    {
                        return false;
                    }

                    e++;
                }
            }

            return true;
        }
    }
}
