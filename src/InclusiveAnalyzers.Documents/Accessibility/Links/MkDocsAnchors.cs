using System.Globalization;
using System.Text;

namespace InclusiveAnalyzers.Documents.Accessibility.Links
{
    /// <summary>
    /// The anchors MkDocs gives headings: Python-Markdown's toc extension and its default <c>slugify</c>, which
    /// decomposes accents and drops what is not ASCII, drops every character that is not a letter, digit, underscore,
    /// space or hyphen, trims, lowers, and turns each run of spaces and hyphens into one hyphen. So
    /// "Providing Custom Settings &amp; Overriding Settings" is #providing-custom-settings-overriding-settings there, where
    /// GitHub keeps both hyphens around the dropped ampersand (#providing-custom-settings--overriding-settings), and
    /// "RBLs (Real-time Blacklists) / DNSBLs" is #rbls-real-time-blacklists-dnsbls. docker-mailserver's and other
    /// MkDocs sites link those anchors. Only a page read as MkDocs (it opens an admonition or content tab,
    /// <c>!!! note</c>, <c>??? example</c>, <c>=== "Tab"</c>) takes them; the same link in a README on GitHub goes
    /// nowhere and is still reported.
    /// </summary>
    internal static class MkDocsAnchors
    {
        public static string Id(string headingText)
        {
            // unicodedata.normalize('NFKD', value).encode('ascii', 'ignore'), then re.sub(r'[^\w\s-]', '', value).strip().lower()
            var decomposed = headingText.Normalize(NormalizationForm.FormKD);
            var kept = new StringBuilder(decomposed.Length);
            foreach (char c in decomposed)
            {
                if (c < 128 && (char.IsLetterOrDigit(c) || c == '_' || c == '-' || char.IsWhiteSpace(c)))
                {
                    kept.Append(char.ToLower(c, CultureInfo.InvariantCulture));
                }
            }

            var text = kept.ToString().Trim();

            // re.sub(r'[-\s]+', '-', value): each run of hyphens and white space becomes one hyphen.
            var sb = new StringBuilder(text.Length);
            bool inRun = false;
            foreach (char c in text)
            {
                if (c == '-' || char.IsWhiteSpace(c))
                {
                    if (!inRun)
                    {
                        sb.Append('-');
                    }

                    inRun = true;
                }
                else
                {
                    sb.Append(c);
                    inRun = false;
                }
            }

            return sb.ToString();
        }
    }
}
