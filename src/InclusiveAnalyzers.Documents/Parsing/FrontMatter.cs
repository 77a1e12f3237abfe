using System;
using System.Collections.Generic;

namespace InclusiveAnalyzers.Documents.Parsing
{
    internal enum FrontMatterKind
    {
        Yaml,
        Toml,
        Json,

        /// <summary>
        /// Statiq's and Wyam's front matter: <c>Key: value</c> lines from the very first line, closed by a
        /// line of dashes, with no opening fence (their front-matter module takes everything above the first
        /// dash line). Markdig would read it as a level-2 setext heading of the keys.
        /// </summary>
        Unfenced,
    }

    /// <summary>
    /// Front matter at the very top of a document (after a byte-order mark, if any): YAML (<c>---</c>), TOML
    /// (<c>+++</c>, which Markdig would otherwise read as a paragraph; Hugo and the Contributor Covenant
    /// sources), JSON (<c>{</c> ... <c>}</c>) or Statiq's keys closed by a dash line with no opening fence. Only top-level scalar keys are read; that is all the rules
    /// and the code-of-conduct audit need (title, version, date, the template's placeholder declarations).
    /// </summary>
    internal sealed class FrontMatter
    {
        private readonly Dictionary<string, (string Value, int Offset)> values;

        private FrontMatter(FrontMatterKind kind, int start, int end, Dictionary<string, (string, int)> values)
        {
            Kind = kind;
            Start = start;
            End = end;
            this.values = values;
        }

        public FrontMatterKind Kind { get; }

        public bool IsToml => Kind == FrontMatterKind.Toml;

        /// <summary>Offset of the opening fence, or of the first key line when there is none (1 after a byte-order mark).</summary>
        public int Start { get; }

        /// <summary>Offset just past the closing fence line (the body starts here).</summary>
        public int End { get; }

        public IEnumerable<string> Keys => values.Keys;

        /// <summary>The value of a top-level key (quotes removed) and the offset of that value in the file.</summary>
        public bool TryGetValue(string key, out string value, out int offset)
        {
            if (values.TryGetValue(key, out var entry))
            {
                value = entry.Value;
                offset = entry.Offset;
                return true;
            }
            value = "";
            offset = -1;
            return false;
        }

        /// <summary>The value of a top-level key and its offset, or null.</summary>
        public FrontMatterValue? Get(string key) => TryGetValue(key, out var value, out var offset) ? new FrontMatterValue(value, offset) : null;

        /// <summary>Reads front matter at the start of <paramref name="text"/>, or returns null.</summary>
        public static FrontMatter? Read(string text)
        {
            int start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
            if (text.Length - start < 3) return null;
            FrontMatterKind kind;
            string fence;
            if (StartsWithFenceLine(text, start, "---")) { kind = FrontMatterKind.Yaml; fence = "---"; }
            else if (StartsWithFenceLine(text, start, "+++")) { kind = FrontMatterKind.Toml; fence = "+++"; }
            else if (StartsWithFenceLine(text, start, "{")) { kind = FrontMatterKind.Json; fence = "}"; }
            else if (IsKeyLine(text, start)) { return ReadUnfenced(text, start); }
            else { return null; }

            var values = new Dictionary<string, (string, int)>(StringComparer.OrdinalIgnoreCase);
            int lineStart = NextLine(text, start);
            while (lineStart < text.Length)
            {
                int lineEnd = LineEnd(text, lineStart);
                var line = text.Substring(lineStart, lineEnd - lineStart);
                var trimmed = line.TrimEnd();
                bool closes = trimmed == fence || (kind == FrontMatterKind.Yaml && trimmed == "...");
                if (closes)
                {
                    return new FrontMatter(kind, start, NextLine(text, lineStart), values);
                }
                ReadKey(kind, line, lineStart, values);
                lineStart = NextLine(text, lineStart);
            }
            return null; // never closed: not front matter
        }

