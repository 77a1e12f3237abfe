namespace InclusiveAnalyzers.Documents
{
    /// <summary>How a file is parsed. Unknown files are read as plain text (wording only).</summary>
    public enum DocumentKind
    {
        Unknown,
        Markdown,
        Html,
    }
}
