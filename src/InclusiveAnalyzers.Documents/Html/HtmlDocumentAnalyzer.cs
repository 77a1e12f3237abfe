using System.Collections.Generic;
using InclusiveAnalyzers.Documents.Accessibility.Headings;
using InclusiveAnalyzers.Documents.Analysis;
using InclusiveAnalyzers.Documents.Parsing;

namespace InclusiveAnalyzers.Documents.Html
{
    /// <summary>
    /// HTML files: one AngleSharp parse, then every HTML rule. A file with an &lt;html&gt; tag is a full
    /// page (page-level rules apply) unless its path or a marker comment says it is a fragment.
    /// </summary>
    internal static class HtmlDocumentAnalyzer
    {
        public static void Analyze(DocumentContext context)
        {
            Wording.ProseWording.CheckHtml(context, 0, context.Text.Length);
            Wording.ProseWording.CheckFileName(context);
            if (context.WordingOnly) return;

            context.CheckBudgetNow();
            var document = HtmlParsing.Parse(context.Text);
            context.CheckBudgetNow();
            context.Html = document;
            var root = document.DocumentElement;
            int rootOffset = root != null ? HtmlParsing.OffsetOf(root) : -1;
            bool hasHtmlTag = rootOffset >= 0;

            var marker = DocumentRole.Marker(context.Text);
            context.IsStandalone = marker.HasValue
                ? !marker.Value
                : hasHtmlTag && !DocumentRole.IsFragmentPath(context.RelativePath, context.A11y, context.GlobMatch);

            var check = new HtmlCheck(context, document, isHtmlFile: true, isFullPage: context.IsStandalone && hasHtmlTag, context.Text);
            var outline = new List<OutlineHeading>();
            HtmlRuleRunner.Run(check, outline);
            int rootLength = hasHtmlTag ? HtmlParsing.StartTagLength(context.Text, rootOffset) : 0;
            HeadingOutlineRules.Run(context, outline, null, check.IsFullPage, rootOffset, rootLength);
        }
    }
}
