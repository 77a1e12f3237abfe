using System.Collections.Generic;
using AngleSharp.Dom;
using InclusiveAnalyzers.Documents.Html;
using InclusiveAnalyzers.Documents.Parsing;

namespace InclusiveAnalyzers.Documents.Accessibility.Headings
{
    /// <summary>HTML headings (h1-h6 and role=heading): added to the outline; INCL324 when the accessible name is empty (ACT ffd0e9).</summary>
    internal static class HtmlHeadingRules
    {
        public static void Check(HtmlCheck check, IElement element, int level, List<OutlineHeading> outline)
        {
            // Hidden headings never get here (HtmlRuleRunner skips hidden subtrees).
            var (offset, length) = check.StartTag(element);
            if (offset < 0) return;
            outline.Add(new OutlineHeading(level, offset, length, InBlockquote(element), false, check.RegionOf(element)));
            if (TextNormal.IsBlank(check.Name(element)))
            {
                check.Report("INCL324", element,
                    "The heading is empty, so it is announced without a name. Give it text (an image inside it needs an alt), or remove it.");
            }
        }

        private static bool InBlockquote(IElement element)
        {
            for (var e = element.ParentElement; e != null; e = e.ParentElement)
            {
                if (e.LocalName == "blockquote") return true;
            }
            return false;
        }
    }
}
