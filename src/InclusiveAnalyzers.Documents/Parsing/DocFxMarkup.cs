using System;

namespace InclusiveAnalyzers.Documents.Parsing
{
    /// <summary>
    /// Markup that only DocFX renders, which makes a page a DocFX article even when its front matter has no <c>ms.</c>
    /// key or <c>uid</c>: the Windows Community Toolkit's pages (<c>title</c>, <c>author</c>, <c>description</c>,
    /// <c>keywords</c>) with <c>&gt; [!div class="nextstepaction"]</c>, or a link to <c>xref:</c> or an
    /// <c>[!INCLUDE[...]]</c>. There, as on Microsoft Learn, the front-matter title is the browser tab's and the
    /// <c># H1</c> is the heading shown. GitHub's alerts (<c>&gt; [!NOTE]</c>) are not counted: GitHub renders them too.
    /// </summary>
    internal static class DocFxMarkup
    {
        private static readonly string[] Markers = { "[!div class=", "](xref:", "[!INCLUDE[", "[!include[" };

        public static bool IsUsedIn(string text)
        {
            foreach (var marker in Markers)
            {
                if (text.IndexOf(marker, StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
