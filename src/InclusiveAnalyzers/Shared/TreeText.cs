using System;
using InclusiveAnalyzers.Core.Terms;
using Microsoft.CodeAnalysis.Text;

namespace InclusiveAnalyzers.Shared
{
    /// <summary>
    /// The text of a tree being checked at its candidates. The usual file is one string already; a large file (Roslyn
    /// holds it in chunks) or an editor's snapshot is read through a window and never copied whole: a copy over 42,500
    /// characters lands on the large object heap, and in a busy compiler one such allocation can start a full collection
    /// (measured in a real build of Markdig: 100 to 140 ms inside our analyzer, once for EmojiMapping.cs, once for EntityHelper.cs).
    /// </summary>
    internal sealed class TreeText
    {
        // Text kept on each side of a checked span: every judgement of a match reads at most 1,000 characters away.
        private const int Reach = 4096;

        private readonly SourceText source;
        private readonly string? whole;
        private SourceTextWindow? window;

        public TreeText(SourceText source)
        {
            this.source = source;
            whole = SourceTexts.AsString(source);
        }

        public int Length => source.Length;

        /// <summary>The character at <paramref name="position"/>.</summary>
        public char this[int position] => whole != null ? whole[position] : Window()[position];

        /// <summary>The next candidate at or after <paramref name="start"/>, or -1 (read through the window even when the text is one string: see TreeScans).</summary>
        public int NextCandidate(TermMatcher matcher, int start) => matcher.NextCandidate(Window(), start, source.Length);

        /// <summary>
        /// A string holding <paramref name="span"/> and the text around it that matching reads, and where it starts in the
        /// tree's text (<paramref name="offset"/>): the text itself when it is one string, else a copy of the lines around
        /// the span (its edges on line breaks, so no word or URL is cut), small enough for the small object heap.
        /// </summary>
        public string Around(TextSpan span, out int offset)
        {
            if (whole != null)
            {
                offset = 0;
                return whole;
            }

            var chars = Window();
            int start = Math.Max(0, span.Start - Reach);
            for (int limit = Math.Max(0, start - Reach); start > limit && chars[start - 1] != '\n'; start--)
            {
            }

            int end = Math.Min(source.Length, span.End + Reach);
            for (int limit = Math.Min(source.Length, end + Reach); end < limit && chars[end - 1] != '\n'; end++)
            {
            }

            offset = start;
            return source.ToString(TextSpan.FromBounds(start, end));
        }

        /// <summary>Whether a \u or \U escape occurs (a declared name may then hold a term its text does not spell).</summary>
        public bool HasUnicodeEscape()
            => whole != null ? SourceTexts.HasUnicodeEscape(whole) : Window().HasUnicodeEscape();

        /// <summary>Hands the window back to the thread (call when the checks are done).</summary>
        public void Release()
        {
            window?.Release();
            window = null;
        }

        private SourceTextWindow Window() => window ??= SourceTextWindow.Over(source);
    }
}
