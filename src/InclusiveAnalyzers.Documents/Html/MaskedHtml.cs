using System;
using InclusiveAnalyzers.Documents.Markdown;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace InclusiveAnalyzers.Documents.Html
{
    /// <summary>
    /// Raw HTML inside Markdown, parsed as one HTML document so that an element opened in one HTML
    /// block and closed in another nests correctly. The HTML text is the Markdown file with every
    /// character blanked except raw HTML, prose text and character references, so element offsets are
    /// the file's offsets. Prose is kept so links and buttons written in HTML get their names from the
    /// Markdown text inside them; code is blanked so '&lt;tags&gt;' in code never become elements.
    /// </summary>
    internal static class MaskedHtml
    {
        /// <summary>True when the document has raw HTML worth parsing (more than comments and line breaks).</summary>
        public static bool HasHtml(MarkdownModel model)
        {
            foreach (var block in model.HtmlBlocks)
            {
                if (block.Type != HtmlBlockType.Comment) return true;
            }
            foreach (var inline in model.HtmlInlines)
            {
                if (IsInterestingTag(inline.Tag)) return true;
            }
            return false;
        }

        public static string Build(MarkdownModel model)
        {
            var text = model.ParsedText;
            var buffer = new char[text.Length];
            for (int i = 0; i < buffer.Length; i++)
            {
                char c = text[i];
                buffer[i] = c == '\n' || c == '\r' ? c : ' ';
            }

            foreach (var block in model.HtmlBlocks)
            {
                if (block.Lines.Count > 0)
                {
                    var lines = block.Lines.Lines;
                    for (int i = 0; i < block.Lines.Count; i++)
                    {
                        var slice = lines[i].Slice;
                        if (ReferenceEquals(slice.Text, text)) Copy(text, buffer, slice.Start, slice.End + 1, false);
                    }
                }
                else if (!block.Span.IsEmpty)
                {
                    Copy(text, buffer, block.Span.Start, block.Span.End + 1, false);
                }
            }
            foreach (var inline in model.HtmlInlines) Copy(text, buffer, inline.Span.Start, inline.Span.End + 1, false);
            foreach (var (start, end) in model.Entities) Copy(text, buffer, start, end, false);
            // Prose: '<' in plain text is a literal character, not a tag.
            foreach (var (start, end, _) in model.Literals) Copy(text, buffer, start, end, true);
            return new string(buffer);
        }

        private static void Copy(string text, char[] buffer, int start, int end, bool prose)
        {
            start = Math.Max(0, start);
            end = Math.Min(text.Length, end);
            for (int i = start; i < end; i++)
            {
                char c = text[i];
                buffer[i] = prose && c == '<' ? ' ' : c;
            }
        }

        private static bool IsInterestingTag(string? tag)
        {
            if (string.IsNullOrEmpty(tag) || tag!.Length < 2 || tag[0] != '<') return false;
            if (!char.IsLetter(tag[1])) return false; // closing tags, comments, declarations
            int end = 1;
            while (end < tag.Length && char.IsLetterOrDigit(tag[end])) end++;
            var name = tag.Substring(1, end - 1);
            return !name.Equals("br", StringComparison.OrdinalIgnoreCase) && !name.Equals("wbr", StringComparison.OrdinalIgnoreCase);
        }
    }
}
