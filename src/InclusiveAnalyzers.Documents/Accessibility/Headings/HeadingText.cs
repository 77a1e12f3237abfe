using System;
using InclusiveAnalyzers.Documents.Analysis;

namespace InclusiveAnalyzers.Documents.Accessibility.Headings
{
    /// <summary>A heading's words as the outline checks read them: without ATX marks and closing hashes, in place.</summary>
    internal static class HeadingText
    {
        /// <summary>Whether the heading reads <paramref name="title"/> ("# Summary", "# Summary #", "# NAME"); allocates nothing.</summary>
        public static bool Reads(string text, OutlineHeading heading, string title, StringComparison comparison)
        {
            if (heading.Offset < 0 || heading.Offset + heading.Length > text.Length)
            {
                return false;
            }

            int start = heading.Offset;
            int end = heading.Offset + heading.Length;
            while (start < end && (char.IsWhiteSpace(text[start]) || text[start] == '#'))
            {
                start++;
            }

            while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == '#'))
            {
                end--;
            }

            return end - start == title.Length && string.Compare(text, start, title, 0, title.Length, comparison) == 0;
        }
    }
}
