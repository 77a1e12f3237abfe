using System;
using System.Text;
using InclusiveAnalyzers.Documents.Markdown;

namespace InclusiveAnalyzers.Documents.Wording
{
    /// <summary>
    /// A page named after the code name it documents: Redis's command pages `slaveof.md` (for `SLAVEOF`) and
    /// `cluster-slaves.md` (for `CLUSTER SLAVES`), kept under those names because the commands keep them for backward
    /// compatibility. The file's name (before its first dot) equals, in any case and with hyphens, underscores, dots and
    /// spaces aside (and a call's empty parentheses), a code span of the page: it is that fixed name, not the author's word. A file whose name only holds
    /// a code name among other words (`slave-setup.md` beside `SLAVEOF`) is still read. A type's page named with the
    /// type's exact PascalCase name of two words or more is that name as well when the page's code holds it whole: the
    /// Windows Community Toolkit's `MasterDetailsView.md` for its sample's <c>&lt;controls:MasterDetailsView&gt;</c>. A
    /// single word (`Master.md`), or a type name the code does not hold, is still read.
    /// </summary>
    internal static class FileNamedCode
    {
        // A code span longer than this is a sample, not a name.
        private const int MaxName = 64;

        public static bool Is(string relativePath, MarkdownModel? model)
        {
            if (model == null || model.CodeRanges.Count == 0)
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
            if (IsCompoundTypeName(name) && InCode(text, model, name))
            {
                return true;
            }
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

        // A PascalCase name of two words or more (MasterDetailsView), the way a type's documentation page is named.
        private static bool IsCompoundTypeName(string name)
        {
            if (name.Length < 4 || !char.IsUpper(name[0]))
            {
                return false;
            }

            int humps = 0;
            for (int i = 0; i < name.Length; i++)
            {
                if (!char.IsLetterOrDigit(name[i]))
                {
                    return false;
                }

                if (char.IsUpper(name[i]) && i + 1 < name.Length && char.IsLower(name[i + 1]))
                {
                    humps++;
                }
            }

            return humps >= 2;
        }

        // The exact name, as a whole identifier, inside the page's code (its sample's <controls:MasterDetailsView>).
        private static bool InCode(string text, MarkdownModel model, string name)
        {
            foreach (var (start, end) in model.CodeRanges)
            {
                int stop = Math.Min(end, text.Length);
                for (int at = text.IndexOf(name, start, stop - start, StringComparison.Ordinal); at >= 0 && at + name.Length <= stop;
                     at = at + 1 < stop ? text.IndexOf(name, at + 1, stop - at - 1, StringComparison.Ordinal) : -1)
                {
                    int after = at + name.Length;
                    if ((at == 0 || !IsIdentifierChar(text[at - 1])) && (after >= text.Length || !IsIdentifierChar(text[after])))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool IsIdentifierChar(char c) => char.IsLetterOrDigit(c) || c == '_';

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
