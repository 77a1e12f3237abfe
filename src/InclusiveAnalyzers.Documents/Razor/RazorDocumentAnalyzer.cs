using System.Collections.Generic;
using InclusiveAnalyzers.Documents.Accessibility.Headings;
using InclusiveAnalyzers.Documents.Analysis;
using InclusiveAnalyzers.Documents.Html;
using InclusiveAnalyzers.Documents.Parsing;
using InclusiveAnalyzers.Documents.Suppression;

namespace InclusiveAnalyzers.Documents.Razor
{
    /// <summary>
    /// .razor and .cshtml files: <see cref="RazorReader"/> separates markup from C#, then the HTML rules
    /// judge the markup and the wording rules read its text, each finding at its place in the file.
    /// What is a page: a component with <c>@page</c> or a view (not a partial or layout, whose name starts
    /// with '_') is judged as a page for its headings (one top-level heading, INCL322); other components
    /// are fragments. In both, headings go down one level at a time within the file (INCL320); the first
    /// heading's level (INCL321) is not judged, since the layout around a page may open its outline. A file that writes
    /// &lt;html&gt; (App.razor, _Layout.cshtml) gets the page-language and title rules.
    /// </summary>
    internal static class RazorDocumentAnalyzer
    {
        public static void Analyze(DocumentContext context)
        {
            bool component = context.RelativePath.EndsWith(".razor", System.StringComparison.OrdinalIgnoreCase);
            var markup = RazorReader.Read(context.Text, component);
            context.Suppressions = SuppressionMap.ParseRazor(context.Text, markup.Prose, context.Map, markup.RazorComments);

            Wording.ProseWording.CheckHtml(context, markup.Prose, 0, markup.Prose.Length);
            Wording.ProseWording.CheckFileName(context);
            if (context.WordingOnly) return;

            context.CheckBudgetNow();
            var document = HtmlParsing.Parse(markup.Html);
            context.CheckBudgetNow();
            context.Html = document;

            var marker = DocumentRole.Marker(markup.Prose) ?? DocumentRole.Marker(context.Text, "@*");
            bool layout = markup.HasHtmlElement;
            bool page = component
                ? markup.HasPageDirective
                : !DocumentRole.IsFragmentPath(context.RelativePath, context.A11y, context.GlobMatch);
            context.IsStandalone = marker.HasValue ? !marker.Value : page && !layout;

            // A layout's headings meet the page's own only when the app runs: judged as a fragment, but its <html> as a page's.
            var check = new HtmlCheck(context, document, isHtmlFile: true, isFullPage: layout && marker != true, markup.Html, markup.Map);
            var outline = new List<OutlineHeading>();
            HtmlRuleRunner.Run(check, outline);
            // A page's first heading is not judged: the layout that renders it (a nested Blazor layout, an MVC
            // _Layout) may hold the h1 and h2 its headings continue from, and one file does not say which layout that is;
            // a file marked standalone says it starts the outline.
            HeadingOutlineRules.Run(context, outline, null, fullHtmlPage: false, 0, 0, firstLevelKnown: marker == false);
        }
    }
}
