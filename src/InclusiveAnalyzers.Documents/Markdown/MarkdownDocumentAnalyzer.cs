using System;
using System.Collections.Generic;
using InclusiveAnalyzers.Documents.Accessibility;
using InclusiveAnalyzers.Documents.Accessibility.Headings;
using InclusiveAnalyzers.Documents.Accessibility.Images;
using InclusiveAnalyzers.Documents.Accessibility.Links;
using InclusiveAnalyzers.Documents.Accessibility.RawHtml;
using InclusiveAnalyzers.Documents.Accessibility.Tables;
using InclusiveAnalyzers.Documents.Analysis;
using InclusiveAnalyzers.Documents.Html;
using InclusiveAnalyzers.Documents.Parsing;
using InclusiveAnalyzers.Documents.Suppression;
using InclusiveAnalyzers.Documents.Wording;

namespace InclusiveAnalyzers.Documents.Markdown
{
    /// <summary>
    /// Markdown: front matter, one Markdig parse, one walk, raw HTML parsed once with AngleSharp,
    /// then the rules. Headings from Markdown and from raw HTML form one outline.
    /// </summary>
    internal static class MarkdownDocumentAnalyzer
    {
        public static void Analyze(DocumentContext context)
        {
            var text = context.Text;
            var source = MarkdownSource.Prepare(text, context.RelativePath);
            context.FrontMatter = source.FrontMatter;
            var dialects = source.Dialects;
            context.DialectBlanked = !ReferenceEquals(dialects.Text, source.WithoutFrontMatter);
            var parsed = source.ParseText;
            context.IsMyst = dialects.IsMyst;
            context.IsMkDocs = dialects.IsMkDocs;
            context.MystTargets = dialects.Targets;

            var marker = DocumentRole.Marker(text);
            context.IsStandalone = marker.HasValue
                ? !marker.Value
                : !DocumentRole.IsFragmentPath(context.RelativePath, context.A11y, context.GlobMatch);

            var document = MarkdownParsing.Parse(parsed);
            context.CheckBudgetNow();
            if (!marker.HasValue && context.IsStandalone && (DocFxToc.IsTocFile(context.RelativePath, document) || ChangelogFragment.IsFragment(document))) context.IsStandalone = false;
            context.Markdown = document;
            var model = MarkdownWalker.Walk(document, parsed);
            context.CheckBudgetNow();
            context.MarkdownModel = model;
            context.Suppressions = SuppressionMap.Parse(text, context.Map, model.IsInCode);

            ProseWording.CheckMarkdown(context, model);
            ProseWording.CheckFileName(context);
            if (context.WordingOnly) return;
            context.CheckBudgetNow();

            OffsetMap? htmlOffsets = null;
            string htmlText = "";
            if (MaskedHtml.HasHtml(model))
            {
                htmlText = MaskedHtml.Build(model, out htmlOffsets);
                context.Html = HtmlParsing.Parse(htmlText);
                context.CheckBudgetNow();
            }

            int accessibilityFrom = context.Findings.Count;
            var outline = new List<OutlineHeading>();
            MarkdownImageRules.Run(context, model);
            MarkdownHeadingRules.Run(context, model, outline);
            if (context.Html != null) HtmlRuleRunner.Run(new HtmlCheck(context, context.Html, isHtmlFile: false, isFullPage: false, htmlText, htmlOffsets), outline);
            MarkdownLinkRules.Run(context, model);
            MarkdownTableRules.Run(context, model);
            InlineHtmlRule.Run(context, model);
            HeadingOutlineRules.Run(context, outline, FrontMatterTitle(context, outline), fullHtmlPage: false, 0, 0);
            SpecimenSections.Drop(context, model, accessibilityFrom); // an accessibility guide's live examples under "### Fails", "### Incorrect"
        }

