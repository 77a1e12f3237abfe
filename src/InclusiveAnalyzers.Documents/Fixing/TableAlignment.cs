using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace InclusiveAnalyzers.Documents.Fixing
{
    /// <summary>
    /// Keeps a Markdown pipe table's columns lined up after a rewrite changed a word's length. Only a
    /// table whose pipes all stood in the same columns before is touched, and only the padding of the
    /// columns that changed: a cell that got shorter is padded back to its width, one that got longer
    /// widens its column in every row (spaces in cells, dashes in the delimiter row).
    /// </summary>
    internal static class TableAlignment
    {
        /// <summary><paramref name="fixedText"/> with the tables realigned; it must have the same lines as <paramref name="original"/>, words changed only.</summary>
        public static string Keep(string original, string fixedText)
        {
            var before = original.Split('\n');
            var after = fixedText.Split('\n');
            if (before.Length != after.Length)
            {
                return fixedText;
            }

            bool changed = false;
            for (int i = 0; i < before.Length;)
            {
                int end = i;
                while (end < before.Length && before[end].TrimStart(' ').StartsWith("|", StringComparison.Ordinal))
                {
                    end++;
                }

                if (end - i >= 2 && IsDelimiterRow(before[i + 1]) && Realign(before, after, i, end))
                {
                    changed = true;
                }

                i = end == i ? i + 1 : end;
            }

            return changed ? string.Join("\n", after) : fixedText;
        }

        private static bool Realign(string[] before, string[] after, int first, int end)
        {
            var pipes = Pipes(before[first]);
            if (pipes.Count < 2)
            {
                return false;
            }

            bool touched = false;
            for (int row = first; row < end; row++)
            {
                if (!Pipes(before[row]).SequenceEqual(pipes))
                {
                    return false; // not lined up to begin with: nothing to keep
                }

                touched |= before[row] != after[row];
            }

            if (!touched)
            {
                return false;
            }

            int columns = pipes.Count - 1;
            var cells = new List<string[]>();
            for (int row = first; row < end; row++)
            {
                var rowPipes = Pipes(after[row]);
                if (rowPipes.Count != pipes.Count)
                {
                    return false;
                }

                cells.Add(Enumerable.Range(0, columns).Select(c => after[row].Substring(rowPipes[c] + 1, rowPipes[c + 1] - rowPipes[c] - 1)).ToArray());
            }

            var widths = new int[columns];
            for (int c = 0; c < columns; c++)
            {
                int width = pipes[c + 1] - pipes[c] - 1;
                int padding = int.MaxValue;
                for (int row = first; row < end; row++)
                {
                    if (row != first + 1)
                    {
                        var cell = before[row].Substring(pipes[c] + 1, width);
                        padding = Math.Min(padding, cell.Length - cell.TrimEnd(' ').Length);
                    }
                }

                padding = Math.Min(padding, 1); // a cell needs one space before its pipe if every cell had one
                widths[c] = width;
                for (int r = 0; r < cells.Count; r++)
                {
                    if (r != 1)
                    {
                        widths[c] = Math.Max(widths[c], cells[r][c].TrimEnd(' ').Length + padding);
                    }
                }
            }

            for (int r = 0; r < cells.Count; r++)
            {
                var line = after[first + r];
                var rowPipes = Pipes(line);
                var builder = new StringBuilder(line.Length + 8);
                builder.Append(line, 0, rowPipes[0] + 1);
                for (int c = 0; c < columns; c++)
                {
                    var cell = cells[r][c];
                    builder.Append(r == 1 ? Widen(cell, widths[c]) : cell.TrimEnd(' ').PadRight(widths[c]));
                    builder.Append('|');
                }

                builder.Append(line, rowPipes[columns] + 1, line.Length - rowPipes[columns] - 1);
                after[first + r] = builder.ToString();
            }

            return true;
        }

        // A delimiter cell gets its extra width as dashes after its last dash (before a ':' or padding).
        private static string Widen(string cell, int width)
        {
            if (cell.Length >= width)
            {
                return cell;
            }

            int lastDash = cell.LastIndexOf('-');
            return lastDash < 0 ? cell.PadRight(width) : cell.Insert(lastDash + 1, new string('-', width - cell.Length));
        }

        private static bool IsDelimiterRow(string line)
        {
            var body = line.Trim(' ', '\t', '\r');
            return body.Length > 0 && body.Contains('-') && body.All(c => c == '|' || c == '-' || c == ':' || c == ' ' || c == '\t');
        }

        // Positions of the unescaped pipes of a row.
        private static List<int> Pipes(string line)
        {
            var positions = new List<int>();
            for (int i = 0; i < line.Length; i++)
            {
                if (line[i] == '|' && (i == 0 || line[i - 1] != '\\'))
                {
                    positions.Add(i);
                }
            }

            return positions;
        }
    }
}
