using System;
using System.Collections.Generic;

namespace InclusiveAnalyzers.Documents.Text
{
    /// <summary>
    /// Turns offsets into 1-based line and column numbers. Line breaks are \n, \r\n and a lone \r,
    /// as CommonMark counts them; columns count UTF-16 units, as editors and SARIF viewers do.
    /// </summary>
    internal sealed class LineMap
    {
        private readonly string text;
        private int[]? lineStarts;

        public LineMap(string text) => this.text = text;

        public string Text => text;

        public int LineCount => Starts.Length;

        private int[] Starts => lineStarts ??= Build(text);

        /// <summary>1-based line and column of an offset (an offset at the end of the text is allowed).</summary>
        public (int Line, int Column) GetPosition(int offset)
        {
            if (offset < 0) offset = 0;
            if (offset > text.Length) offset = text.Length;
            var starts = Starts;
            int index = Array.BinarySearch(starts, offset);
            if (index < 0) index = ~index - 1;
            return (index + 1, offset - starts[index] + 1);
        }

        /// <summary>Offset of the first character of a 1-based line (the text length past the end).</summary>
        public int LineStart(int line)
        {
            var starts = Starts;
            if (line < 1) return 0;
            return line > starts.Length ? text.Length : starts[line - 1];
        }

        /// <summary>Offset just past the last character of a 1-based line, before its line break.</summary>
        public int LineEnd(int line)
        {
            int start = LineStart(line);
            int end = start;
            while (end < text.Length && text[end] != '\n' && text[end] != '\r') end++;
            return end;
        }

        private static int[] Build(string text)
        {
            var starts = new List<int>(Math.Max(16, text.Length / 40)) { 0 };
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c == '\n')
                {
                    starts.Add(i + 1);
                }
                else if (c == '\r')
                {
                    if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                    starts.Add(i + 1);
                }
            }
            return starts.ToArray();
        }
    }
}
