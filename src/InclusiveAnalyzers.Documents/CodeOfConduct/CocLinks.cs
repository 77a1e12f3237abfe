using System.Text.RegularExpressions;

namespace InclusiveAnalyzers.Documents.CodeOfConduct
{
    /// <summary>Does a README or CONTRIBUTING guide link to a code of conduct (check 2)?</summary>
    internal static class CocLinks
    {
        private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

        // Link targets in Markdown (inline and reference definitions), HTML, reStructuredText and AsciiDoc, and bare URLs.
        private static readonly Regex Target = new Regex(
            @"\]\(\s*<?(?<t>[^)\s>]+)|^[ \t]{0,3}\[[^\]\r\n]+\]:\s*<?(?<t>\S+?)>?(?:\s|$)|\bhref\s*=\s*[""']?(?<t>[^""'\s>]+)|<(?<t>[^<>\s]+)>`_|\blink:(?<t>[^\[\s]+)\[|(?<t>https?://[^\s)>\]""']+)",
            Options | RegexOptions.Multiline);

        private static readonly Regex ConductTarget = new Regex(@"code[\s_%-]*(?:20)?of[\s_%-]*(?:20)?conduct|/conduct\b|contributor-covenant", Options);

        public static bool LinksToCodeOfConduct(string text)
        {
            foreach (Match match in Target.Matches(text))
            {
                if (ConductTarget.IsMatch(match.Groups["t"].Value)) return true;
            }

            return false;
        }
    }
}
