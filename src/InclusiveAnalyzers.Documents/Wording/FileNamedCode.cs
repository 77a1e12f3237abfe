using System.Text;
using InclusiveAnalyzers.Documents.Markdown;

namespace InclusiveAnalyzers.Documents.Wording
{
    /// <summary>
    /// A page named after the code name it documents: Redis's command pages `slaveof.md` (for `SLAVEOF`) and
    /// `cluster-slaves.md` (for `CLUSTER SLAVES`), kept under those names because the commands keep them for backward
    /// compatibility. The file's name (before its first dot) equals, in any case and with hyphens, underscores, dots and
    /// spaces aside (and a call's empty parentheses), a code span of the page: it is that fixed name, not the author's word. A file whose name only holds
    /// a code name among other words (`slave-setup.md` beside `SLAVEOF`) is still read.
    /// </summary>
    internal static class FileNamedCode
    {
        // A code span longer than this is a sample, not a name.
        private const int MaxName = 64;

        public static bool Is(string relativePath, MarkdownModel? model)
        {
            if (model == null || model.CodeSpans.Count == 0)
            {
                return false;
            }

            var name = relativePath;
            int slash = name.LastIndexOfAny(new[] { '/', '\\' });
            if (slash >= 0)
            {
                name = name.Substring(slash + 1);
            }

            int dot = name.IndexOf('.');
            if (dot > 0)
            {
                name = name.Substring(0, dot);
            }

            var stem = Squeeze(name, 0, name.Length);
            if (stem.Length == 0)
            {
                return false;
            }

            var text = model.ParsedText;
            foreach (var (start, end, _) in model.CodeSpans)
            {
                if (end - start > MaxName + 2)
                {
                    continue;
                }

                if (Squeeze(text, start, end) == stem)
                {
                    return true;
                }
            }

            return false;
        }

        // Letters and digits in lower case; separators, backticks and a call's "()" dropped. Empty when anything else is there (a sample, not a name).
        private static string Squeeze(string text, int start, int end)
        {
            var result = new StringBuilder(end - start);
            for (int i = start; i < end; i++)
            {
                char c = text[i];
                if (char.IsLetterOrDigit(c))
                {
                    result.Append(char.ToLowerInvariant(c));
                }
                else if (c != '-' && c != '_' && c != '.' && c != ' ' && c != '`' && !(c == '(' && i + 1 < end && text[i + 1] == ')') && !(c == ')' && i > start && text[i - 1] == '('))
                {
                    return "";
                }
            }

            return result.ToString();
        }
    }
}
