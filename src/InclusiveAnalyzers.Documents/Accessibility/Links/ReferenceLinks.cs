using System;
using System.Collections.Generic;
using System.Text;
using InclusiveAnalyzers.Documents.Analysis;
using InclusiveAnalyzers.Documents.Markdown;

namespace InclusiveAnalyzers.Documents.Accessibility.Links
{
    /// <summary>
    /// INCL334: <c>[text][label]</c> and <c>[label][]</c> whose label has no definition. Markdig leaves
    /// such text as literal brackets, so the check reads the source of each prose block, skipping
    /// links, code and raw HTML. <c>name[i][j]</c> (a bracket right after a letter) is not a link, nor
    /// <c>[breaking][fix]</c> in a file without definitions whose lines start with such tags, nor the
    /// identifier lists and tags of <see cref="BracketTags"/>, nor the code-object cross-references of
    /// <see cref="CodeObjectReferences"/>.
    /// </summary>
    internal static class ReferenceLinks
    {
        public static void CheckUndefined(DocumentContext context, MarkdownModel model)
        {
            HashSet<string>? defined = null;
            Dictionary<string, List<int>>? tags = null;
            BracketTags? bracketTags = null;
            bool? codeLabelsByHand = null;
            var text = model.ParsedText;
            foreach (var leaf in model.InlineLeaves)
            {
                if (leaf.Span.IsEmpty) continue;
                int start = leaf.Span.Start;
                int end = Math.Min(text.Length, leaf.Span.End + 1);
                int p = start;
                while ((p = text.IndexOf("][", p, end - p, StringComparison.Ordinal)) >= 0)
                {
                    int here = p;
                    p += 2;
                    if (here > start && text[here - 1] == '\\') continue;
                    if (model.IsCovered(here) || model.IsInCode(here)) continue;
                    int close = FindLabelEnd(text, here + 2, end);
                    if (close < 0) continue;
                    int open = FindOpen(text, here, start);
                    if (open < 0) continue;
                    if (open > 0 && (text[open - 1] == '\\' || char.IsLetterOrDigit(text[open - 1]))) continue;
                    if (model.IsCovered(open)) continue;

                    var label = text.Substring(here + 2, close - here - 2);
                    if (label.Trim().Length == 0) label = text.Substring(open + 1, here - open - 1);
                    if (label.Trim().Length == 0) continue;
                    defined ??= Definitions(model);
                    if (defined.Contains(NormalizeLabel(label))) continue;
                    if (defined.Count == 0 && IsTagPair(text, open, here, close, ref tags)) continue;
                    if (CodeObjectReferences.IsCodeObject(label) && !(codeLabelsByHand ??= CodeObjectReferences.DefinesCodeLabels(model))) continue;
                    bracketTags ??= BracketTags.Read(model, defined, NormalizeLabel);
                    if (bracketTags.IsPlainTextPair(text, open, here, close)) continue;

                    context.Report("INCL334", open, close + 1 - open,
                        $"The reference link uses the label [{TextNormal.Collapse(label)}], but no '[{TextNormal.Collapse(label)}]: address' definition exists, so it shows as plain text. Add the definition or fix the label.");
                    p = close + 1;
                }
            }
        }

        /// <summary>
        /// True for <c>[breaking][fix]</c> in a changelog whose list items start with bracketed tags
        /// (<c>- [fix] ...</c>, <c>- [new] ...</c>): both labels are single lower-case words, and each starts
        /// another line or list item of the file as a tag. Only asked when the file defines no reference at all.
        /// </summary>
        private static bool IsTagPair(string text, int open, int here, int close, ref Dictionary<string, List<int>>? tags)
        {
            if (!IsTagWord(text, open + 1, here) || !IsTagWord(text, here + 2, close)) return false;
            tags ??= LineStartTags(text);
            int line = text.LastIndexOf('\n', open) + 1;
            return StartsOtherLine(tags, text.Substring(open + 1, here - open - 1), line)
                && StartsOtherLine(tags, text.Substring(here + 2, close - here - 2), line);
        }