        /// <summary>
        /// Key lines (and indented or <c>- </c> continuation lines) up to a line of three or more dashes. A blank
        /// line or any other line first means the text is Markdown: "Note: read this" over a paragraph. So does a
        /// single key line: "Status: draft" over dashes is a setext heading as CommonMark reads it, and Statiq's
        /// pages give a title and at least one more key (Order, Description).
        /// </summary>
        private static FrontMatter? ReadUnfenced(string text, int start)
        {
            var values = new Dictionary<string, (string, int)>(StringComparer.OrdinalIgnoreCase);
            int lineStart = start;
            int keyLines = 0;
            while (lineStart < text.Length)
            {
                int lineEnd = LineEnd(text, lineStart);
                var line = text.Substring(lineStart, lineEnd - lineStart);
                var trimmed = line.TrimEnd();
                if (trimmed.Length >= 3 && trimmed.Trim('-').Length == 0)
                {
                    return keyLines >= 2 ? new FrontMatter(FrontMatterKind.Unfenced, start, NextLine(text, lineStart), values) : null;
                }
                if (trimmed.Length == 0) return null;
                bool continuation = char.IsWhiteSpace(line[0]) || line.StartsWith("- ", StringComparison.Ordinal);
                if (!continuation && !IsKeyLine(text, lineStart)) return null;
                if (!continuation) keyLines++;
                ReadKey(FrontMatterKind.Yaml, line, lineStart, values);
                lineStart = NextLine(text, lineStart);
            }
            return null; // no closing dash line: Markdown text
        }

        /// <summary>A <c>Key: value</c> line: a letter, then letters, digits, <c>-</c> or <c>_</c>, a colon, then a space, a tab or the line end.</summary>
        private static bool IsKeyLine(string text, int at)
        {
            if (at >= text.Length || !char.IsLetter(text[at])) return false;
            int i = at + 1;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '-' || text[i] == '_')) i++;
            if (i >= text.Length || text[i] != ':') return false;
            i++;
            return i >= text.Length || text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r';
        }

        private static void ReadKey(FrontMatterKind kind, string line, int lineOffset, Dictionary<string, (string, int)> values)
        {
            // Top-level keys only: nested YAML/TOML keys are indented (JSON keys always are, so trim them).
            if (kind == FrontMatterKind.Json)
            {
                int indent = 0;
                while (indent < line.Length && char.IsWhiteSpace(line[indent])) indent++;
                line = line.Substring(indent);
                lineOffset += indent;
            }
            if (line.Length == 0 || char.IsWhiteSpace(line[0])) return;
            int keyStart = 0;
            int keyEnd;
            int separator;
            if (kind == FrontMatterKind.Json)
            {
                if (line[0] != '"') return;
                keyStart = 1;
                keyEnd = line.IndexOf('"', 1);
                if (keyEnd < 0) return;
                separator = line.IndexOf(':', keyEnd);
            }
            else
            {
                separator = line.IndexOf(kind == FrontMatterKind.Yaml ? ':' : '=');
                if (separator <= 0) return;
                keyEnd = separator;
            }
            if (separator < 0) return;
            var key = line.Substring(keyStart, keyEnd - keyStart).Trim().Trim('"', '\'');
            if (key.Length == 0 || values.ContainsKey(key)) return;

            int valueStart = separator + 1;
            while (valueStart < line.Length && line[valueStart] == ' ') valueStart++;
            int valueEnd = line.Length;
            while (valueEnd > valueStart && char.IsWhiteSpace(line[valueEnd - 1])) valueEnd--;
            if (kind == FrontMatterKind.Json && valueEnd > valueStart && line[valueEnd - 1] == ',') valueEnd--;
            if (valueEnd - valueStart >= 2)
            {
                char q = line[valueStart];
                if ((q == '"' || q == '\'') && line[valueEnd - 1] == q)
                {
                    valueStart++;
                    valueEnd--;
                }
            }
            values[key] = (line.Substring(valueStart, valueEnd - valueStart), lineOffset + valueStart);
        }

        private static bool StartsWithFenceLine(string text, int start, string fence)
        {
            if (string.CompareOrdinal(text, start, fence, 0, fence.Length) != 0) return false;
            int i = start + fence.Length;
            while (i < text.Length && (text[i] == ' ' || text[i] == '\t')) i++;
            return i < text.Length && (text[i] == '\n' || text[i] == '\r');
        }

        private static int LineEnd(string text, int start)
        {
            int i = text.IndexOfAny(LineBreaks, start);
            return i < 0 ? text.Length : i;
        }

        private static int NextLine(string text, int start)
        {
            int end = LineEnd(text, start);
            if (end >= text.Length) return text.Length;
            return text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? end + 2 : end + 1;
        }

        private static readonly char[] LineBreaks = { '\n', '\r' };
    }

    /// <summary>A front-matter value (quotes removed) and its offset in the file.</summary>
    internal sealed class FrontMatterValue
    {
        public FrontMatterValue(string text, int offset)
        {
            Text = text;
            Offset = offset;
        }

        public string Text { get; }
        public int Offset { get; }
    }
}
