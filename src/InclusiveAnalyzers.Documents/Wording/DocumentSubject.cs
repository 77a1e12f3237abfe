using System;
using InclusiveAnalyzers.Core.Selection;
using InclusiveAnalyzers.Documents.Analysis;

namespace InclusiveAnalyzers.Documents.Wording
{
    /// <summary>
    /// What a document says it is about: its front matter <c>title</c>, its first level-1 Markdown heading, or an
    /// HTML page's &lt;title&gt;. The heading is a real one of the parsed document: a <c># comment</c> line inside a code
    /// fence, a block quote or the front matter is not the page's title. A catalogued system named there ("tkinter.ttk: Tk themed widgets") is the subject
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
                FileKind.Markdown => context.MarkdownModel != null ? FirstHeading(context.MarkdownModel) : FirstHeading(context.Text),
                FileKind.Html or FileKind.Razor => HtmlTitle(context.Text),
                _ => "",
            };
        }

        /// <summary>The text of the parsed document's first level-1 heading (ATX or setext) outside block quotes, or "".</summary>
        internal static string FirstHeading(Markdown.MarkdownModel model)
        {
            foreach (var heading in model.Headings)
            {
                if (heading.Block.Level == 1 && !heading.InBlockquote) return Markdown.InlineText.Collect(heading.Block.Inline).Text.Trim();
            }
            return "";
        }

        /// <summary>
        /// Without a parsed document: the text of the first ATX level-1 heading line ("# tkinter tips") outside
        /// fenced code (a shell comment "# run as master" in a fence is code, not a title), or "".
        /// </summary>
        internal static string FirstHeading(string text)
        {
            int limit = Math.Min(text.Length, SearchLimit);
            char fence = '\0';
            int fenceLength = 0;
            for (int line = 0; line < limit;)
            {
                int end = text.IndexOf('\n', line);
                if (end < 0) end = text.Length;
                int at = line;
                while (at < end && at - line < 3 && text[at] == ' ') at++;
                int run = 0;
                while (at + run < end && (text[at + run] == '`' || text[at + run] == '~') && text[at + run] == text[at]) run++;
                if (fence != '\0')
                {
                    // A fence closes with a run of the same mark at least as long, and nothing after it.
                    if (run >= fenceLength && text[at] == fence && IsBlank(text, at + run, end)) fence = '\0';
                }
                else if (run >= 3)
                {
                    fence = text[at];
                    fenceLength = run;
                }
                else if (at + 1 < end && text[at] == '#' && (text[at + 1] == ' ' || text[at + 1] == '\t'))
                {
                    return text.Substring(at + 2, end - at - 2).Trim();
                }
                line = end + 1;
            }
            return "";
        }

        private static bool IsBlank(string text, int start, int end)
        {
            for (int i = start; i < end; i++) if (!char.IsWhiteSpace(text[i])) return false;
            return true;
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
