using System;
using System.Collections.Generic;

namespace InclusiveAnalyzers.Documents.Wording
{
    /// <summary>
    /// A Markdown table of an API's or a service's fields: its first column headed Attribute, Parameter, Option, Key,
    /// Field, Property, Argument, Variable, Setting or Name, each cell one name (Home Assistant's Modbus services: "| slave
    /// | Slave address (0-255), alternative to unit |"). That cell is the field's fixed name, and so is the same name,
    /// in the same case, elsewhere in the table ("alternative to slave"); the descriptions' other words are prose
    /// ("Slave address" is still read). A first cell of several words is a label and is read too.
    /// </summary>
    internal static class NameColumnTables
    {
        private static readonly string[] NameHeaders =
        {
            "attribute", "attributes", "parameter", "parameters", "param", "option", "options", "key", "keys", "field", "fields",
            "property", "properties", "argument", "arguments", "variable", "variables", "setting", "settings", "name",
        };

        /// <summary>Blanks, in <paramref name="view"/>, the name cells of such tables in <paramref name="text"/> and their names in the same table.</summary>
        public static void Blank(string text, ProseView view)
        {
            var names = new List<string>();
            var rows = new List<(int Start, int End)>();
            for (int lineStart = 0; lineStart < text.Length;)
            {
                int lineEnd = LineEnd(text, lineStart);
                int next = lineEnd + 1;
                if (IsNameHeader(text, lineStart, lineEnd) && next < text.Length && IsDelimiterRow(text, next, LineEnd(text, next)))
                {
                    names.Clear();
                    rows.Clear();
                    int row = LineEnd(text, next) + 1;
                    while (row < text.Length)
                    {
                        int rowEnd = LineEnd(text, row);
                        if (!FirstCell(text, row, rowEnd, out int cellStart, out int cellEnd)) break;
                        rows.Add((row, rowEnd));
                        if (IsOneName(text, cellStart, cellEnd, out int nameStart, out int nameEnd))
                        {
                            view.Blank(cellStart, cellEnd);
                            names.Add(text.Substring(nameStart, nameEnd - nameStart));
                        }
                        row = rowEnd + 1;
                    }
                    foreach (var (start, end) in rows) BlankNames(text, view, start, end, names);
                    lineStart = row;
                    continue;
                }
                lineStart = next;
            }
        }

        private static int LineEnd(string text, int start)
        {
            int end = text.IndexOf('\n', start);
            return end < 0 ? text.Length : end;
        }

        // "| Attribute | Description |": the first cell's text is one of the name headers.
        private static bool IsNameHeader(string text, int start, int end)
        {
            if (!FirstCell(text, start, end, out int cellStart, out int cellEnd)) return false;
            string cell = text.Substring(cellStart, cellEnd - cellStart).Trim().Trim('*', '_').Trim();
            foreach (var header in NameHeaders)
            {
                if (string.Equals(cell, header, StringComparison.OrdinalIgnoreCase)) return true;
            }
            return false;
        }

        // "| --- | :---: |"
        private static bool IsDelimiterRow(string text, int start, int end)
        {
            bool dash = false;
            for (int i = start; i < end; i++)
            {
                char c = text[i];
                if (c == '-') dash = true;
                else if (c != '|' && c != ':' && c != ' ' && c != '\t' && c != '\r') return false;
            }
            return dash && text.IndexOf('|', start, end - start) >= 0;
        }

        // The first cell of a table row: after an optional leading bar, up to the next bar.
        private static bool FirstCell(string text, int start, int end, out int cellStart, out int cellEnd)
        {
            cellStart = start;
            cellEnd = start;
            int i = start;
            while (i < end && (text[i] == ' ' || text[i] == '\t')) i++;
            if (i < end && text[i] == '|') i++;
            int bar = text.IndexOf('|', i, end - i);
            if (bar < 0) return false;
            cellStart = i;
            cellEnd = bar;
            return true;
        }

        // A cell holding one name: a single token of letters, digits, underscores, dots or hyphens, maybe in backticks or emphasis.
        private static bool IsOneName(string text, int start, int end, out int nameStart, out int nameEnd)
        {
            nameStart = start;
            while (nameStart < end && (text[nameStart] == ' ' || text[nameStart] == '`' || text[nameStart] == '*' || text[nameStart] == '_')) nameStart++;
            nameEnd = end;
            while (nameEnd > nameStart && (text[nameEnd - 1] == ' ' || text[nameEnd - 1] == '`' || text[nameEnd - 1] == '*' || text[nameEnd - 1] == '_' || text[nameEnd - 1] == '\r')) nameEnd--;
            if (nameEnd <= nameStart) return false;
            for (int i = nameStart; i < nameEnd; i++)
            {
                char c = text[i];
                if (!(char.IsLetterOrDigit(c) || c == '_' || c == '.' || c == '-')) return false;
            }
            return true;
        }

        // The table's names, in the same case and as whole words, in a row's other cells.
        private static void BlankNames(string text, ProseView view, int start, int end, List<string> names)
        {
            foreach (var name in names)
            {
                for (int at = text.IndexOf(name, start, end - start, StringComparison.Ordinal); at >= 0; at = at + name.Length < end ? text.IndexOf(name, at + name.Length, end - at - name.Length, StringComparison.Ordinal) : -1)
                {
                    int after = at + name.Length;
                    bool whole = (at == 0 || !IsNameChar(text[at - 1])) && (after >= text.Length || !IsNameChar(text[after]));
                    if (whole) view.Blank(at, after);
                }
            }
        }

        private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '-';
    }
}
