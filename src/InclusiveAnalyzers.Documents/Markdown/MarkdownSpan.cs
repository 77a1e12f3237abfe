using Markdig.Syntax;

namespace InclusiveAnalyzers.Documents.Markdown
{
    internal static class MarkdownSpan
    {
        /// <summary>Markdig spans are inclusive; findings want a start and a length.</summary>
        public static (int Offset, int Length) Of(MarkdownObject node)
        {
            var span = node.Span;
            if (span.IsEmpty || span.Start < 0) return (0, 0);
            return (span.Start, span.End - span.Start + 1);
        }
    }
}
