using Microsoft.CodeAnalysis.Text;

namespace InclusiveAnalyzers.Comments
{
    /// <summary>
    /// A line of a /// documentation comment read from the text alone. Asking the tree for the token at a place inside
    /// a documentation comment means building the comment's structure (SyntaxTrivia.GetStructure): in a real build of
    /// Markdig that was over a third of the comment analyzer's time, most of it waiting on a lock the compiler's own
    /// documentation pass holds, for candidates ("simple", "just", "he") that the catalog's judgements then let pass.
    /// A line whose text after /// holds no markup (no &lt;, &gt;, &amp; or ]) is one lexical run: either one XML text
    /// token from just after the /// to the line break, or part of a tag, a CDATA section or an XML comment, none of
    /// which is prose. When the matcher finds nothing on that run, no finding can come from the line, and the
    /// structure is not needed; when it finds something, the tree decides as before.
    /// </summary>
    internal static class DocumentationLine
    {
        /// <summary>
        /// The run of text on the /// line that holds <paramref name="position"/> inside the documentation comment
        /// <paramref name="comment"/> (its full span), from just after the /// to the line break; false when that line
        /// holds markup, or is not a plain /// line.
        /// </summary>
        public static bool TryPlainRun(Shared.TreeText text, TextSpan comment, int position, out TextSpan run)
        {
            run = default;
            int lineStart = position;
            while (lineStart > comment.Start && text[lineStart - 1] != '\n' && text[lineStart - 1] != '\r')
            {
                lineStart--;
            }

            // Line indentation, then exactly three slashes (the exterior the token follows).
            int i = lineStart;
            while (i < position && (text[i] == ' ' || text[i] == '\t'))
            {
                i++;
            }

            if (i + 3 > position || text[i] != '/' || text[i + 1] != '/' || text[i + 2] != '/' || text[i + 3] == '/')
            {
                return false;
            }

            int start = i + 3;
            int end = start;
            for (int limit = comment.End; end < limit; end++)
            {
                char c = text[end];
                if (c == '\n' || c == '\r')
                {
                    break;
                }

                if (c == '<' || c == '>' || c == '&' || c == ']')
                {
                    return false;
                }
            }

            if (position < start || position >= end)
            {
                return false;
            }

            run = TextSpan.FromBounds(start, end);
            return true;
        }
    }
}
