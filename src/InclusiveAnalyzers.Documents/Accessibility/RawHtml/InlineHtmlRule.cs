using System;
using System.Collections.Generic;
using InclusiveAnalyzers.Documents.Analysis;
using InclusiveAnalyzers.Documents.Markdown;
using Markdig.Syntax;

namespace InclusiveAnalyzers.Documents.Accessibility.RawHtml
{
    /// <summary>INCL380 (off by default): raw HTML start tags in Markdown outside a small allow list.</summary>
    internal static class InlineHtmlRule
    {
        private static readonly HashSet<string> Allowed = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "details", "summary", "br", "img", "picture", "source", "kbd", "sub", "sup",
        };

        public static void Run(DocumentContext context, MarkdownModel model)
        {
            if (!context.IsEnabled("INCL380")) return;
            var text = model.ParsedText;
            foreach (var inline in model.HtmlInlines)
            {
                if (!inline.Span.IsEmpty) Scan(context, text, inline.Span.Start, inline.Span.End + 1);
            }
            foreach (var block in model.HtmlBlocks)
            {
                if (block.Type == HtmlBlockType.Comment || block.Span.IsEmpty) continue;
                Scan(context, text, block.Span.Start, block.Span.End + 1);
            }
        }

        private static void Scan(DocumentContext context, string text, int start, int end)
        {
            end = Math.Min(end, text.Length);
            for (int i = start; i < end - 1; i++)
            {
                if (text[i] != '<') continue;
                if (string.CompareOrdinal(text, i, "<!--", 0, 4) == 0)
                {
                    int close = text.IndexOf("-->", i + 4, StringComparison.Ordinal);
                    if (close < 0 || close >= end) return;
                    i = close + 2;
                    continue;
                }
                if (!IsAsciiLetter(text[i + 1])) continue;
                int nameEnd = i + 1;
                while (nameEnd < end && (IsAsciiLetter(text[nameEnd]) || char.IsDigit(text[nameEnd]) || text[nameEnd] == '-')) nameEnd++;
                var name = text.Substring(i + 1, nameEnd - i - 1);
                if (Allowed.Contains(name)) continue;
                context.Report("INCL380", i, nameEnd - i,
                    $"Raw HTML <{name}> in Markdown. Prefer Markdown syntax where it exists; the HTML is still checked for accessibility.");
            }
        }

        private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
