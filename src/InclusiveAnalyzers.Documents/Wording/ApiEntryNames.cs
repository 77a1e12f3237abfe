namespace InclusiveAnalyzers.Documents.Wording
{
    /// <summary>
    /// Names in API reference lists: <c>- **abort** `function` - The abort function.</c> A list item that
    /// opens with one bold word and then a code span (the member's type) documents a member of that
    /// name; the word is the API's name, which the text cannot change (the code rules judge it where it
    /// is declared). So is a signature in bold opening a list item (<c>- **rollback(aborted)** - ...</c>).
    /// The item's own text naming it again with an API noun after it ("the abort
    /// function", "the master option") mentions that name too. Everything else in the item is prose.
    /// </summary>
    internal static class ApiEntryNames
    {
        private static readonly string[] ApiNouns =
        {
            "function", "method", "callback", "property", "parameter", "option", "argument", "event", "field", "flag",
        };

        /// <summary>Blanks, in <paramref name="view"/>, the entry names of the Markdown <paramref name="text"/> and their mentions on the same line.</summary>
        public static void Blank(string text, ProseView view)
        {
            int lineStart = 0;
            while (lineStart < text.Length)
            {
                int lineEnd = text.IndexOf('\n', lineStart);
                if (lineEnd < 0) lineEnd = text.Length;
                if (EntryName(text, lineStart, lineEnd, out int nameStart, out int nameEnd, out int after))
                {
                    view.Blank(nameStart, nameEnd);
                    if (text[nameEnd - 1] != ')') BlankMentions(text, view, text.Substring(nameStart, nameEnd - nameStart), after, lineEnd);
                }
                lineStart = lineEnd + 1;
            }
        }

        // "- **name** `type`", "1. __name__ `type`": list marker, bold run of one word, a code span after it.
        private static bool EntryName(string text, int lineStart, int lineEnd, out int nameStart, out int nameEnd, out int after)
        {
            nameStart = nameEnd = after = 0;
            int i = lineStart;
            while (i < lineEnd && (text[i] == ' ' || text[i] == '\t')) i++;
            if (i < lineEnd && (text[i] == '-' || text[i] == '*' || text[i] == '+'))
            {
                i++;
            }
            else
            {
                int digits = i;
                while (digits < lineEnd && char.IsDigit(text[digits])) digits++;
                if (digits == i || digits >= lineEnd || (text[digits] != '.' && text[digits] != ')')) return false;
                i = digits + 1;
            }
            if (i >= lineEnd || text[i] != ' ') return false;
            while (i < lineEnd && text[i] == ' ') i++;
            if (i + 2 >= lineEnd) return false;
            char mark = text[i];
            if ((mark != '*' && mark != '_') || text[i + 1] != mark) return false;
            int k = i + 2;
            while (k < lineEnd && (char.IsLetterOrDigit(text[k]) || text[k] == '$' || (text[k] == '_' && mark == '*'))) k++;
            if (k > i + 2 && k < lineEnd && text[k] == '(')
            {
                // A signature in bold ("- **rollback(aborted)** - ..."): code, whatever follows it.
                int close = text.IndexOf(')', k, lineEnd - k);
                if (close < 0 || close + 2 >= lineEnd || text[close + 1] != mark || text[close + 2] != mark) return false;
                if (text.IndexOf(mark, k, close - k) >= 0) return false;
                nameStart = i + 2;
                nameEnd = close + 1;
                after = close + 3;
                return true;
            }
            if (k == i + 2 || k + 1 >= lineEnd || text[k] != mark || text[k + 1] != mark) return false;
            nameStart = i + 2;
            nameEnd = k;
            k += 2;
            while (k < lineEnd && text[k] == ' ') k++;
            after = k;
            return k < lineEnd && text[k] == '`';
        }

        private static void BlankMentions(string text, ProseView view, string name, int from, int lineEnd)
        {
            for (int at = text.IndexOf(name, from, lineEnd - from, System.StringComparison.OrdinalIgnoreCase); at >= 0;
                 at = at + 1 < lineEnd ? text.IndexOf(name, at + 1, lineEnd - at - 1, System.StringComparison.OrdinalIgnoreCase) : -1)
            {
                int end = at + name.Length;
                if ((at > 0 && char.IsLetterOrDigit(text[at - 1])) || (end < lineEnd && char.IsLetterOrDigit(text[end]))) continue;
                int noun = end;
                while (noun < lineEnd && text[noun] == ' ') noun++;
                if (noun == end) continue;
                foreach (var word in ApiNouns)
                {
                    if (noun + word.Length <= lineEnd && string.CompareOrdinal(text, noun, word, 0, word.Length) == 0
                        && (noun + word.Length == lineEnd || !char.IsLetterOrDigit(text[noun + word.Length])))
                    {
                        view.Blank(at, end);
                        break;
                    }
                }
            }
        }
    }
}
