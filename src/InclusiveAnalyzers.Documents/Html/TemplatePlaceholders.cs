using System.Text;

namespace InclusiveAnalyzers.Documents.Html
{
    /// <summary>
    /// A server template's placeholders left in a page's text: %SCRIPTS% (karma's test runner pages), {{ content }},
    /// {% block %}, ${body}, &lt;%= body %&gt;. The server replaces them before anyone reads the page, so they are not
    /// text of the page's own (an app shell whose body holds only scripts and %SCRIPTS% is still an app shell).
    /// </summary>
    internal static class TemplatePlaceholders
    {
        /// <summary>The text without its placeholders.</summary>
        public static string Strip(string text)
        {
            StringBuilder? kept = null;
            int copied = 0;
            for (int i = 0; i < text.Length; i++)
            {
                int end = PlaceholderEnd(text, i);
                if (end > i)
                {
                    kept ??= new StringBuilder(text.Length);
                    kept.Append(text, copied, i - copied).Append(' ');
                    copied = end;
                    i = end - 1;
                }
            }

            return kept == null ? text : kept.Append(text, copied, text.Length - copied).ToString();
        }

        // Where the placeholder that starts at i ends, or i when none does.
        private static int PlaceholderEnd(string text, int i)
        {
            char c = text[i];
            char next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (c == '%' && IsNameChar(next, first: true))
            {
                // %NAME%: capitals, digits and underscores.
                int k = i + 1;
                while (k < text.Length && IsNameChar(text[k], first: false))
                {
                    k++;
                }

                return k < text.Length && text[k] == '%' && k - i <= 64 ? k + 1 : i;
            }

            string? close = (c, next) switch
            {
                ('{', '{') => "}}",
                ('{', '%') => "%}",
                ('<', '%') => "%>",
                ('$', '{') => "}",
                _ => null,
            };
            if (close == null)
            {
                return i;
            }

            int found = text.IndexOf(close, i + 2, System.StringComparison.Ordinal);
            return found >= 0 && found - i <= 200 ? found + close.Length : i;
        }

        private static bool IsNameChar(char c, bool first)
            => (c >= 'A' && c <= 'Z') || c == '_' || (!first && c >= '0' && c <= '9');
    }
}
