namespace InclusiveAnalyzers.Documents.Accessibility.Headings
{
    /// <summary>A heading in the document outline, whether it came from Markdown or from HTML.</summary>
    internal readonly struct OutlineHeading
    {
        public OutlineHeading(int level, int offset, int length, bool inBlockquote, bool isDocfxTab, int region = 0)
        {
            Region = region;
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
        /// <summary>
        /// 0 for the page's content; otherwise a number for the navigation, complementary, search or
        /// footer landmark that holds the heading. Screen readers offer landmarks as regions of their
        /// own, and site themes give their menus small fixed headings ("Navigation", "Table of
        /// Contents"): such a region has an outline of its own and does not start the page's outline.
        /// </summary>
        public int Region { get; }
    }
}
