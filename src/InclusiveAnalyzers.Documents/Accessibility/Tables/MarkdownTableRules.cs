using System;
using InclusiveAnalyzers.Documents.Analysis;
using InclusiveAnalyzers.Documents.Markdown;
using Markdig.Extensions.Tables;

namespace InclusiveAnalyzers.Documents.Accessibility.Tables
{
    /// <summary>
    /// Pipe tables: INCL361 (empty header cells) and INCL362 (rows whose cell count differs from the header).
    /// Cells are counted in the source line, because Markdig pads short rows and drops extra cells.
    /// </summary>
    internal static class MarkdownTableRules
    {
        public static void Run(DocumentContext context, MarkdownModel model)
        {
            var text = model.ParsedText;
            foreach (var table in model.Tables)
            {
                int headerCells = -1;
                foreach (var block in table)
                {
                    if (!(block is TableRow row) || row.Span.IsEmpty) continue;
                    if (row.IsHeader)
                    {
                        CheckHeader(context, row);
                        if (headerCells < 0) headerCells = CountCells(text, row.Span.Start);
                        continue;
                    }
                    if (headerCells < 0) continue;
                    int cells = CountCells(text, row.Span.Start);
                    if (cells != headerCells)
                    {
                        var (offset, length) = RowExtent(text, row.Span.Start);
                        context.Report("INCL362", offset, length, cells < headerCells
                            ? $"This row has {cells} cell{(cells == 1 ? "" : "s")} but the header has {headerCells}; the missing cells show as holes. Add the missing cells (empty ones are fine)."
                            : $"This row has {cells} cells but the header has {headerCells}; the extra cells are dropped when rendered. Remove them or add header cells.");
                    }
                }
            }
        }

        private static void CheckHeader(DocumentContext context, TableRow row)
        {
            int empty = 0, total = 0;
            foreach (var block in row)
            {
                if (!(block is TableCell cell) || cell.Span.IsEmpty) continue;
                total++;
                if (IsEmpty(cell)) empty++;
            }
            if (empty == 0) return;
            if (empty == total)
            {
                var (offset, length) = MarkdownSpan.Of(row);
                context.Report("INCL361", offset, length,
                    "The table's header row is blank, so no column has a name. Name the columns, or use a list if the table is only for layout.");
                return;
            }
            foreach (var block in row)
            {
                if (!(block is TableCell cell) || cell.Span.IsEmpty || !IsEmpty(cell)) continue;
                var (offset, length) = MarkdownSpan.Of(cell);
                context.Report("INCL361", offset, length,
                    "This header cell is empty, so its column has no name. Give the column a short title.");
            }
        }

        private static bool IsEmpty(TableCell cell)
        {
            foreach (var block in cell)
            {
                if (block is Markdig.Syntax.LeafBlock leaf && !TextNormal.IsBlank(InlineText.Collect(leaf.Inline).Text)) return false;
                if (block is Markdig.Syntax.LeafBlock leaf2 && InlineText.Collect(leaf2.Inline).HasHtml) return false;
            }
            return true;
        }

        /// <summary>
        /// Counts the cells of the row on the line holding <paramref name="start"/>: unescaped pipes
        /// separate cells (as on GitHub, also inside code spans); a leading and a trailing pipe are optional.
        /// </summary>
        internal static int CountCells(string text, int start)
        {
            int end = LineEnd(text, start);
            int i = LineStart(text, start);
            while (i < end && (text[i] == ' ' || text[i] == '\t' || text[i] == '>')) i++;
            if (i < end && text[i] == '|') i++;
            int trimmedEnd = end;
            while (trimmedEnd > i && (text[trimmedEnd - 1] == ' ' || text[trimmedEnd - 1] == '\t')) trimmedEnd--;
            int pipes = 0;
            bool trailingPipe = false;
            for (int k = i; k < trimmedEnd; k++)
            {
                char c = text[k];
                if (c == '\\') { k++; continue; }
                if (c == '|')
                {
                    pipes++;
                    trailingPipe = k == trimmedEnd - 1;
                }
            }
            return trailingPipe ? pipes : pipes + 1;
        }

        private static int LineStart(string text, int offset)
        {
            while (offset > 0 && text[offset - 1] != '\n' && text[offset - 1] != '\r') offset--;
            return offset;
        }

        private static (int, int) RowExtent(string text, int start)
        {
            int lineStart = LineStart(text, start);
            while (lineStart < start && (text[lineStart] == ' ' || text[lineStart] == '>' || text[lineStart] == '\t')) lineStart++;
            return (lineStart, LineEnd(text, start) - lineStart);
        }

        private static int LineEnd(string text, int start)
        {
            int end = text.IndexOfAny(new[] { '\n', '\r' }, start);
            return end < 0 ? text.Length : end;
        }
    }
}
