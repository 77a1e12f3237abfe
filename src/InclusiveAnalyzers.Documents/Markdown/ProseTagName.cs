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
            // The walker lists inlines and leaves in document order: binary searches, so a changelog with
            // thousands of such findings does not walk them all for each. A miss only leaves the advice out.
            var inlines = model.HtmlInlines;
            int at = LastStartingAtOrBefore(inlines.Count, i => inlines[i].Span.Start, offset);
            var tag = at >= 0 && inlines[at].Span.Start == offset ? inlines[at].Tag : null;
            if (tag == null || tag.Length < 3 || tag[0] != '<' || !char.IsLetter(tag[1]) || tag.IndexOf('=') >= 0) return null;
            int nameEnd = 1;
            while (nameEnd < tag.Length && (char.IsLetterOrDigit(tag[nameEnd]) || tag[nameEnd] == '-')) nameEnd++;
            var name = tag.Substring(1, nameEnd - 1);
            var text = model.ParsedText;
            var leaves = model.InlineLeaves;
            int index = LastStartingAtOrBefore(leaves.Count, i => leaves[i].Span.Start, offset);
            if (index >= 0 && !leaves[index].Span.IsEmpty && offset <= leaves[index].Span.End)
            {
                int end = Math.Min(text.Length, leaves[index].Span.End + 1);
                if (text.IndexOf("</" + name, offset, end - offset, StringComparison.OrdinalIgnoreCase) >= 0) return null;
            }
            return $" If '{tag}' names the tag or a placeholder in the text, write it as code (`{tag}`) so it shows as written.";
        }

        /// <summary>The last index whose start is at or before <paramref name="offset"/>, or -1.</summary>
        private static int LastStartingAtOrBefore(int count, Func<int, int> startOf, int offset)
        {
            int low = 0, high = count - 1, found = -1;
            while (low <= high)
            {
                int mid = low + (high - low) / 2;
                if (startOf(mid) <= offset)
                {
                    found = mid;
                    low = mid + 1;
                }
                else
                {
                    high = mid - 1;
                }
            }
            return found;
        }
    }
}
