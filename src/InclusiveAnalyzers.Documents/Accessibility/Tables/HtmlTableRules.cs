using System;
using System.Collections.Generic;
using AngleSharp.Dom;
using InclusiveAnalyzers.Documents.Html;

namespace InclusiveAnalyzers.Documents.Accessibility.Tables
{
    /// <summary>
    /// HTML tables: INCL360 (headers associated with data cells; headers attributes valid; scope valid,
    /// and present on complex tables) and INCL361 (empty th). Layout tables (role none/presentation) are skipped.
    /// </summary>
    internal static class HtmlTableRules
    {
        private const int MaxSpan = 1000;

        private sealed class Cell
        {
            public Cell(IElement element, int row, int column)
            {
                Element = element;
                Row = row;
                Column = column;
            }

            public IElement Element { get; }
            public int Row { get; }
            public int Column { get; }
            public bool IsHeader => Element.LocalName == "th";
        }

        public static void Check(HtmlCheck check, IElement table)
        {
            if (HtmlFacts.IsPresentational(table)) return;
            var cells = Grid(table, out var grid);
            if (cells.Count == 0) return;

            var idsInTable = new Dictionary<string, Cell>(StringComparer.Ordinal);
            bool usesHeaders = false;
            foreach (var cell in cells)
            {
                var id = cell.Element.Id;
                if (!string.IsNullOrEmpty(id) && !idsInTable.ContainsKey(id!)) idsInTable[id!] = cell;
                if (cell.Element.HasAttribute("headers")) usesHeaders = true;
            }

            var referenced = new HashSet<IElement>();
            foreach (var cell in cells)
            {
                var headers = cell.Element.GetAttribute("headers");
                if (headers == null) continue;
                foreach (var id in headers.Split(new[] { ' ', '\t', '\n', '\r', '\f' }, StringSplitOptions.RemoveEmptyEntries))
                {
                    if (!idsInTable.TryGetValue(id, out var target))
                    {
                        check.Report("INCL360", cell.Element, $"headers=\"{headers.Trim()}\" names '{id}', which is not a cell of this table. Point it at the id of a <th> in the same table.");
                        break;
                    }
                    if (target == cell)
                    {
                        check.Report("INCL360", cell.Element, "The cell lists itself in its own headers attribute. Name the header cells it belongs to instead.");
                        break;
                    }
                    if (!target.IsHeader)
                    {
                        check.Report("INCL360", cell.Element, $"headers names '{id}', which is a data cell (<td>), not a header. Point it at a <th>.");
                        break;
                    }
                    referenced.Add(target.Element);
                }
            }

            bool hasData = false;
            foreach (var cell in cells)
            {
                if (!cell.IsHeader) { hasData = true; break; }
            }

            var heads = hasData ? new DataLines(grid) : null;
            foreach (var cell in cells)
            {
                var scope = cell.Element.GetAttribute("scope");
                if (scope != null)
                {
                    var value = scope.Trim().ToLowerInvariant();
                    if (!cell.IsHeader)
                    {
                        check.Report("INCL360", cell.Element, "scope belongs on <th>, not on <td>. Make the cell a <th> or remove the scope.");
                    }
                    else if (value != "row" && value != "col" && value != "rowgroup" && value != "colgroup")
                    {
                        check.Report("INCL360", cell.Element, $"scope=\"{scope}\" is not a valid scope. Use row, col, rowgroup or colgroup.");
                    }
                }
                if (!cell.IsHeader) continue;

                if (TextNormal.IsBlank(check.Name(cell.Element)))
                {
                    check.Report("INCL361", cell.Element, "The header cell is empty, so its column or row has no name. Give it a short title (or make it a <td>).");
                }

                if (hasData && !referenced.Contains(cell.Element) && !heads!.HeadsData(cell))
                {
                    check.Report("INCL360", cell.Element, "This header cell heads no data cells in its row or column. Make it a <td>, or restructure the table.");
                }

                // A header whose columns hold no data cell can only head across its row: HTML's auto scope makes it a row
                // header (a navigation bar's title cell between its links), so scope would add nothing.
                bool complex = cell.Row > 0 && cell.Column > 0 && (heads == null || heads.AnyColumnHoldsData(cell.Column, Span(cell.Element, "colspan")));
                if (complex && scope == null && !usesHeaders)
                {
                    check.Report("INCL360", cell.Element, "In this table, headers sit inside the table body, so the header cell needs scope=\"row\" or scope=\"col\" to say what it heads.");
                }
            }
        }

