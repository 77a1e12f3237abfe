namespace InclusiveAnalyzers.Documents.Wording
{
    /// <summary>
    /// Home Assistant's integration pages describe each option in a Liquid block, <c>{% configuration %}</c> ...
    /// <c>{% endconfiguration %}</c> (and <c>{% configuration_basic %}</c>), that its Jekyll plugin renders from YAML:
    /// <c>slave:</c> then <c>  description: The number of the slave.</c>. The keys are the integration's option names
    /// (what a user writes in <c>configuration.yaml</c>) and the other values are types and defaults; only the
    /// <c>description</c> values, and their continuation lines, are prose. Markdown sees the block as a paragraph.
    /// </summary>
    internal static class ConfigurationBlocks
    {
        /// <summary>Blanks, in <paramref name="view"/>, each key line but a description's inside every configuration block of <paramref name="text"/>.</summary>
        public static void Blank(string text, ProseView view)
        {
            for (int open = text.IndexOf("{%", System.StringComparison.Ordinal); open >= 0; open = text.IndexOf("{%", open + 2, System.StringComparison.Ordinal))
            {
                int tagEnd = text.IndexOf("%}", open + 2, System.StringComparison.Ordinal);
                if (tagEnd < 0) return;
                string? name = TagName(text, open + 2, tagEnd);
                if (name != "configuration" && name != "configuration_basic") continue;

                int close = text.IndexOf("{% end" + name, tagEnd, System.StringComparison.Ordinal);
                if (close < 0) return;
                int lineStart = text.IndexOf('\n', tagEnd);
                while (lineStart >= 0 && lineStart < close)
                {
                    lineStart++;
                    int lineEnd = text.IndexOf('\n', lineStart);
                    if (lineEnd < 0 || lineEnd > close) lineEnd = close;
                    BlankKeyLine(text, view, lineStart, lineEnd);
                    lineStart = lineEnd < close ? lineEnd : -1;
                }
                open = close;
            }
        }

        // "{% configuration %}", "{%- configuration_basic -%}": the tag's first word.
        private static string? TagName(string text, int start, int end)
        {
            int i = start;
            while (i < end && (text[i] == ' ' || text[i] == '-')) i++;
            int nameStart = i;
            while (i < end && (char.IsLetterOrDigit(text[i]) || text[i] == '_')) i++;
            return i > nameStart ? text.Substring(nameStart, i - nameStart) : null;
        }

        // A line "key: value" (the key may be quoted, or a label of words as configuration_basic writes them): blank it,
        // unless the key is description. A line with no key is a description's continuation and stays prose.
        private static void BlankKeyLine(string text, ProseView view, int start, int end)
        {
            int i = start;
            while (i < end && (text[i] == ' ' || text[i] == '\t')) i++;
            int keyStart = i;
            int colon = -1;
            for (int k = i; k < end; k++)
            {
                char c = text[k];
                if (c == ':' && (k + 1 == end || text[k + 1] == ' ' || text[k + 1] == '\r'))
                {
                    colon = k;
                    break;
                }
                if (!(char.IsLetterOrDigit(c) || c == '_' || c == '-' || c == ' ' || c == '"' || c == '\'' || c == '.' || c == '/')) return;
            }
            if (colon <= keyStart) return;
            if (string.CompareOrdinal(text, keyStart, "description", 0, 11) == 0 && colon == keyStart + 11) return;
            view.Blank(keyStart, end);
        }
    }
}
