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
    /// links, code and raw HTML. <c>name[i][j]</c> (a bracket right after a letter) is not a link.
    /// </summary>
    internal static class ReferenceLinks
    {
        public static void CheckUndefined(DocumentContext context, MarkdownModel model)
        {
            HashSet<string>? defined = null;
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

                    context.Report("INCL334", open, close + 1 - open,
                        $"The reference link uses the label [{TextNormal.Collapse(label)}], but no '[{TextNormal.Collapse(label)}]: address' definition exists, so it shows as plain text. Add the definition or fix the label.");
                    p = close + 1;
                }
            }
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
