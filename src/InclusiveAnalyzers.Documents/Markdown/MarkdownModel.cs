using System.Collections.Generic;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace InclusiveAnalyzers.Documents.Markdown
{
    /// <summary>A Markdown image or link and the link that encloses it, if any.</summary>
    internal readonly struct MarkdownLink
    {
        public MarkdownLink(LinkInline node, LinkInline? parent)
        {
            Node = node;
            Parent = parent;
        }

        public LinkInline Node { get; }
        public LinkInline? Parent { get; }
    }

    internal readonly struct MarkdownHeading
    {
        public MarkdownHeading(HeadingBlock block, bool inBlockquote)
        {
            Block = block;
            InBlockquote = inBlockquote;
        }

        public HeadingBlock Block { get; }
        public bool InBlockquote { get; }
    }

    /// <summary>Everything the Markdown rules look at, gathered in one walk of the syntax tree.</summary>
    internal sealed class MarkdownModel
    {
        public MarkdownModel(MarkdownDocument document, string parsedText)
        {
            Document = document;
            ParsedText = parsedText;
        }

        public MarkdownDocument Document { get; }
        /// <summary>The string Markdig parsed (front matter blanked); offsets equal the file's.</summary>
        public string ParsedText { get; }

        public List<MarkdownHeading> Headings { get; } = new List<MarkdownHeading>();
        public List<MarkdownLink> Images { get; } = new List<MarkdownLink>();
        public List<MarkdownLink> Links { get; } = new List<MarkdownLink>();
        public List<LinkReferenceDefinition> Definitions { get; } = new List<LinkReferenceDefinition>();
        public List<ParagraphBlock> Paragraphs { get; } = new List<ParagraphBlock>();
        public List<Table> Tables { get; } = new List<Table>();
        public List<HtmlBlock> HtmlBlocks { get; } = new List<HtmlBlock>();
        public List<HtmlInline> HtmlInlines { get; } = new List<HtmlInline>();
        /// <summary>Leaf blocks whose inlines are prose (paragraphs, headings, table cells).</summary>
        public List<LeafBlock> InlineLeaves { get; } = new List<LeafBlock>();
        /// <summary>Source ranges [start, end) of code blocks and code spans, in document order.</summary>
        public List<(int Start, int End)> CodeRanges { get; } = new List<(int, int)>();
        /// <summary>Text of literal inlines [start, end), in document order: the prose (including link texts and image alts).</summary>
        public List<(int Start, int End, int Leaf)> Literals { get; } = new List<(int, int, int)>();
        /// <summary>Starts of literals inside inline HTML code elements (&lt;code&gt;, &lt;kbd&gt;...): text, but not prose.</summary>
        public HashSet<int> HtmlCodeLiterals { get; } = new HashSet<int>();
        /// <summary>Code spans [start, end) with the ordinal of their block (as in <see cref="Literals"/>).</summary>
        public List<(int Start, int End, int Leaf)> CodeSpans { get; } = new List<(int, int, int)>();
        /// <summary>Code blocks [start, end).</summary>
        public List<(int Start, int End)> CodeBlocks { get; } = new List<(int, int)>();
        /// <summary>Ordinals (as in <see cref="Literals"/>) of prose blocks right after a raw HTML block (possibly inside its element).</summary>
        public HashSet<int> LeavesAfterHtml { get; } = new HashSet<int>();
        /// <summary>Code blocks [start, end) right after a raw HTML block.</summary>
        public List<(int Start, int End)> CodeBlocksAfterHtml { get; } = new List<(int, int)>();
        /// <summary>Ordinals (as in <see cref="Literals"/>) of prose blocks that contain inline HTML.</summary>
        public HashSet<int> LeavesWithHtml { get; } = new HashSet<int>();
        /// <summary>Spans [start, end) of character references such as &amp;amp; (kept when raw HTML is rebuilt).</summary>
        public List<(int Start, int End)> Entities { get; } = new List<(int, int)>();
        /// <summary>Spans [start, end) of inlines that are not plain text: links, code, autolinks, raw HTML.</summary>
        public List<(int Start, int End)> CoveredInlines { get; } = new List<(int, int)>();

        /// <summary>True when an offset lies inside a code block or code span.</summary>
        public bool IsInCode(int offset) => InRanges(CodeRanges, offset);

        public bool IsCovered(int offset) => InRanges(CoveredInlines, offset);

        private static bool InRanges(List<(int Start, int End)> ranges, int offset)
        {
            // Ranges come in document order but may nest (a code span in a link): scan a binary-searched window.
            int lo = 0, hi = ranges.Count - 1, last = -1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >> 1;
                if (ranges[mid].Start <= offset) { last = mid; lo = mid + 1; }
                else { hi = mid - 1; }
            }
            for (int i = last; i >= 0 && i > last - 64; i--)
            {
                if (offset >= ranges[i].Start && offset < ranges[i].End) return true;
            }
            return false;
        }
    }
}
