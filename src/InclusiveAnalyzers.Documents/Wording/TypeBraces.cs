namespace InclusiveAnalyzers.Documents.Wording
{
    /// <summary>
    /// A type in braces between two runs of text, as node's API docs write a parameter's type
    /// (<c>* `signal` {AbortSignal} aborted if ...</c>). Markdig's generic attributes take a lone <c>{Name}</c> for an
    /// attribute and drop it from the text, but GitHub and node's own renderer show it: it is laid in the view as the
    /// text it is, so the words after it see it (the signal's state, "aborted", is the DOM's name). Only a bare name is
    /// read this way; <c>{#id}</c>, <c>{.class}</c> and <c>{key=value}</c> stay markup.
    /// </summary>
    internal static class TypeBraces
    {
        private const int MaxLength = 64;

        public static void Lay(ProseView view, string text, int start, int end)
        {
            while (start < end && char.IsWhiteSpace(text[start])) start++;
            while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
            if (IsTypeName(text, start, end)) view.Copy(start, end);
        }

        internal static bool IsTypeName(string text, int start, int end)
        {
            if (end - start < 3 || end - start > MaxLength || text[start] != '{' || text[end - 1] != '}' || !char.IsLetter(text[start + 1])) return false;
            for (int i = start + 1; i < end - 1; i++)
            {
                if (!char.IsLetterOrDigit(text[i]) && text[i] != '_') return false;
            }
            return true;
        }
    }
}