        /// <summary>
        /// Which rows and columns of the grid hold a data cell, found in one pass: a header heads data when its row or its
        /// column does. Scanning the header's row and column for each header was quadratic (a row of 20,000 headers: 2 s).
        /// </summary>
        private sealed class DataLines
        {
            private readonly bool[] rows;
            private readonly List<bool> columns = new List<bool>();
            // Columns holding a header cell whose row holds data: a row-header column (the names of a table of people).
            private readonly List<bool> rowHeaderColumns = new List<bool>();

            public DataLines(List<List<Cell?>> grid)
            {
                rows = new bool[grid.Count];
                for (int r = 0; r < grid.Count; r++)
                {
                    var row = grid[r];
                    for (int c = 0; c < row.Count; c++)
                    {
                        while (columns.Count <= c) columns.Add(false);
                        if (row[c] is Cell other && !other.IsHeader)
                        {
                            rows[r] = true;
                            columns[c] = true;
                        }
                    }
                }
                for (int r = 0; r < grid.Count; r++)
                {
                    if (!rows[r]) continue;
                    var row = grid[r];
                    for (int c = 0; c < row.Count; c++)
                    {
                        while (rowHeaderColumns.Count <= c) rowHeaderColumns.Add(false);
                        if (row[c] is Cell other && other.IsHeader) rowHeaderColumns[c] = true;
                    }
                }
            }

            public bool AnyColumnHoldsData(int column, int span)
            {
                for (int c = column; c < column + span && c < columns.Count; c++)
                {
                    if (columns[c]) return true;
                }
                return false;
            }

            /// <summary>
            /// Whether the header heads data: its row or its column holds a data cell, or its column holds row headers of
            /// rows with data. A column header over the row headers ("Name" over the names, each a <c>&lt;th scope="row"&gt;</c>
            /// of its row) heads those headers: HTML's table model gives it to them, and screen readers announce it when
            /// moving down the names (18F's accessibility guide: Name, Height, Age over Walter and Steve).
            /// </summary>
            public bool HeadsData(Cell header)
                => (header.Row < rows.Length && rows[header.Row]) || (header.Column < columns.Count && columns[header.Column])
                   || (header.Column < rowHeaderColumns.Count && rowHeaderColumns[header.Column]);
        }

        /// <summary>Lays the table's own rows (not nested tables') out on a grid, honouring rowspan and colspan.</summary>
        private static List<Cell> Grid(IElement table, out List<List<Cell?>> grid)
        {
            var cells = new List<Cell>();
            grid = new List<List<Cell?>>();
            var rows = new List<IElement>();
            foreach (var child in table.Children)
            {
                if (child.LocalName == "tr") { rows.Add(child); }
                else if (child.LocalName == "thead" || child.LocalName == "tbody" || child.LocalName == "tfoot")
                {
                    foreach (var row in child.Children)
                    {
                        if (row.LocalName == "tr") rows.Add(row);
                    }
                }
            }

            for (int r = 0; r < rows.Count; r++)
            {
                while (grid.Count <= r) grid.Add(new List<Cell?>());
                int column = 0;
                foreach (var element in rows[r].Children)
                {
                    if (element.LocalName != "td" && element.LocalName != "th") continue;
                    while (column < grid[r].Count && grid[r][column] != null) column++;
                    int colspan = Span(element, "colspan");
                    int rowspan = Span(element, "rowspan");
                    rowspan = Math.Min(rowspan, rows.Count - r);
                    var cell = new Cell(element, r, column);
                    cells.Add(cell);
                    for (int dr = 0; dr < rowspan; dr++)
                    {
                        while (grid.Count <= r + dr) grid.Add(new List<Cell?>());
                        var line = grid[r + dr];
                        for (int dc = 0; dc < colspan; dc++)
                        {
                            while (line.Count <= column + dc) line.Add(null);
                            line[column + dc] = cell;
                        }
                    }
                    column += colspan;
                }
            }
            return cells;
        }

        private static int Span(IElement element, string attribute)
        {
            var value = element.GetAttribute(attribute);
            if (!HtmlFacts.TryParseInteger(value, out int span) || span < 1) return 1;
            return Math.Min(span, MaxSpan);
        }
    }
}
