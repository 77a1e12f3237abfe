using System;
using System.Collections.Generic;

namespace InclusiveAnalyzers.Core.Terms
{
    /// <summary>
    /// Prose matching over a whole document, tokenizing only around candidates: most of a long document
    /// is far from any term, and every judgement of a match (senses, names, mentions, contexts) looks
    /// no further than <see cref="TermContext.NearWindow"/> characters from it.
    /// </summary>
    public sealed partial class TermMatcher
    {
        // Text kept on each side of a candidate: the farthest any judgement looks, and room for the phrase itself.
        private const int WindowReach = 2 * TermContext.NearWindow;

        // How far a window edge moves to reach whitespace, so a run (a URL, a path) is never cut in two.
        private const int EdgeSearch = 256;

        /// <summary>
        /// The same matches as <see cref="FindInProse"/> over text[start, start + length), found by matching
        /// windows around each group of candidates (<see cref="NextCandidate(string, int, int)"/>) and keeping
        /// the matches that start at one. Every match starts at a candidate, and each window holds all the
        /// text its matches are judged by; where a window edge cannot be put on whitespace the whole range is matched.
        /// </summary>
        public bool FindInProseAround(string text, int start, int length, ref List<TermMatch>? results)
        {
            if (text is null || length <= 0)
            {
                return false;
            }

            int end = Math.Min(text.Length, start + length);
            int candidate = NextCandidate(text, start, end);
            if (candidate < 0)
            {
                return false;
            }

            if (end - start <= 4 * WindowReach)
            {
                return FindInProse(text, start, end - start, ref results);
            }

            var windows = new List<(int From, int To, int First, int Last)>();
            while (candidate >= 0)
            {
                int first = candidate, last = candidate, next;
                while ((next = last + 1 < end ? NextCandidate(text, last + 1, end) : -1) >= 0 && next - last <= 2 * WindowReach)
                {
                    last = next;
                }

                int from = EdgeBefore(text, start, first - WindowReach), to = EdgeAfter(text, end, last + WindowReach);
                if (from < 0 || to < 0)
                {
                    return FindInProse(text, start, end - start, ref results);
                }

                windows.Add((from, to, first, last));
                candidate = next;
            }

            bool found = false;
            List<TermMatch>? inWindow = null;
            foreach (var (from, to, first, last) in windows)
            {
                if (!FindInProse(text, from, to - from, ref inWindow))
                {
                    continue;
                }

                foreach (var match in inWindow!)
                {
                    if (match.Start >= first && match.Start <= last)
                    {
                        (results ??= new List<TermMatch>()).Add(match);
                        found = true;
                    }
                }

                inWindow.Clear();
            }

            return found;
        }

        // A window start: the range start, or just after whitespace at or before position; -1 when none is near.
        private static int EdgeBefore(string text, int start, int position)
        {
            if (position <= start)
            {
                return start;
            }

            for (int i = position; i > start && position - i < EdgeSearch; i--)
            {
                if (text[i - 1] <= ' ')
                {
                    return i;
                }
            }

            return -1;
        }

        // A window end: the range end, or at whitespace at or after position; -1 when none is near.
        private static int EdgeAfter(string text, int end, int position)
        {
            if (position >= end)
            {
                return end;
            }

            for (int i = position; i < end && i - position < EdgeSearch; i++)
            {
                if (text[i] <= ' ')
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
