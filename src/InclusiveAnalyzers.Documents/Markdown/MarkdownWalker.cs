using System;
using System.Collections.Generic;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace InclusiveAnalyzers.Documents.Markdown
{
    /// <summary>
    /// One iterative pass over the Markdig tree that sorts nodes into a <see cref="MarkdownModel"/>.
    /// Iterative on purpose: deeply nested input must not overflow the stack.
    /// </summary>
    internal static class MarkdownWalker
    {
        public static MarkdownModel Walk(MarkdownDocument document, string parsedText)
        {
            var model = new MarkdownModel(document, parsedText);
            var blocks = new Stack<(Block Block, bool InQuote)>();
            blocks.Push((document, false));
            var inlines = new Stack<(Inline Node, LinkInline? Link)>();
            var children = new List<Block>();
            bool afterHtml = false; // the previous block in document order was raw HTML
            while (blocks.Count > 0)
            {
                var (block, inQuote) = blocks.Pop();
                switch (block)
                {
                    case ContainerBlock container:
                        if (container is Table table) model.Tables.Add(table);
                        if (container is LinkReferenceDefinitionGroup group)
                        {
                            foreach (var item in group)
                            {
                                if (item is LinkReferenceDefinition definition) model.Definitions.Add(definition);
                            }
                            break;
                        }
                        bool quote = inQuote || container is QuoteBlock;
                        children.Clear();
                        children.AddRange(container);
                        for (int i = children.Count - 1; i >= 0; i--) blocks.Push((children[i], quote));
                        break;
                    case CodeBlock code:
                        // Fenced and indented code: never prose, never headings (their '#' lines are code).
                        if (!code.Span.IsEmpty)
                        {
                            model.CodeRanges.Add((code.Span.Start, code.Span.End + 1));
                            model.CodeBlocks.Add((code.Span.Start, code.Span.End + 1));
                            if (afterHtml) model.CodeBlocksAfterHtml.Add((code.Span.Start, code.Span.End + 1));
                        }
                        afterHtml = false;
                        break;
                    case HtmlBlock html:
                        model.HtmlBlocks.Add(html);
                        afterHtml = html.Type != HtmlBlockType.Comment;
                        break;
                    case LeafBlock leaf:
                        if (leaf is HeadingBlock heading) model.Headings.Add(new MarkdownHeading(heading, inQuote));
                        if (leaf is ParagraphBlock paragraph) model.Paragraphs.Add(paragraph);
                        if (leaf.Inline != null)
                        {
                            model.InlineLeaves.Add(leaf);
                            if (afterHtml) model.LeavesAfterHtml.Add(model.InlineLeaves.Count);
                            WalkInlines(model, leaf.Inline, inlines);
                        }
                        afterHtml = false;
                        break;
                }
            }
            model.CodeRanges.Sort((a, b) => a.Start.CompareTo(b.Start));
            model.CoveredInlines.Sort((a, b) => a.Start.CompareTo(b.Start));
            return model;
        }

        private static void WalkInlines(MarkdownModel model, ContainerInline root, Stack<(Inline, LinkInline?)> stack)
        {
            int htmlCode = 0; // depth of inline <code>, <kbd>... elements written as raw HTML
            stack.Clear();
            PushChildren(stack, root, null);
            while (stack.Count > 0)
            {
                var (node, link) = stack.Pop();
                switch (node)
                {
                    case CodeInline code:
                        model.CodeRanges.Add((code.Span.Start, code.Span.End + 1));
                        model.CoveredInlines.Add((code.Span.Start, code.Span.End + 1));
                        model.CodeSpans.Add((code.Span.Start, code.Span.End + 1, model.InlineLeaves.Count));
                        break;
                    case HtmlInline html:
                        model.HtmlInlines.Add(html);
                        model.LeavesWithHtml.Add(model.InlineLeaves.Count);
                        htmlCode = Math.Max(0, htmlCode + CodeTagDelta(html.Tag));
                        model.CoveredInlines.Add((html.Span.Start, html.Span.End + 1));
                        break;
                    case LiteralInline literal:
                        // The source span, not the content slice: for paragraphs of several lines Markdig
                        // slices a joined copy of the lines, whose offsets are not the file's.
                        if (literal.Content.Length > 0 && !literal.Span.IsEmpty && literal.Span.Start >= 0)
                        {
                            model.Literals.Add((literal.Span.Start, literal.Span.End + 1, model.InlineLeaves.Count));
                            if (htmlCode > 0) model.HtmlCodeLiterals.Add(literal.Span.Start);
                        }
                        break;
                    case HtmlEntityInline entity:
                        if (!entity.Span.IsEmpty) model.Entities.Add((entity.Span.Start, entity.Span.End + 1));
                        break;
                    case AutolinkInline autolink:
                        model.CoveredInlines.Add((autolink.Span.Start, autolink.Span.End + 1));
                        break;
                    case LinkInline linkInline:
                        if (linkInline.IsImage) model.Images.Add(new MarkdownLink(linkInline, link));
                        else model.Links.Add(new MarkdownLink(linkInline, link));
                        if (!linkInline.Span.IsEmpty) model.CoveredInlines.Add((linkInline.Span.Start, linkInline.Span.End + 1));
                        PushChildren(stack, linkInline, linkInline.IsImage ? link : linkInline);
                        break;
                    case ContainerInline container:
                        PushChildren(stack, container, link);
                        break;
                }
            }
        }

        /// <summary>+1 for an opening inline code-like tag, -1 for its closing tag, 0 otherwise.</summary>
        private static int CodeTagDelta(string? tag)
        {
            if (string.IsNullOrEmpty(tag) || tag!.Length < 3 || tag[0] != '<') return 0;
            bool closing = tag[1] == '/';
            int start = closing ? 2 : 1;
            int end = start;
            while (end < tag.Length && char.IsLetterOrDigit(tag[end])) end++;
            var name = tag.Substring(start, end - start).ToLowerInvariant();
            if (name != "code" && name != "kbd" && name != "samp" && name != "var" && name != "tt" && name != "pre") return 0;
            if (!closing && tag.EndsWith("/>", StringComparison.Ordinal)) return 0;
            return closing ? -1 : 1;
        }

        private static void PushChildren(Stack<(Inline, LinkInline?)> stack, ContainerInline container, LinkInline? link)
        {
            Inline? last = container.LastChild;
            for (var child = last; child != null; child = child.PreviousSibling) stack.Push((child, link));
        }
    }
}
