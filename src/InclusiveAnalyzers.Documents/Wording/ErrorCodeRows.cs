using System;
using System.Collections.Generic;

namespace InclusiveAnalyzers.Documents.Wording
{
    /// <summary>
    /// The message of a documented error: a Markdown table row or list item that names an error (a code in capitals,
    /// errno style <c>EABORT</c> or with an ERR part <c>UND_ERR_ABORTED</c>, or a type <c>RequestAbortedError</c>) and
    /// says what it means: "<c>TransactionError</c> | EABORT | Transaction has been aborted." The words of the error's name
    /// in the row are that name (the code rules judge it where it is declared), as a generated API reference's member
    /// description is (see <see cref="ApiDescriptions"/>). Other words of the row, and rows that name no error, are prose.
    /// </summary>
    internal static class ErrorCodeRows
    {
        // A row or item of a page is short; a longer line is a paragraph whatever its first character.
        private const int MaxLine = 2048;

        /// <summary>Blanks, in <paramref name="view"/>, forms of an error name's words on each row or item of <paramref name="text"/> that names an error.</summary>
        public static void Blank(string text, ProseView view)
        {
            List<string>? parts = null;
            List<string>? glued = null;
            for (int lineStart = 0; lineStart < text.Length;)
            {
                int lineEnd = text.IndexOf('\n', lineStart);
                if (lineEnd < 0) lineEnd = text.Length;
                if (lineEnd - lineStart <= MaxLine && IsRowOrItem(text, lineStart, lineEnd))
                {
                    parts?.Clear();
                    glued?.Clear();
                    ErrorNames(text, lineStart, lineEnd, ref parts, ref glued);
                    if (parts != null && parts.Count + glued!.Count > 0) BlankWords(text, view, lineStart, lineEnd, parts, glued);
                }
                lineStart = lineEnd + 1;
            }
        }

        // A table row (two cell bars) or a list item.
        private static bool IsRowOrItem(string text, int start, int end)
        {
            int i = start;
            while (i < end && (text[i] == ' ' || text[i] == '\t' || text[i] == '>')) i++;
            if (i + 1 < end && (text[i] == '-' || text[i] == '*' || text[i] == '+') && text[i + 1] == ' ') return true;
            int digits = i;
            while (digits < end && char.IsDigit(text[digits])) digits++;
            if (digits > i && digits + 1 < end && (text[digits] == '.' || text[digits] == ')') && text[digits + 1] == ' ') return true;
            int bar = text.IndexOf('|', i, end - i);
            return bar >= 0 && bar + 1 < end && text.IndexOf('|', bar + 1, end - bar - 1) >= 0;
        }

        // The words of every error name on the line: a type's words (RequestAbortedError: request, aborted, error), a code's
        // parts (UND_ERR_ABORTED), or an errno code glued in capitals (EABORT, ECONNABORTED).
        private static void ErrorNames(string text, int start, int end, ref List<string>? parts, ref List<string>? glued)
        {
            for (int i = start; i < end;)
            {
                if (!IsNameChar(text[i]) || (i > start && IsNameChar(text[i - 1])))
                {
                    i++;
                    continue;
                }
                int tokenEnd = i;
                while (tokenEnd < end && IsNameChar(text[tokenEnd])) tokenEnd++;
                if (!MayBeErrorName(text, i, tokenEnd))
                {
                    i = tokenEnd;
                    continue;
                }
                var token = text.Substring(i, tokenEnd - i);
                if (IsErrorType(token))
                {
                    (parts ??= new List<string>()).AddRange(ApiDescriptions.NameParts(token));
                    glued ??= new List<string>();
                }
                else if (ApiDescriptions.GluedConstant(token) is string constant)
                {
                    var tokenParts = ApiDescriptions.NameParts(token);
                    if (tokenParts.Contains("err") || tokenParts.Contains("error"))
                    {
                        (parts ??= new List<string>()).AddRange(tokenParts);
                        glued ??= new List<string>();
                    }
                    else if (IsErrnoCode(token))
                    {
                        parts ??= new List<string>();
                        (glued ??= new List<string>()).Add(constant);
                    }
                }
                i = tokenEnd;
            }
        }

        // Without a copy: a capital first, then a name ending in Error or Exception, or no lower-case letter at all.
        private static bool MayBeErrorName(string text, int start, int end)
        {
            if (end - start < 4 || !char.IsUpper(text[start])) return false;
            if (EndsWith(text, end, "Error") || EndsWith(text, end, "Exception")) return true;
            for (int k = start; k < end; k++)
            {
                if (char.IsLower(text[k])) return false;
            }
            return true;
        }

        private static bool EndsWith(string text, int end, string suffix)
            => end >= suffix.Length && string.CompareOrdinal(text, end - suffix.Length, suffix, 0, suffix.Length) == 0;

        private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c == '_';

        // RequestAbortedError, TransactionError, IOException: a type named as an error.
        private static bool IsErrorType(string token)
            => token.Length > 5 && char.IsUpper(token[0]) && (token.EndsWith("Error", StringComparison.Ordinal) || token.EndsWith("Exception", StringComparison.Ordinal));

        // errno's shape: E and at least three more capitals, nothing else (EABORT, ECONNABORTED).
        private static bool IsErrnoCode(string token)
        {
            if (token.Length < 4 || token[0] != 'E') return false;
            foreach (char c in token)
            {
                if (c < 'A' || c > 'Z') return false;
            }
            return true;
        }

        private static void BlankWords(string text, ProseView view, int start, int end, List<string> parts, List<string> glued)
        {
            for (int i = start; i < end;)
            {
                if (!char.IsLetter(text[i]) || (i > start && IsNameChar(text[i - 1])))
                {
                    i++;
                    continue;
                }
                int wordEnd = i;
                while (wordEnd < end && char.IsLetter(text[wordEnd])) wordEnd++;
                if (wordEnd < end && IsNameChar(text[wordEnd]))
                {
                    i = wordEnd; // part of a name token (UND_ERR_ABORTED): not a word of prose
                    continue;
                }
                if (IsPartOf(text, i, wordEnd, parts, glued)) view.Blank(i, wordEnd);
                i = wordEnd;
            }
        }

        private static bool IsPartOf(string text, int start, int end, List<string> parts, List<string> glued)
        {
            foreach (var part in parts)
            {
                if (ApiDescriptions.IsFormOf(text, start, end, part)) return true;
            }
            foreach (var constant in glued)
            {
                if (ApiDescriptions.IsWordIn(text, start, end, constant)) return true;
            }
            return false;
        }
    }
}
