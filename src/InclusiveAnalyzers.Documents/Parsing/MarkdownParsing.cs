using System;
using Markdig;
using Markdig.Syntax;
using InclusiveAnalyzers.Documents.Analysis;

namespace InclusiveAnalyzers.Documents.Parsing
{
    /// <summary>
    /// The one Markdig pipeline every document shares (pipelines are immutable and thread-safe).
    /// Only what the rules need: pipe tables, {#id} attributes, and precise source positions.
    /// Front matter is blanked out beforehand (see <see cref="FrontMatter"/>), so no extension is needed for it.
    /// </summary>
    internal static class MarkdownParsing
    {
        private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseGenericAttributes()
            .UsePreciseSourceLocation()
            .Build();

        public static MarkdownDocument Parse(string text)
        {
            if (MarkdownNesting.ListLevels(text, MarkdownNesting.MaxListLevels) > MarkdownNesting.MaxListLevels)
            {
                throw new DocumentTooComplexException(
                    $"The Markdown is nested too deeply to parse (lists more than {MarkdownNesting.MaxListLevels} levels inside one another), so it was not checked. " +
                    "Flatten the nesting, or exclude the file if it is generated.");
            }

            try
            {
                return Markdig.Markdown.Parse(text, Pipeline);
            }
            catch (ArgumentException e) when (e.Message.IndexOf("nested", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                throw new DocumentTooComplexException(
                    "The Markdown is nested too deeply to parse (block quotes, lists or emphasis inside one another), so it was not checked. " +
                    "Flatten the nesting, or exclude the file if it is generated.", e);
            }
            catch (InsufficientExecutionStackException e)
            {
                throw new DocumentTooComplexException(
                    "The Markdown is nested too deeply to parse, so it was not checked. Flatten the nesting, or exclude the file if it is generated.", e);
            }
        }

        /// <summary>The text with the front matter replaced by spaces (line breaks kept), so offsets stay those of the file.</summary>
        public static string BlankOut(string text, int end)
        {
            // A pooled copy: only the returned string is new (the document's text is the largest thing a scan allocates).
            var chars = System.Buffers.ArrayPool<char>.Shared.Rent(System.Math.Max(1, text.Length));
            try
            {
                text.CopyTo(0, chars, 0, text.Length);
                for (int i = 0; i < end && i < text.Length; i++)
                {
                    if (chars[i] != '\n' && chars[i] != '\r') chars[i] = ' ';
                }
                return new string(chars, 0, text.Length);
            }
            finally
            {
                System.Buffers.ArrayPool<char>.Shared.Return(chars);
            }
        }
    }
}