        private static bool StartsOtherLine(Dictionary<string, List<int>> tags, string word, int line)
        {
            if (!tags.TryGetValue(word, out var lines)) return false;
            foreach (int start in lines)
            {
                if (start != line) return true;
            }
            return false;
        }

        /// <summary>A lower-case word: letters, then letters, digits or inner hyphens.</summary>
        private static bool IsTagWord(string text, int start, int end)
        {
            if (end - start < 2 || !char.IsLower(text[start]) || text[end - 1] == '-') return false;
            for (int i = start + 1; i < end; i++)
            {
                char c = text[i];
                if (!char.IsLower(c) && !char.IsDigit(c) && c != '-') return false;
            }
            return true;
        }

        /// <summary>The bracketed words that start a line or list item (<c>- [fix][new] text</c>), with the starts of their lines.</summary>
        private static Dictionary<string, List<int>> LineStartTags(string text)
        {
            var tags = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (int line = 0; line < text.Length;)
            {
                int end = text.IndexOf('\n', line);
                if (end < 0) end = text.Length;
                int i = line;
                while (i < end && (text[i] == ' ' || text[i] == '\t')) i++;
                i = AfterListMarker(text, i, end);
                while (i < end && text[i] == ' ') i++;
                while (i < end && text[i] == '[')
                {
                    int closeAt = text.IndexOf(']', i + 1, end - i - 1);
                    if (closeAt < 0 || !IsTagWord(text, i + 1, closeAt)) break;
                    int after = closeAt + 1;
                    if (after < end && text[after] != '[' && !char.IsWhiteSpace(text[after])) break; // [word](url), [word]: ...
                    var word = text.Substring(i + 1, closeAt - i - 1);
                    if (!tags.TryGetValue(word, out var lines)) tags[word] = lines = new List<int>();
                    lines.Add(line);
                    i = after;
                }
                line = end + 1;
            }
            return tags;
        }

        /// <summary>Where the text of a list item starts when a list marker (<c>-</c>, <c>*</c>, <c>+</c>, <c>1.</c>, <c>1)</c>) is at <paramref name="i"/>; else <paramref name="i"/>.</summary>
        private static int AfterListMarker(string text, int i, int end)
        {
            if (i + 1 < end && (text[i] == '-' || text[i] == '*' || text[i] == '+') && text[i + 1] == ' ') return i + 2;
            int digits = i;
            while (digits < end && char.IsDigit(text[digits])) digits++;
            if (digits > i && digits + 1 < end && (text[digits] == '.' || text[digits] == ')') && text[digits + 1] == ' ') return digits + 2;
            return i;
        }

        private static int FindLabelEnd(string text, int from, int end)
        {
            for (int i = from; i < end; i++)
            {
                char c = text[i];
                if (c == '\\') { i++; continue; }
                if (c == '[') return -1;
                if (c == ']') return i;
            }
            return -1;
        }

        private static int FindOpen(string text, int closeIndex, int start)
        {
            int depth = 0;
            for (int i = closeIndex; i >= start; i--)
            {
                char c = text[i];
                if (i > start && text[i - 1] == '\\') continue;
                if (c == ']') { depth++; }
                else if (c == '[')
                {
                    depth--;
                    if (depth == 0) return i;
                }
            }
            return -1;
        }

        private static HashSet<string> Definitions(MarkdownModel model)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var definition in model.Definitions)
            {
                if (definition.Label != null) set.Add(NormalizeLabel(definition.Label));
            }
            return set;
        }

        /// <summary>CommonMark label matching: case-insensitive, inner whitespace collapsed.</summary>
        private static string NormalizeLabel(string label)
        {
            var sb = new StringBuilder(label.Length);
            bool space = false;
            foreach (char c in label.Trim())
            {
                if (char.IsWhiteSpace(c)) { space = true; continue; }
                if (space) sb.Append(' ');
                space = false;
                sb.Append(char.ToUpperInvariant(c));
            }
            return sb.ToString();
        }
    }
}
