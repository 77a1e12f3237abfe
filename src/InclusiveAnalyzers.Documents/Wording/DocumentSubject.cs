using System;
using InclusiveAnalyzers.Core.Selection;
using InclusiveAnalyzers.Documents.Analysis;

namespace InclusiveAnalyzers.Documents.Wording
{
    /// <summary>
    /// What a document says it is about: its front matter <c>title</c>, its first level-1 Markdown heading, or an
    /// HTML page's &lt;title&gt;. A catalogued system named there ("tkinter.ttk: Tk themed widgets") is the subject
    /// of the whole page, so its fixed names hold on every line (see <see cref="Core.Terms.TermContext.HoldsForSubject"/>).
    /// </summary>
    internal static class DocumentSubject
    {
        // A title sits at the top of a page; never read far for one.
        private const int SearchLimit = 64 * 1024;

        /// <summary>The title text, or "" when the document has none.</summary>
        public static string Of(DocumentContext context)
        {
            if (context.FrontMatter != null && context.FrontMatter.TryGetValue("title", out var title, out _) && title.Trim().Length > 0) return title;
            return context.Kind switch
            {
                FileKind.Markdown => FirstHeading(context.Text),
                FileKind.Html or FileKind.Razor => HtmlTitle(context.Text),
                _ => "",
            };
        }

        /// <summary>The text of the first ATX level-1 heading line ("# tkinter tips"), or "".</summary>
        internal static string FirstHeading(string text)
        {
            int limit = Math.Min(text.Length, SearchLimit);
            for (int line = 0; line < limit;)
            {
                int end = text.IndexOf('\n', line);
                if (end < 0) end = text.Length;
                int at = line;
                while (at < end && at - line < 3 && text[at] == ' ') at++;
                if (at + 1 < end && text[at] == '#' && (text[at + 1] == ' ' || text[at + 1] == '\t')) return text.Substring(at + 2, end - at - 2).Trim();
                line = end + 1;
            }
            return "";
        }

        /// <summary>The content of the first &lt;title&gt; element, or "".</summary>
        internal static string HtmlTitle(string text)
        {
            int limit = Math.Min(text.Length, SearchLimit);
            int open = text.IndexOf("<title", 0, limit, StringComparison.OrdinalIgnoreCase);
            if (open < 0) return "";
            int start = text.IndexOf('>', open);
            if (start < 0) return "";
            int close = text.IndexOf("</title", start, Math.Min(text.Length, start + 4096) - start, StringComparison.OrdinalIgnoreCase);
            return close < 0 ? "" : text.Substring(start + 1, close - start - 1).Trim();
        }
    }
}
