using System;
using Markdig.Syntax;

namespace InclusiveAnalyzers.Documents.Parsing
{
    /// <summary>
    /// DocFX's Markdown table of contents: a file named <c>toc.md</c> made of headings only, each heading one
    /// entry of the site's navigation tree (<c># [Getting Started](index.md)</c>, <c>## [Indexes](indexes.md)</c>,
    /// a bare <c># Release Notes</c> for a group). It is the menu, not a page, so its several top-level
    /// headings are not a page outline.
    /// </summary>
    internal static class DocFxToc
    {
        public static bool IsTocFile(string relativePath, MarkdownDocument document)
        {
            int slash = Math.Max(relativePath.LastIndexOf('/'), relativePath.LastIndexOf('\\'));
            bool named = relativePath.Length - slash - 1 == "toc.md".Length
                && string.Compare(relativePath, slash + 1, "toc.md", 0, "toc.md".Length, StringComparison.OrdinalIgnoreCase) == 0;
            if (!named) return false;
            bool anyHeading = false;
            foreach (var block in document)
            {
                if (block is HeadingBlock) { anyHeading = true; continue; }
                if (block is LinkReferenceDefinitionGroup) continue;
                if (block is HtmlBlock html && html.Type == HtmlBlockType.Comment) continue;
                return false;
            }
            return anyHeading;
        }
    }
}
