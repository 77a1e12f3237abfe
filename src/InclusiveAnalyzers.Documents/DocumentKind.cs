namespace InclusiveAnalyzers.Documents
{
    /// <summary>How a file is parsed. Unknown files are read as plain text (wording only).</summary>
    public enum DocumentKind
    {
        Unknown,
        Markdown,
        Html,
        /// <summary>Razor: Blazor components (.razor), MVC views and Razor Pages (.cshtml).</summary>
        Razor,
    }
}
