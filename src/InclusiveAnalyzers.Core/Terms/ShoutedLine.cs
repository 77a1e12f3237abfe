using System;

namespace InclusiveAnalyzers.Core.Terms
{
    /// <summary>
    /// Whether a run of capitals stands on a line written all in capitals (see ProseJudge.IsName). A line is read once:
    /// its extent and whether it holds a small letter are kept for the next run on it, so a long shouted line of n runs
    /// costs its length once, not n times.
    /// </summary>
    internal static class ShoutedLine
    {
        // The last line read on this thread: the text (by reference, held weakly so a long-lived host's threads do not
        // keep their last document alive), the window it was read in, its extent, its verdict.
        [ThreadStatic]
        private static WeakReference<string>? lastText;
        [ThreadStatic]
        private static int lastLow, lastHigh, lastFrom, lastTo;
        [ThreadStatic]
        private static bool lastShouted;

        /// <summary>
        /// True when no small letter (nor a letter of a script without case) stands between text[start, end) and the ends of its line within [low, high). The line
        /// ends at a line break, a wide blank (markup a prose view blanked: a tag, a table cell's border) or a breaker.
        /// A line that is a SQL statement (ShoutedStatement) is not shouted.
        /// Any run inside a line reaches the same ends, so the verdict holds for every run of that line.
        /// </summary>
        public static bool Holds(string text, int low, int high, int start, int end)
        {
            if (lastText != null && lastText.TryGetTarget(out var last) && ReferenceEquals(text, last) && low == lastLow && high == lastHigh && start >= lastFrom && end <= lastTo)
            {
                return lastShouted;
            }

            bool lower = false;
            int blanks = 0, from = start - 1;
            for (; from >= low && !EndsLine(text[from], ref blanks); from--)
            {
                lower |= Chars.IsLower(text[from]) || IsCaseless(text[from]);
            }

            blanks = 0;
            int to = end;
            for (; to < high && !EndsLine(text[to], ref blanks); to++)
            {
                lower |= Chars.IsLower(text[to]) || IsCaseless(text[to]);
            }

            if (lastText == null)
            {
                lastText = new WeakReference<string>(text);
            }
            else
            {
                lastText.SetTarget(text);
            }

            lastLow = low;
            lastHigh = high;
            lastFrom = from + 1;
            lastTo = to;
            // A SQL statement on the line is written in capitals, not shouted; read once per line, as the case is.
            lastShouted = !lower && !ShoutedStatement.Holds(text, from + 1, to);
            return lastShouted;
        }

        // A letter of a script without case (Chinese, Japanese, Korean, Arabic...): a line that holds one is written in
        // that script, where capitals cannot shout; the Latin capitals in it are names ("### RESET MASTER语法").
        private static bool IsCaseless(char c) => c > 127 && char.IsLetter(c) && !char.IsUpper(c) && !char.IsLower(c);

        private static bool EndsLine(char c, ref int blanks)
        {
            if (c == '\n' || c == '\r' || c == '\u0001')
            {
                return true;
            }

            blanks = c == ' ' || c == '\t' ? blanks + 1 : 0;
            return blanks >= 4;
        }
    }
}
