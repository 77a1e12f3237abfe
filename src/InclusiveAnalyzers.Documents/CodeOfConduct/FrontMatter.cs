using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace InclusiveAnalyzers.Documents.CodeOfConduct
{
    /// <summary>
    /// Front matter at the top of a code of conduct: TOML between '+++' lines (Hugo, and the
    /// Contributor Covenant sources that adopters copy raw) or YAML between '---' lines (Jekyll).
    /// Only flat 'key = value' / 'key: value' pairs are read: the audit needs version and the
    /// template's placeholder declarations, nothing nested.
    /// </summary>
    internal sealed class FrontMatter
    {
        private static readonly Regex Pair = new Regex(
            @"^[ \t]*(?<key>[A-Za-z_][A-Za-z0-9_.-]*)[ \t]*(?:=|:)[ \t]*(?<value>.*?)[ \t]*$",
            RegexOptions.CultureInvariant);

        private FrontMatter(bool isToml, int start, int end, Dictionary<string, FrontMatterValue> values)
        {
            IsToml = isToml;
            Start = start;
            End = end;
            Values = values;
        }

        public bool IsToml { get; }
        /// <summary>Offset of the opening fence.</summary>
        public int Start { get; }
        /// <summary>Offset just past the closing fence line (including its line break).</summary>
        public int End { get; }
        public IReadOnlyDictionary<string, FrontMatterValue> Values { get; }

        public FrontMatterValue? Get(string key) => Values.TryGetValue(key, out var value) ? value : null;

        /// <summary>Finds front matter at the very start of the text (after an optional BOM), or null.</summary>
        public static FrontMatter? TryRead(string text)
        {
            int start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
            string? fence = null;
            if (IsFenceLine(text, start, "+++")) fence = "+++";
            else if (IsFenceLine(text, start, "---")) fence = "---";
            if (fence == null) return null;

            int lineStart = NextLine(text, start);
            var values = new Dictionary<string, FrontMatterValue>(StringComparer.OrdinalIgnoreCase);
            while (lineStart < text.Length)
            {
                if (IsFenceLine(text, lineStart, fence) || (fence == "---" && IsFenceLine(text, lineStart, "...")))
                {
                    return new FrontMatter(fence == "+++", start, NextLine(text, lineStart), values);
                }

                int lineEnd = LineEnd(text, lineStart);
                var match = Pair.Match(text.Substring(lineStart, lineEnd - lineStart));
                if (match.Success)
                {
                    string key = match.Groups["key"].Value;
                    var valueGroup = match.Groups["value"];
                    string raw = valueGroup.Value;
                    int valueOffset = lineStart + valueGroup.Index;
                    string unquoted = Unquote(raw, ref valueOffset);
                    if (!values.ContainsKey(key)) values[key] = new FrontMatterValue(unquoted, valueOffset);
                }

                lineStart = NextLine(text, lineStart);
            }

            // An opening fence without a closing one is not front matter: a '---' is also a thematic break.
            return null;
        }

        private static string Unquote(string raw, ref int offset)
        {
            if (raw.Length >= 2 && (raw[0] == '"' || raw[0] == '\'') && raw[raw.Length - 1] == raw[0])
            {
                offset++;
                return raw.Substring(1, raw.Length - 2);
            }

            return raw;
        }

        private static bool IsFenceLine(string text, int lineStart, string fence)
        {
            if (string.CompareOrdinal(text, lineStart, fence, 0, fence.Length) != 0) return false;
            int i = lineStart + fence.Length;
            while (i < text.Length && (text[i] == ' ' || text[i] == '\t')) i++;
            return i == text.Length || text[i] == '\n' || text[i] == '\r';
        }

        private static int LineEnd(string text, int lineStart)
        {
            int i = text.IndexOf('\n', lineStart);
            if (i < 0) return text.Length;
            return i > lineStart && text[i - 1] == '\r' ? i - 1 : i;
        }

        private static int NextLine(string text, int lineStart)
        {
            int i = text.IndexOf('\n', lineStart);
            return i < 0 ? text.Length : i + 1;
        }
    }

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
