using System.Text.RegularExpressions;

namespace InclusiveAnalyzers.Documents.Parsing
{
    /// <summary>
    /// DocFX's file inclusions (Microsoft Learn, dotnet/docs, AspNetCore.Docs): <c>[!code-csharp[](Startup.cs?name=snippet1)]</c>
    /// puts a code sample on the page, <c>[!INCLUDE [name](includes/part.md)]</c> a Markdown file. CommonMark reads the
    /// inner <c>[](...)</c> as a link, but DocFX renders the file: there is no link to name or to follow.
    /// </summary>
    internal static class DocFxInclude
    {
        // The opening just before the inner brackets: "[!code", "[!code-csharp", "[!INCLUDE ", "[!Video ".
        private static readonly Regex Opening = new Regex(
            @"\[!(?:code(?:-[\w#+.\-]+)?|include|video)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        /// <summary>True when the link starting at <paramref name="linkOffset"/> is the target of such an inclusion.</summary>
        public static bool IsTarget(string text, int linkOffset)
        {
            if (linkOffset < 3 || linkOffset > text.Length) return false;
            int from = System.Math.Max(0, linkOffset - 40);
            // Cheap test first: nearly every link has no "[!" before it.
            if (text.IndexOf("[!", from, linkOffset - from, System.StringComparison.Ordinal) < 0) return false;
            return Opening.IsMatch(text.Substring(from, linkOffset - from));
        }
    }
}
