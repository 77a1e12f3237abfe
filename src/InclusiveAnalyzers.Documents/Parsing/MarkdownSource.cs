namespace InclusiveAnalyzers.Documents.Parsing
{
    /// <summary>
    /// A Markdown file made ready for Markdig, the one way the analyzer, the fixer's anchor reader and the stage benchmark
    /// all do it: front matter read and blanked, then dialect markup (MyST, MDX) blanked. Both keep every offset and line
    /// break, so positions in <see cref="Dialects"/>' text are positions in the file.
    /// </summary>
    internal readonly struct MarkdownSource
    {
        private MarkdownSource(FrontMatter? frontMatter, string withoutFrontMatter, MarkdownDialects dialects)
        {
            FrontMatter = frontMatter;
            WithoutFrontMatter = withoutFrontMatter;
            Dialects = dialects;
        }

        public FrontMatter? FrontMatter { get; }

        /// <summary>The text with only the front matter blanked (the file's text itself when it has none).</summary>
        public string WithoutFrontMatter { get; }

        /// <summary>What the dialects found; its <see cref="MarkdownDialects.Text"/> is the text to parse.</summary>
        public MarkdownDialects Dialects { get; }

        public string ParseText => Dialects.Text;

        public static MarkdownSource Prepare(string text, string? relativePath)
        {
            var frontMatter = FrontMatter.Read(text);
            var withoutFrontMatter = frontMatter != null ? MarkdownParsing.BlankOut(text, frontMatter.End) : text;
            return new MarkdownSource(frontMatter, withoutFrontMatter, MarkdownDialects.Prepare(withoutFrontMatter, relativePath));
        }
    }
}
