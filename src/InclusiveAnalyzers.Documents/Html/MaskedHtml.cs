using System;
using System.Collections.Generic;
using System.Text;
using InclusiveAnalyzers.Documents.Markdown;
using Markdig.Syntax;

namespace InclusiveAnalyzers.Documents.Html
{
    /// <summary>
    /// Raw HTML inside Markdown, parsed as one HTML document so an element opened in one HTML block
    /// and closed in another nests correctly. The text handed to AngleSharp is built from the raw
    /// HTML pieces in document order, plus the prose of paragraphs that contain inline HTML (so a link
    /// written as &lt;a&gt;...&lt;/a&gt; around Markdown text has a name) and the first words of blocks that follow an HTML block; an <see cref="OffsetMap"/>
    /// leads every element back to its place in the file. Code never gets in, so '&lt;tags&gt;' in
    /// code spans never become elements; prose '&lt;' characters are blanked for the same reason.
    /// </summary>
    internal static class MaskedHtml
    {
        private const int ProsePrefix = 24;
        private static readonly char[] ProseMarkup = { '<', '&' };

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

        public static string Build(MarkdownModel model, out OffsetMap map)
        {
            var text = model.ParsedText;
            var pieces = new List<(int Start, int End, bool Prose)>();
            foreach (var block in model.HtmlBlocks)
            {
                if (block.Lines.Count > 0)
                {
                    var lines = block.Lines.Lines;
                    for (int i = 0; i < block.Lines.Count; i++)
                    {
                        var slice = lines[i].Slice;
                        if (ReferenceEquals(slice.Text, text)) pieces.Add((slice.Start, slice.End + 1, false));
                    }
                }
                else if (!block.Span.IsEmpty)
                {
                    pieces.Add((block.Span.Start, block.Span.End + 1, false));
                }
            }
            List<(int Start, string Tag)>? joinedTags = null;
            foreach (var inline in model.HtmlInlines)
            {
                if (inline.Span.IsEmpty) continue;
                int length = inline.Span.End + 1 - inline.Span.Start;
                if (inline.Tag != null && inline.Tag.Length != length)
                {
                    // A tag over several lines of a quote or list: Markdig's tag text has the '>' and
                    // indentation prefixes removed, the source span does not. Parse the tag text.
                    (joinedTags ??= new List<(int, string)>()).Add((inline.Span.Start, inline.Tag));
                    pieces.Add((inline.Span.Start, inline.Span.End + 1, false));
                }
                else
                {
                    pieces.Add((inline.Span.Start, inline.Span.End + 1, false));
                }
            }
            // Text of prose blocks, code spans included (a link around `code` is named by it). Only the blocks with
            // inline HTML or right after an HTML block are read, so only their texts are gathered and sorted: a
            // document's literals run to thousands, these blocks to a few.
            var texts = new List<(int Start, int End, int Leaf)>();
            if (model.LeavesWithHtml.Count > 0 || model.LeavesAfterHtml.Count > 0)
            {
                AddTextsOfHtmlLeaves(model, model.Literals, texts);
                AddTextsOfHtmlLeaves(model, model.CodeSpans, texts);
                texts.Sort((a, b) => a.Start.CompareTo(b.Start));
            }
            int lastLeaf = -1;
            foreach (var (start, end, leaf) in texts)
            {
                if (model.LeavesWithHtml.Contains(leaf))
                {
                    pieces.Add((start, end, true));
                }
                else if (leaf != lastLeaf && model.LeavesAfterHtml.Contains(leaf))
                {
                    // A Markdown paragraph opened by an HTML block may sit inside its element (a
                    // <label> or <summary> named by it): a few characters show that the text exists.
                    pieces.Add((start, Math.Min(end, start + ProsePrefix), true));
                }
                lastLeaf = leaf;
            }
            // Code blocks inside HTML are visible text too (an indented line in a <label> is one).
            foreach (var (start, end) in model.CodeBlocksAfterHtml) pieces.Add((start, Math.Min(end, start + ProsePrefix), true));
            foreach (var (start, end) in model.Entities) pieces.Add((start, end, false));
            pieces.Sort((a, b) => a.Start.CompareTo(b.Start));

            map = new OffsetMap();
            int capacity = 64;
            foreach (var piece in pieces) capacity += piece.End - piece.Start + 1;
            var sb = new StringBuilder(Math.Min(text.Length, capacity));
            int previousEnd = -1;
            foreach (var (start, end, prose) in pieces)
            {
                if (start < previousEnd || start < 0 || end > text.Length) continue;
                // Keep a separator where pieces were not adjacent, so words and tags do not run together.
                if (previousEnd >= 0 && start > previousEnd) sb.Append(text.IndexOf('\n', previousEnd, start - previousEnd) >= 0 ? '\n' : ' ');
                map.Add(sb.Length, start);
                var tag = joinedTags == null ? null : JoinedTag(joinedTags, start);
                if (tag != null)
                {
                    sb.Append(tag);
                }
                else if (!prose || text.IndexOfAny(ProseMarkup, start, end - start) < 0)
                {
                    sb.Append(text, start, end - start);
                }
                else
                {
                    for (int i = start; i < end; i++)
                    {
                        char c = text[i];
                        sb.Append(c == '<' || c == '&' ? ' ' : c);
                    }
                }
                previousEnd = end;
            }
            return sb.ToString();
        }

        private static void AddTextsOfHtmlLeaves(MarkdownModel model, List<(int Start, int End, int Leaf)> from, List<(int Start, int End, int Leaf)> into)
        {
            foreach (var text in from)
            {
                if (model.LeavesWithHtml.Contains(text.Leaf) || model.LeavesAfterHtml.Contains(text.Leaf)) into.Add(text);
            }
        }

        private static string? JoinedTag(List<(int Start, string Tag)> tags, int start)
        {
            foreach (var (tagStart, tag) in tags)
            {
                if (tagStart == start) return tag;
            }
            return null;
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
