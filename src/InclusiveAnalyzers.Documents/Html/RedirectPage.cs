using System;
using AngleSharp.Dom;

namespace InclusiveAnalyzers.Documents.Html
{
    /// <summary>
    /// A page that sends the browser elsewhere at once: <c>&lt;meta http-equiv="refresh" content="0; url=…"&gt;</c>, as
    /// documentation generators leave at moved pages (rustdoc's "Redirection", mdBook's and MkDocs' "Redirecting..."). Nobody
    /// reads its body, so rules that judge the page's content (INCL323) have nothing to judge; the head is still checked.
    /// </summary>
    internal static class RedirectPage
    {
        public static bool Is(IDocument? document)
        {
            if (document == null) return false;
            foreach (var meta in document.GetElementsByTagName("meta"))
            {
                var equiv = meta.GetAttribute("http-equiv");
                if (equiv == null || !equiv.Trim().Equals("refresh", StringComparison.OrdinalIgnoreCase)) continue;
                if (IsImmediateRedirect(meta.GetAttribute("content"))) return true;
            }
            return false;
        }

        /// <summary>"0; url=…", "0;URL='…'", "0.0, url=…": a delay of zero and a destination.</summary>
        internal static bool IsImmediateRedirect(string? content)
        {
            if (content == null) return false;
            int i = 0;
            while (i < content.Length && char.IsWhiteSpace(content[i])) i++;
            int digits = i;
            while (i < content.Length && (content[i] == '0' || content[i] == '.')) i++;
            if (i == digits || (i < content.Length && char.IsDigit(content[i]))) return false;
            return content.IndexOf("url", i, StringComparison.OrdinalIgnoreCase) >= 0;
        }
    }
}
