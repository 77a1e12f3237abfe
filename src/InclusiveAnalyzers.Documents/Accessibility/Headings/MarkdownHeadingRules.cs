using System;
using System.Collections.Generic;
using InclusiveAnalyzers.Documents.Analysis;
using InclusiveAnalyzers.Documents.Markdown;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace InclusiveAnalyzers.Documents.Accessibility.Headings
{
    /// <summary>Markdown-only heading rules: INCL324 (empty), INCL325 (emphasis used as a heading), INCL326 (broken '#' syntax).</summary>
    internal static class MarkdownHeadingRules
    {
        /// <summary>Runs the rules and adds the Markdown headings to the outline.</summary>
        public static void Run(DocumentContext context, MarkdownModel model, List<OutlineHeading> outline)
        {
            foreach (var item in model.Headings)
            {
                var heading = item.Block;
                var (offset, length) = MarkdownSpan.Of(heading);
                var info = InlineText.Collect(heading.Inline);
                outline.Add(new OutlineHeading(heading.Level, offset, length, item.InBlockquote, IsDocfxTab(heading)));
                if (TextNormal.IsBlank(info.Text) && !info.HasHtml)
                {
                    context.Report("INCL324", offset, length,
                        "The heading is empty, so it is announced without a name. Write its title after the hashes, or remove it.");
                }
            }

            foreach (var paragraph in model.Paragraphs)
            {
                CheckEmphasisAsHeading(context, paragraph);
                CheckBrokenHeading(context, model.ParsedText, paragraph);
            }
        }

        private static bool IsDocfxTab(HeadingBlock heading)
        {
            for (var child = heading.Inline?.FirstChild; child != null; child = child.NextSibling)
            {
                if (child is LinkInline link && link.Url != null && link.Url.StartsWith("#tab/", StringComparison.OrdinalIgnoreCase)) return true;
            }
            return false;
        }

        private static readonly char[] LineBreaks = { '\n', '\r' };

        private static void CheckEmphasisAsHeading(DocumentContext context, ParagraphBlock paragraph)
        {
            // A one-line top-level paragraph made of a single bold or italic run, without closing punctuation.
            if (!(paragraph.Parent is MarkdownDocument) || paragraph.Span.IsEmpty) return;
            // The shape of the inlines first: it rules out nearly every paragraph without reading its text.
            var inline = paragraph.Inline;
            if (inline?.FirstChild == null || inline.FirstChild.NextSibling != null) return;
            if (!(inline.FirstChild is EmphasisInline emphasis)) return;
            for (var child = emphasis.FirstChild; child != null; child = child.NextSibling)
            {
                if (!(child is LiteralInline || child is EmphasisInline)) return;
            }
            int spanEnd = Math.Min(paragraph.Span.End + 1, context.Text.Length);
            if (spanEnd > paragraph.Span.Start && context.Text.IndexOfAny(LineBreaks, paragraph.Span.Start, spanEnd - paragraph.Span.Start) >= 0) return; // one line only
            var text = InlineText.Collect(emphasis).Text.Trim();
            if (text.Length == 0) return;
            char last = text[text.Length - 1];
            if (".,;:!?。，；：！？)".IndexOf(last) >= 0) return;
            var (offset, length) = MarkdownSpan.Of(paragraph);
            context.Report("INCL325", offset, length,
                $"'{TextNormal.Collapse(text)}' is styled like a heading but is a paragraph, so it does not appear in the outline. Use a heading (## {TextNormal.Collapse(text)}) instead.");
        }

        private static void CheckBrokenHeading(DocumentContext context, string text, ParagraphBlock paragraph)
        {
            // Markdig releases a paragraph's lines after inline parsing; its span starts at the first line's text.
            if (paragraph.Span.IsEmpty) return;
            int start = paragraph.Span.Start;
            if (start < 0 || start >= text.Length) return;
            int i = start;
            int indent = 0;
            while (i < text.Length && text[i] == ' ' && indent < 3) { i++; indent++; }
            int hashes = 0;
            while (i + hashes < text.Length && text[i + hashes] == '#') hashes++;
            if (hashes == 0) return;
            int after = i + hashes;
            char next = after < text.Length ? text[after] : '\n';
            string? problem = null;
            if (hashes <= 6 && char.IsLetter(next))
            {
                problem = $"'{new string('#', hashes)}' needs a space after it to make a heading; as written the line is a plain paragraph. Write '{new string('#', hashes)} ' followed by the title.";
            }
            else if (hashes > 6 && (next == ' ' || next == '\t'))
            {
                problem = $"Headings have at most six levels; {hashes} hashes make a plain paragraph. Use six hashes or fewer.";
            }
            if (problem == null) return;
            int lineEnd = text.IndexOfAny(new[] { '\n', '\r' }, start);
            if (lineEnd < 0) lineEnd = text.Length;
            context.Report("INCL326", start, lineEnd - start, problem);
        }
    }
}
