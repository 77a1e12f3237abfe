using System;
using System.Text;

namespace InclusiveAnalyzers.Documents.Accessibility.Links
{
    /// <summary>
    /// The anchors a Maven site (Doxia) gives headings: the heading's text as written, spaces as underscores
    /// ("Monitoring Health of NodeManagers" is #Monitoring_Health_of_NodeManagers), ASCII letters, digits and
    /// <c>- _ . :</c> kept, other characters dropped. Hadoop's and other Apache projects' hand-written tables of
    /// contents link those anchors, which resolve on the published site. Only a page Doxia renders takes them: one
    /// under Maven's <c>src/site/</c> folder, or one holding a Doxia macro (<c>&lt;!-- MACRO{toc} --&gt;</c>); the same
    /// link in a README on GitHub goes nowhere and is still reported.
    /// </summary>
    internal static class MavenSiteAnchors
    {
        public static bool IsSitePage(string relativePath, string text)
        {
            var path = relativePath.Replace('\\', '/');
            return path.StartsWith("src/site/", StringComparison.Ordinal) || path.IndexOf("/src/site/", StringComparison.Ordinal) >= 0
                || text.IndexOf("<!-- MACRO{", StringComparison.Ordinal) >= 0;
        }

        public static string Id(string headingText)
        {
            var text = headingText.Trim();
            var sb = new StringBuilder(text.Length);
            foreach (char c in text)
            {
                if (c == ' ')
                {
                    sb.Append('_');
                }
                else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == ':')
                {
                    sb.Append(c);
                }
            }

            return sb.ToString();
        }
    }
}
