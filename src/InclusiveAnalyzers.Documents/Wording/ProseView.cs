using System;
using InclusiveAnalyzers.Core.Terms;

namespace InclusiveAnalyzers.Documents.Wording
{
    /// <summary>
    /// A copy of a document with everything that is not prose blanked (line breaks kept), so one
    /// pass of the term matcher covers the whole document with the file's own offsets. Blanks of
    /// four or more characters, or a <see cref="Breaker"/>, end a phrase; short gaps such as
    /// emphasis markers or an inline tag do not ("**sanity** check" is one phrase, as it reads).
    /// </summary>
    internal sealed class ProseView : IDisposable
    {
        /// <summary>A character the matcher never joins words across (it is no separator it knows).</summary>
        public const char Breaker = '\u0001';

        private static readonly char[] LineBreaks = { '\n', '\r' };

        private readonly string text;
        private readonly int length;
        private char[] chars;

        /// <summary>A blank view of <paramref name="text"/>; its buffer is pooled, so dispose the view when done.</summary>
        public ProseView(string text)
        {
            this.text = text;
            length = text.Length;
            chars = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(1, length));
            for (int i = 0; i < length; i++) chars[i] = ' ';
            for (int i = text.IndexOfAny(LineBreaks); i >= 0; i = i + 1 < text.Length ? text.IndexOfAny(LineBreaks, i + 1) : -1) chars[i] = text[i];
        }

        public void Dispose()
        {
            var pooled = chars;
            chars = Array.Empty<char>();
            if (pooled.Length > 0) System.Buffers.ArrayPool<char>.Shared.Return(pooled);
        }

        public void Copy(int start, int end)
        {
            if (start < 0) start = 0;
            if (end > text.Length) end = text.Length;
            if (end > start) text.CopyTo(start, chars, start, end - start);
        }

        /// <summary>Ends any phrase at <paramref name="at"/> (a position that is not prose).</summary>
        public void Break(int at)
        {
            if (at >= 0 && at < length && char.IsWhiteSpace(chars[at])) chars[at] = Breaker;
        }

        /// <summary>Blanks [start, end) again (a name, not prose) and ends any phrase there.</summary>
        public void Blank(int start, int end)
        {
            if (start < 0) start = 0;
            if (end > length) end = length;
            for (int i = start; i < end; i++)
            {
                if (chars[i] != '\n' && chars[i] != '\r') chars[i] = ' ';
            }
            Break(start);
        }

        /// <summary>Blanks, from <paramref name="from"/> on, what <paramref name="parsed"/> (the same text with markup blanked) blanked.</summary>
        public void Mask(string parsed, int from)
        {
            for (int i = Math.Max(0, from); i < length && i < parsed.Length; i++)
            {
                if (parsed[i] == ' ' && text[i] != ' ' && chars[i] != ' ') chars[i] = ' ';
            }
        }

        /// <summary>The prose laid in [start, end), markup blanked.</summary>
        public string Slice(int start, int end)
        {
            if (start < 0) start = 0;
            if (end > length) end = length;
            return end > start ? new string(chars, start, end - start) : "";
        }

        /// <summary>Lays [start, end) as blanks with <paramref name="mark"/> at <paramref name="at"/> (a character reference read as its character).</summary>
        public void Replace(int start, int end, char mark, int at)
        {
            if (start < 0 || end > length || at < start || at >= end) return;
            for (int i = start; i < end; i++) chars[i] = ' ';
            chars[at] = mark;
        }

        /// <summary>Blanks every whole-word occurrence of <paramref name="name"/> (same case) that lies in the prose.</summary>
        public void BlankName(string name) => BlankName(name, 0, length, StringComparison.Ordinal);

        /// <summary>Blanks the whole-word occurrences of <paramref name="name"/> in [start, end), in any case, that lie in the prose.</summary>
        public void BlankNameIgnoreCase(string name, int start, int end) => BlankName(name, start, end, StringComparison.OrdinalIgnoreCase);

        private void BlankName(string name, int start, int end, StringComparison comparison)
        {
            if (start < 0) start = 0;
            if (end > length) end = length;
            for (int at = start; at < end; at++)
            {
                at = text.IndexOf(name, at, end - at, comparison);
                if (at < 0) return;
                int stop = at + name.Length;
                if (at > 0 && char.IsLetterOrDigit(text[at - 1])) continue;
                if (stop < text.Length && char.IsLetterOrDigit(text[stop])) continue;
                if (chars[at] != text[at] || chars[stop - 1] != text[stop - 1]) continue; // not laid as prose
                Blank(at, stop);
            }
        }

        /// <summary>Whether a term could start anywhere in the prose laid so far (a superset: blanking more never adds one).</summary>
        public bool HasCandidate(TermMatcher matcher) => matcher.NextCandidate(chars, 0, length) >= 0;

        public override string ToString() => new string(chars, 0, length);
    }
}