        /// <summary>The front-matter title (a key from the options with a non-blank value), Writerside's title comment when there is no front matter, or null.</summary>
        private static string? FrontMatterTitle(DocumentContext context, List<OutlineHeading> outline)
        {
            var frontMatter = context.FrontMatter;
            if (context.A11y.FrontMatterTitleKeys == null) return null;
            if (frontMatter == null) return TitleComment.Read(context.MarkdownModel); // Writerside: "[//]: # (title: ...)"
            if (IsDocFxArticle(frontMatter) || HidesTitle(frontMatter) || DocFxMarkup.IsUsedIn(context.Text)) return null;
            if (IsKepMetadata(frontMatter)) return null;
            if (IsDocusaurusDoc(frontMatter) && HasLevelOneHeading(outline)) return null;
            foreach (var key in context.A11y.FrontMatterTitleKeys)
            {
                if (frontMatter.TryGetValue(key, out var value, out _) && !TextNormal.IsBlank(value)) return value;
            }
            return null;
        }

        /// <summary>
        /// Docusaurus's <c>hide_title: true</c>: the front-matter title is not shown at the top of the page, so the
        /// document's own <c># Title</c> is its only level-one heading (open-webui's Chinese docs: <c>title: 🏡 Open WebUI 介绍</c>,
        /// <c>hide_title: true</c>, then <c># Open WebUI</c>).
        /// </summary>
        private static bool HidesTitle(FrontMatter frontMatter)
            => frontMatter.TryGetValue("hide_title", out var value, out _) && string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase);

        /// <summary>
        /// A Kubernetes enhancement proposal's metadata block (<c>kep-number</c>, <c>owning-sig</c>): the KEP tooling
        /// (kepval, kepctl) reads it, and GitHub, where KEPs are read, shows it as a table above the text, not as a
        /// heading. Its <c>title</c> is a record field; the KEP's own <c># Title</c> is the page's only level-one heading
        /// (kubernetes/enhancements <c>keps/sig-node/20190322-image-gc-whitelist.md</c>).
        /// </summary>
        private static bool IsKepMetadata(FrontMatter frontMatter)
            => frontMatter.TryGetValue("owning-sig", out _, out _) || frontMatter.TryGetValue("kep-number", out _, out _);

        /// <summary>
        /// A Docusaurus document: its front matter has Docusaurus's own keys (<c>id</c>, <c>sidebar_label</c>,
        /// <c>sidebar_position</c>). Docusaurus shows the front-matter <c>title</c> at the top of the page only when the
        /// Markdown has no level-one heading of its own; with one, that heading is the page's title and the front-matter
        /// title names the page in the sidebar and the browser tab (Backstage's ADRs: <c>id: adrs-adr010</c>,
        /// <c>title: ADR010: Use the Luxon Date Library</c>, then <c># ADR010: Luxon Date Library</c>). Without a
        /// level-one heading the front-matter title still opens the outline (oauth2-proxy's <c>id: overview</c> page).
        /// </summary>
        private static bool IsDocusaurusDoc(FrontMatter frontMatter)
            => frontMatter.TryGetValue("id", out _, out _)
               || frontMatter.TryGetValue("sidebar_label", out _, out _)
               || frontMatter.TryGetValue("sidebar_position", out _, out _);

        private static bool HasLevelOneHeading(List<OutlineHeading> outline)
        {
            foreach (var heading in outline)
            {
                if (heading.Level == 1 && heading.Region == 0 && !heading.IsDocfxTab) return true;
            }
            return false;
        }

        /// <summary>
        /// A DocFX article, Microsoft Learn's included: its front matter has <c>ms.</c> keys (<c>ms.date</c>,
        /// <c>ms.topic</c>, <c>ms.author</c>) or DocFX's cross-reference <c>uid</c>. There <c>title</c> is the browser
        /// tab's and search results' title, and the article's <c># H1</c> is the heading shown on the page (dotnet/docs,
        /// AspNetCore.Docs, YARP's and EF Core's DocFX sites).
        /// </summary>
        private static bool IsDocFxArticle(FrontMatter frontMatter)
        {
            foreach (var key in frontMatter.Keys)
            {
                if (key.StartsWith("ms.", StringComparison.OrdinalIgnoreCase)) return true;
                if (string.Equals(key, "uid", StringComparison.OrdinalIgnoreCase)) return true;
            }
            return false;
        }
    }
}
