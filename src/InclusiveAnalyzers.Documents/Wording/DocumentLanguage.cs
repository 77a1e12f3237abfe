using System;
using InclusiveAnalyzers.Core.Selection;
using InclusiveAnalyzers.Core.Terms;
using InclusiveAnalyzers.Documents.Analysis;

namespace InclusiveAnalyzers.Documents.Wording
{
    /// <summary>
    /// The language a document declares: front matter <c>lang</c>, <c>language</c> or <c>locale</c>
    /// (Jekyll and Hugo sites, translated guides) or Microsoft Learn's <c>ms.contentlocale</c> (its translated
    /// repositories: <c>ms.contentlocale: fr-FR</c>), or the <c>lang</c> of an HTML page's &lt;html&gt; tag.
    /// Nothing is guessed from the folder; a word's own neighbours are read by <see cref="HomographNeighbours"/>.
    /// </summary>
    internal static class DocumentLanguage
    {
        private static readonly string[] FrontMatterKeys = { "lang", "language", "locale", "ms.contentlocale" };

        // A page's <html> tag comes after a doctype and perhaps comments, never far into the file.
        private const int HtmlTagSearchLimit = 64 * 1024;

        /// <summary>The declared language tag ("ro", "pt-BR"), or null when the document declares none.</summary>
        public static string? Of(DocumentContext context)
        {
            var frontMatter = context.FrontMatter;
            if (frontMatter != null)
            {
                foreach (var key in FrontMatterKeys)
                {
                    if (frontMatter.TryGetValue(key, out var value, out _) && LanguageTags.Primary(value).Length > 0) return value.Trim();
                }
            }
            return context.Kind == FileKind.Html || context.Kind == FileKind.Razor ? FromHtmlTag(context.Text) : null;
        }

        /// <summary>The lang (or xml:lang) attribute of the first &lt;html&gt; start tag, or null.</summary>
        public static string? FromHtmlTag(string text)
        {
            int limit = Math.Min(text.Length, HtmlTagSearchLimit);
            for (int at = text.IndexOf('<'); at >= 0 && at < limit; at = text.IndexOf('<', at + 1))
            {
                int nameEnd = at + 5;
                if (nameEnd > text.Length || string.Compare(text, at + 1, "html", 0, 4, StringComparison.OrdinalIgnoreCase) != 0) continue;
                if (nameEnd < text.Length && !char.IsWhiteSpace(text[nameEnd]) && text[nameEnd] != '>' && text[nameEnd] != '/') continue; // <htmlfoo>
                int tagEnd = text.IndexOf('>', nameEnd);
                if (tagEnd < 0) tagEnd = text.Length;
                var lang = TagAttributes.Value(text, nameEnd, tagEnd, "lang") ?? TagAttributes.Value(text, nameEnd, tagEnd, "xml:lang");
                return lang != null && LanguageTags.Primary(lang).Length > 0 ? lang.Trim() : null;
            }
            return null;
        }
    }
}
