namespace InclusiveAnalyzers.Documents.Accessibility.Headings
{
    /// <summary>A heading in the document outline, whether it came from Markdown or from HTML.</summary>
    internal readonly struct OutlineHeading
    {
        public OutlineHeading(int level, int offset, int length, bool inBlockquote, bool isDocfxTab)
        {
            Level = level;
            Offset = offset;
            Length = length;
            InBlockquote = inBlockquote;
            IsDocfxTab = isDocfxTab;
        }

        public int Level { get; }
        public int Offset { get; }
        public int Length { get; }
        public bool InBlockquote { get; }
        /// <summary>docfx tab headings (<c># [Linux](#tab/linux)</c>) are tab labels, not outline entries.</summary>
        public bool IsDocfxTab { get; }
    }
}
