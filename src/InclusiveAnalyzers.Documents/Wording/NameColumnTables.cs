using System;
using System.Collections.Generic;
using InclusiveAnalyzers.Documents.Accessibility.Tables;
using InclusiveAnalyzers.Documents.Markdown;

namespace InclusiveAnalyzers.Documents.Wording
{
    /// <summary>
    /// A Markdown table of an API's or a service's fields: its first column headed Attribute, Parameter, Option, Key,
    /// Field, Property, Argument, Variable, Setting or Name, each cell one name (Home Assistant's Modbus services: "| slave
    /// | Slave address (0-255), alternative to unit |"). That cell is the field's fixed name, and so is the same name,
    /// in the same case, elsewhere in the table ("alternative to slave"); the descriptions' other words are prose
    /// ("Slave address" is still read). A first cell of several words is a label and is read too. A translated page
    /// heads the same column in its own language (APISIX's Chinese plugin pages: "| 参数名 | 类型 |" over `whitelist`):
    /// <see cref="TranslatedNameHeaders"/>.
    /// </summary>
    internal static class NameColumnTables
    {
        private static readonly string[] NameHeaders =
        {
            "attribute", "attributes", "parameter", "parameters", "param", "option", "options", "key", "keys", "field", "fields",
            "property", "properties", "argument", "arguments", "variable", "variables", "setting", "settings", "name",
        };

        /// <summary>Blanks, in <paramref name="view"/>, the name cells of such tables (the pipe tables Markdig found) and their names in the same table.</summary>
        public static void Blank(MarkdownModel model, string text, ProseView view)
        {
            var names = new List<string>();
            var rows = new List<(int Start, int End)>();
            foreach (var table in model.Tables)
            {
                if (table.Span.IsEmpty) continue;
                var header = MarkdownTableRules.Cells(text, table.Span.Start);
                if (header.Count == 0 || !IsNameHeader(text, header[0].Start, header[0].End)) continue;
                names.Clear();
                rows.Clear();
                int end = Math.Min(text.Length, table.Span.End + 1);
                int delimiter = LineEnd(text, table.Span.Start) + 1;
                for (int row = LineEnd(text, delimiter) + 1; row < end; row = LineEnd(text, row) + 1)
                {
                    var cells = MarkdownTableRules.Cells(text, row);
                    if (cells.Count == 0) continue;
                    rows.Add((row, LineEnd(text, row)));
                    var (cellStart, cellEnd) = cells[0];
                    if (IsOneName(text, cellStart, cellEnd, out int nameStart, out int nameEnd))
                    {
                        view.Blank(cellStart, cellEnd);
                        names.Add(text.Substring(nameStart, nameEnd - nameStart));
                    }
                }
                foreach (var (start, rowEnd) in rows) BlankNames(text, view, start, rowEnd, names);
            }
        }

        private static int LineEnd(string text, int start)
        {
            int end = text.IndexOf('\n', start);
            return end < 0 ? text.Length : end;
        }

        // "| Attribute | Description |": the first cell's text is one of the name headers.
        private static bool IsNameHeader(string text, int cellStart, int cellEnd)
        {
            string cell = text.Substring(cellStart, cellEnd - cellStart).Trim().Trim('*', '_').Trim();
            foreach (var header in NameHeaders)
            {
                if (string.Equals(cell, header, StringComparison.OrdinalIgnoreCase)) return true;
            }
            return TranslatedNameHeaders.Contains(cell);
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
