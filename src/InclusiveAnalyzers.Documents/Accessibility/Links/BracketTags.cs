using System;
using System.Collections.Generic;
using InclusiveAnalyzers.Documents.Markdown;

namespace InclusiveAnalyzers.Documents.Accessibility.Links
{
    /// <summary>
    /// Adjacent brackets that changelogs write as plain text rather than as <c>[text][label]</c> references:
    /// lists of issue numbers or commit hashes (<c>[#1844][#1845]</c>, <c>[0cc58ce][a4b7d8d]</c>), and
    /// area tags (<c>- [grid][ui] Add ...</c>, <c>[OSX][Blink/WebKit] Fixed ...</c>) in a file whose
    /// convention is bracketed tags. Asked only for a label that has no definition.
    /// </summary>
    internal sealed class BracketTags
    {
        /// <summary>Plain tags on this many lines make a file's convention, not an accident.</summary>
        private const int ConventionLines = 5;
        private const int MaxTagLength = 30;

        private readonly HashSet<string> standalone = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        private readonly int tagLines;

        private BracketTags(MarkdownModel model, HashSet<string> defined, Func<string, string> normalize)
        {
            var text = model.ParsedText;
            int lastLine = -2; // LastIndexOf answers -1 on the first line
            for (int open = text.IndexOf('['); open >= 0 && open < text.Length - 1; open = text.IndexOf('[', open + 1))
            {
                // Bounded: a tag is short, and '[' after '[' with no ']' near must not rescan the file each time.
                int close = text.IndexOf(']', open + 1, Math.Min(MaxTagLength + 1, text.Length - open - 1));
                if (close < 0) continue;
                if (!IsToken(text, open + 1, close)) continue;
                if (open > 0 && (text[open - 1] == ']' || text[open - 1] == '\\' || text[open - 1] == '!' || char.IsLetterOrDigit(text[open - 1]))) continue;
                if (close + 1 < text.Length && !char.IsWhiteSpace(text[close + 1])) continue; // [a][b], [a](url), [a]: url
                if (model.IsCovered(open) || model.IsInCode(open)) continue;
                var token = text.Substring(open + 1, close - open - 1);
                if (defined.Contains(normalize(token))) continue; // a shortcut reference link
                standalone.Add(token);
                int line = text.LastIndexOf('\n', open);
                if (line != lastLine) tagLines++;
                lastLine = line;
            }
        }

        public static BracketTags Read(MarkdownModel model, HashSet<string> defined, Func<string, string> normalize) =>
            new BracketTags(model, defined, normalize);

        /// <summary>
        /// True when <c>[a][b]</c> (a at <paramref name="open"/>, the "][" at <paramref name="here"/>, b ending at
        /// <paramref name="close"/>) is two identifiers of one kind, or two tags in a file that writes tags:
        /// at the start of a list item, or with either word used alone as a tag elsewhere.
        /// </summary>
        public bool IsPlainTextPair(string text, int open, int here, int close)
        {
            if (!IsToken(text, open + 1, here) || !IsToken(text, here + 2, close)) return false;
            if (BothIssueNumbers(text, open + 1, here, here + 2, close) || BothCommitHashes(text, open + 1, here, here + 2, close)) return true;
            if (tagLines < ConventionLines) return false;
            var first = text.Substring(open + 1, here - open - 1);
            var second = text.Substring(here + 2, close - here - 2);
            if (string.Equals(first, second, StringComparison.OrdinalIgnoreCase)) return false; // [Express][express]: text and its label
            if (IsDigits(text, here + 2, close)) return false; // [text][1]: the numbered reference style
            return StartsListItem(text, open) || standalone.Contains(first) || standalone.Contains(second);
        }

        /// <summary>One short word: no whitespace or brackets, at most <see cref="MaxTagLength"/> characters.</summary>
        private static bool IsToken(string text, int start, int end)
        {
            if (end <= start || end - start > MaxTagLength) return false;
            for (int i = start; i < end; i++)
            {
                char c = text[i];
                if (char.IsWhiteSpace(c) || c == '[' || c == ']' || c == '\\' || c == '`') return false;
            }
            return true;
        }

        private static bool BothIssueNumbers(string text, int a, int aEnd, int b, int bEnd) =>
            text[a] == '#' && IsDigits(text, a + 1, aEnd) && text[b] == '#' && IsDigits(text, b + 1, bEnd);

        /// <summary>Abbreviated or full commit hashes: 6 to 40 hexadecimal digits, with a digit among them.</summary>
        private static bool BothCommitHashes(string text, int a, int aEnd, int b, int bEnd) => IsHash(text, a, aEnd) && IsHash(text, b, bEnd);

        private static bool IsHash(string text, int start, int end)
        {
            if (end - start < 6 || end - start > 40) return false;
            bool digit = false;
            for (int i = start; i < end; i++)
            {
                char c = text[i];
                if (c >= '0' && c <= '9') digit = true;
                else if (!(c >= 'a' && c <= 'f') && !(c >= 'A' && c <= 'F')) return false;
            }
            return digit;
        }

        private static bool IsDigits(string text, int start, int end)
        {
            if (end <= start) return false;
            for (int i = start; i < end; i++)
            {
                if (text[i] < '0' || text[i] > '9') return false;
            }
            return true;
        }

        /// <summary>True when only a list marker and other bracketed words stand between the line start and <paramref name="open"/>.</summary>
        private static bool StartsListItem(string text, int open)
        {
            int i = text.LastIndexOf('\n', open) + 1;
            while (i < open && (text[i] == ' ' || text[i] == '\t')) i++;
            int marker = i;
            if (i + 1 < open && (text[i] == '-' || text[i] == '*' || text[i] == '+') && text[i + 1] == ' ')
            {
                i += 2;
            }
            else
            {
                while (i < open && char.IsDigit(text[i])) i++;
                if (i == marker || i + 1 >= open || (text[i] != '.' && text[i] != ')') || text[i + 1] != ' ') return false;
                i += 2;
            }
            while (i < open && text[i] == ' ') i++;
            while (i < open && text[i] == '[')
            {
                int closeAt = text.IndexOf(']', i + 1, open - i - 1);
                if (closeAt < 0) return false;
                i = closeAt + 1;
            }
            return i == open;
        }
    }
}
