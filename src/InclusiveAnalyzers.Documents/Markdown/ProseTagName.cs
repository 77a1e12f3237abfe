using System;
using Markdig.Syntax.Inlines;

namespace InclusiveAnalyzers.Documents.Markdown
{
    /// <summary>
    /// A tag written bare in Markdown prose where the author meant its name or a placeholder:
    /// "within an &lt;li&gt; element", a synopsis's "[-i &lt;input file&gt;]". Markdown makes it an element,
    /// so the finding stands, but the fix is code formatting, not markup.
    /// </summary>
    internal static class ProseTagName
    {
        /// <summary>
        /// Advice to add to a finding on the element whose start tag is at <paramref name="offset"/>: when it is
        /// inline HTML with no attribute value (<c>&lt;li&gt;</c>, <c>&lt;input file&gt;</c>) and its paragraph
        /// never closes it. Null otherwise (written markup such as <c>&lt;input type="checkbox"&gt;</c>).
        /// </summary>
        public static string? Advice(MarkdownModel model, int offset)
        {
            HtmlInline? found = null;
            foreach (var inline in model.HtmlInlines)
            {
                if (inline.Span.Start == offset) { found = inline; break; }
            }
            var tag = found?.Tag;
            if (tag == null || tag.Length < 3 || tag[0] != '<' || !char.IsLetter(tag[1]) || tag.IndexOf('=') >= 0) return null;
            int nameEnd = 1;
            while (nameEnd < tag.Length && (char.IsLetterOrDigit(tag[nameEnd]) || tag[nameEnd] == '-')) nameEnd++;
            var name = tag.Substring(1, nameEnd - 1);
            var text = model.ParsedText;
            foreach (var leaf in model.InlineLeaves)
            {
                if (leaf.Span.IsEmpty || offset < leaf.Span.Start || offset > leaf.Span.End) continue;
                int end = Math.Min(text.Length, leaf.Span.End + 1);
                if (text.IndexOf("</" + name, offset, end - offset, StringComparison.OrdinalIgnoreCase) >= 0) return null;
                break;
            }
            return $" If '{tag}' names the tag or a placeholder in the text, write it as code (`{tag}`) so it shows as written.";
        }
    }
}
