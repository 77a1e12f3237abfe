using System.Collections.Generic;
using InclusiveAnalyzers.Documents.Analysis;
using InclusiveAnalyzers.Documents.Markdown;

namespace InclusiveAnalyzers.Documents.Accessibility.Tables
{
    /// <summary>
    /// Pipe tables: INCL361 (empty header cells) and INCL362 (rows whose cell count differs from the header).
    /// Cells are read from the source lines, because Markdig pads short rows, drops extra cells and
    /// gives empty cells no position.
    /// </summary>
    internal static class MarkdownTableRules
    {
        public static void Run(DocumentContext context, MarkdownModel model)
        {
            var text = model.ParsedText;
            foreach (var table in model.Tables)
            {
                if (table.Span.IsEmpty) continue;
                int end = System.Math.Min(text.Length, table.Span.End + 1);
                int line = table.Span.Start;
                var header = Cells(text, line);
                CheckHeader(context, text, header);

                line = NextLine(text, line, end); // the delimiter row
                if (line < 0) continue;
                while ((line = NextLine(text, line, end)) >= 0)
                {
                    var cells = Cells(text, line);
                    if (cells.Count == 0 || cells.Count == header.Count || IsGroupLabelRow(text, cells, header.Count)) continue;
                    int rowStart = cells[0].Start;
                    int rowEnd = cells[cells.Count - 1].End;
                    context.Report("INCL362", rowStart, rowEnd - rowStart, cells.Count < header.Count
                        ? $"This row has {cells.Count} cell{(cells.Count == 1 ? "" : "s")} but the header has {header.Count}; the missing cells show as holes. Add the missing cells (empty ones are fine)."
                        : $"This row has {cells.Count} cells but the header has {header.Count}; the extra cells are dropped when rendered. Remove them or add header cells.");
                }
            }
        }

        /// <summary>
        /// A group label: a row of one bold cell under a wider header (MassTransit's <c>| **Containers** |</c>
        /// over the container packages). It names the rows below it, like a section heading inside the table;
        /// the cells after it are meant to be empty, and GitHub and Markdig render them empty either way.
        /// </summary>
        private static bool IsGroupLabelRow(string text, List<(int Start, int End)> cells, int headerCount)
        {
            if (cells.Count != 1 || headerCount < 2) return false;
            var cell = text.Substring(cells[0].Start, cells[0].End - cells[0].Start).Trim();
            if (cell.Length <= 4) return false;
            var marker = cell.Substring(0, 2);
            // One bold run over the whole cell: "**Main**", not "**a** and **b**" or plain text.
            return (marker == "**" || marker == "__") && cell.IndexOf(marker, 2, System.StringComparison.Ordinal) == cell.Length - 2;
        }

        private static void CheckHeader(DocumentContext context, string text, List<(int Start, int End)> header)
        {
            if (header.Count == 0) return;
            int empty = 0;
            foreach (var (start, end) in header)
            {
                if (TextNormal.IsBlank(text.Substring(start, end - start))) empty++;
            }
            if (empty == 0) return;
            if (empty == header.Count)
            {
                context.Report("INCL361", header[0].Start, header[header.Count - 1].End - header[0].Start,
                    "The table's header row is blank, so no column has a name. Name the columns, or use a list if the table is only for layout.");
                return;
            }
            foreach (var (start, end) in header)
            {
                if (!TextNormal.IsBlank(text.Substring(start, end - start))) continue;
                context.Report("INCL361", start, end - start, "This header cell is empty, so its column has no name. Give the column a short title.");
            }
        }

        /// <summary>
        /// The cells of the table row on the line holding <paramref name="offset"/>: unescaped pipes
        /// separate cells (as on GitHub, also inside code spans); a leading and a trailing pipe are optional.
        /// </summary>
        internal static List<(int Start, int End)> Cells(string text, int offset)
        {
            var cells = new List<(int, int)>();
            int lineEnd = LineEnd(text, offset);
            int i = LineStart(text, offset);
            while (i < lineEnd && (text[i] == ' ' || text[i] == '\t' || text[i] == '>')) i++;
            if (i < lineEnd && text[i] == '|') i++;
            int end = lineEnd;
            while (end > i && (text[end - 1] == ' ' || text[end - 1] == '\t')) end--;
            if (end > i && text[end - 1] == '|' && !(end - 2 >= i && text[end - 2] == '\\')) end--;
            if (end <= i && lineEnd > i) return cells;
            int cellStart = i;
            for (int k = i; k < end; k++)
            {
                char c = text[k];
                if (c == '\\') { k++; continue; }
                if (c == '|')
                {
                    cells.Add((cellStart, k));
                    cellStart = k + 1;
                }
            }
            cells.Add((cellStart, end));
            return cells;
        }

        /// <summary>Offset of the line after the one holding <paramref name="offset"/>, or -1 past <paramref name="end"/>.</summary>
        private static int NextLine(string text, int offset, int end)
        {
            int lineEnd = LineEnd(text, offset);
            if (lineEnd >= end) return -1;
            int next = text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? lineEnd + 2 : lineEnd + 1;
            return next < end ? next : -1;
        }

        private static int LineStart(string text, int offset)
        {
            while (offset > 0 && text[offset - 1] != '\n' && text[offset - 1] != '\r') offset--;
            return offset;
        }

        private static int LineEnd(string text, int start)
        {
            int end = text.IndexOfAny(new[] { '\n', '\r' }, start);
            return end < 0 ? text.Length : end;
        }
    }
}
