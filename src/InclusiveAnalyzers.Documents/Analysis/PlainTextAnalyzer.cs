namespace InclusiveAnalyzers.Documents.Analysis
{
    /// <summary>Plain text files (.txt, no extension): wording only, over the whole text.</summary>
    internal static class PlainTextAnalyzer
    {
        public static void Analyze(DocumentContext context)
        {
            Wording.ProseWording.CheckRange(context, 0, context.Text.Length);
            Wording.ProseWording.CheckFileName(context);
        }
    }
}
