using System;

namespace InclusiveAnalyzers.Documents.Wording
{
    /// <summary>Reads one attribute of a start tag in place, for the few tags read without a DOM (a page's &lt;html lang&gt;, a &lt;dt id&gt;).</summary>
    internal static class TagAttributes
    {
        /// <summary>The value of attribute <paramref name="name"/> in a start tag's attributes [start, end), or null.</summary>
        public static string? Value(string text, int start, int end, string name)
        {
            int i = start;
            while (i < end)
            {
                while (i < end && (char.IsWhiteSpace(text[i]) || text[i] == '/')) i++;
                int nameStart = i;
                while (i < end && !char.IsWhiteSpace(text[i]) && text[i] != '=' && text[i] != '/') i++;
                int nameLength = i - nameStart;
                if (nameLength == 0) break;
                while (i < end && char.IsWhiteSpace(text[i])) i++;
                string? value = null;
                if (i < end && text[i] == '=')
                {
                    i++;
                    while (i < end && char.IsWhiteSpace(text[i])) i++;
                    if (i < end && (text[i] == '"' || text[i] == '\''))
                    {
                        char quote = text[i++];
                        int close = text.IndexOf(quote, i, end - i);
                        if (close < 0) close = end;
                        value = text.Substring(i, close - i);
                        i = Math.Min(end, close + 1);
                    }
                    else
                    {
                        int valueStart = i;
                        while (i < end && !char.IsWhiteSpace(text[i])) i++;
                        value = text.Substring(valueStart, i - valueStart);
                    }
                }
                if (nameLength == name.Length && string.Compare(text, nameStart, name, 0, nameLength, StringComparison.OrdinalIgnoreCase) == 0) return value;
            }
            return null;
        }
    }
}
