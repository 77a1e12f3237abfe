using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Documents.Analysis;
using InclusiveAnalyzers.Documents.Html;
using InclusiveAnalyzers.Documents.Markdown;
using InclusiveAnalyzers.Documents.Parsing;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace InclusiveAnalyzers.Documents.Accessibility.Links
{
    /// <summary>Markdown links: INCL330-INCL335, and the heading-anchor half of INCL346.</summary>
    internal static class MarkdownLinkRules
    {
        public static void Run(DocumentContext context, MarkdownModel model)
        {
            var generic = new HashSet<string>(context.A11y.GenericLinkTexts.Select(TextNormal.Normalize), StringComparer.Ordinal);
            foreach (var item in model.Links)
            {
                var link = item.Node;
                var (offset, length) = MarkdownSpan.Of(link);
                if (DocFxInclude.IsTarget(context.Text, offset)) continue; // [!code-csharp[](file.cs)]: a sample, not a link
                var info = InlineText.Collect(link);
                bool hasTitle = !TextNormal.IsBlank(link.Title);

                // MyST fills an empty [](target) with the target's title (a heading, a document, a label).
                bool htmlImage = false;
                bool mystReference = context.IsMyst && !info.HasImage && !IsEmptyDestination(link.Url);
                if (TextNormal.IsBlank(info.Text) && !hasTitle && !mystReference && !(info.HasHtml && HasHtmlName(link, out htmlImage)))
                {
                    context.Report("INCL331", offset, length, info.HasImage || htmlImage
                        ? "The link holds only an image without alternative text, so it has no name. Give the image an alt that says where the link goes."
                        : "The link has no text, so screen readers announce only 'link'. Write where it goes between the brackets.");
                }
                else if (!info.HasCode && !info.HasHtml)
                {
                    var normal = TextNormal.Normalize(info.Text);
                    if (generic.Contains(normal) && !DestinationNames.IsNamedBy(info.Text, link.Url)
                        && !Wording.TermListTables.InAvoidCell(context.Text, offset)) // a Don't cell's example not to follow
                    {
                        context.Report("INCL330", offset, length,
                            $"The link text '{TextNormal.Collapse(info.Text)}' does not say where the link goes. Use the destination's name, e.g. 'the installation guide'.");
                    }
                    else if (LooksLikeUrl(info.Text))
                    {
                        context.Report("INCL335", offset, length,
                            "The link text is a bare address, which screen readers spell out. Use the page's name as the link text.");
                    }
                }

                if (link.Reference == null && IsEmptyDestination(link.Url))
                {
                    context.Report("INCL332", offset, length,
                        "The link has no destination" + (link.Url == "#" ? " (only '#')" : "") + ". Add the address it should open, or remove the link.");
                }
                else if (link.Reference == null && !link.IsImage && !link.IsAutoLink && MailAddressDestination.Is(link.Url))
                {
                    context.Report("INCL332", offset, length, MailAddressDestination.Message(link.Url!));
                }
            }

            // A definition is checked only when a link or image uses it: "[//]: # (a note)" and "[comment]: <> (a note)",
            // which no link uses, render nothing and send no reader anywhere; they are Markdown's comment idiom
            // (Writerside's "[//]: # (title: ...)" among them).
            HashSet<LinkReferenceDefinition>? used = null;
            foreach (var definition in model.Definitions)
            {
                var message = MailAddressDestination.Is(definition.Url) ? MailAddressDestination.Message(definition.Url!)
                    : IsEmptyDestination(definition.Url) ? $"The link definition [{definition.Label}] has no destination. Add the address its links should open."
                    : null;
                if (message == null) continue;
                used ??= UsedDefinitions(model);
                if (!used.Contains(definition)) continue;
                var (offset, length) = MarkdownSpan.Of(definition);
                context.Report("INCL332", offset, length, message);
            }

            CheckFragments(context, model);
            ReferenceLinks.CheckUndefined(context, model);
        }

        /// <summary>
        /// Inline HTML between the brackets names the link as it would inside an &lt;a&gt;: an &lt;img alt&gt;,
        /// an aria-label, a title. Parsed only for links whose Markdown text is blank, which are few.
        /// </summary>
        private static bool HasHtmlName(LinkInline link, out bool hasImage)
        {
            var html = new StringBuilder("<a href=\"#\">");
            var stack = new Stack<Inline>();
            for (var child = link.LastChild; child != null; child = child.PreviousSibling) stack.Push(child);
            while (stack.Count > 0)
            {
                var node = stack.Pop();
                if (node is HtmlInline tag)
                {
                    html.Append(tag.Tag);
                }
                else if (node is ContainerInline inner)
                {
                    for (var child = inner.LastChild; child != null; child = child.PreviousSibling) stack.Push(child);
                }
            }
            html.Append("</a>");
            var document = HtmlParsing.Parse(html.ToString());
            var anchor = document.QuerySelector("a");
            hasImage = anchor?.QuerySelector("img, svg, picture") != null;
            return anchor != null && !TextNormal.IsBlank(AccessibleName.Of(anchor, document));
        }

        private static HashSet<LinkReferenceDefinition> UsedDefinitions(MarkdownModel model)
        {
            var used = new HashSet<LinkReferenceDefinition>();
            foreach (var item in model.Links)
            {
                if (item.Node.Reference != null) used.Add(item.Node.Reference);
            }
            foreach (var item in model.Images)
            {
                if (item.Node.Reference != null) used.Add(item.Node.Reference);
            }
            return used;
        }

        private static bool IsEmptyDestination(string? url) => url == null || url.Trim().Length == 0 || url.Trim() == "#";

        private static bool LooksLikeUrl(string text)
        {
            var t = text.Trim();
            if (t.IndexOf(' ') >= 0) return false;
            return t.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || t.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ||
                   t.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>INCL333 (fragment matches nothing) and INCL346 (duplicate heading anchors that a link targets).</summary>
        private static void CheckFragments(DocumentContext context, MarkdownModel model)
        {
            var fragmentLinks = model.Links.Where(l => l.Node.Url != null && l.Node.Url.Length > 1 && l.Node.Url[0] == '#').ToList();
            if (fragmentLinks.Count == 0) return;

            var anchors = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var duplicates = new List<(HeadingBlock Heading, string Slug)>();
            var slugs = new HeadingSlugs();
            bool mavenSite = MavenSiteAnchors.IsSitePage(context.RelativePath, context.Text);
            foreach (var heading in model.Headings)
            {
                var info = InlineText.Collect(heading.Block.Inline);
                var text = info.Text;
                var slug = slugs.Next(text, out bool duplicate);
                anchors.Add(slug);
                if (mavenSite) anchors.Add(MavenSiteAnchors.Id(text));
                if (context.IsMkDocs) anchors.Add(MkDocsAnchors.Id(text));
                // GitHub slugs the heading's rendered text, which holds no image alt and keeps the space before a
                // badge or logo: "#### Use it [![badge](…)](…)" is #use-it- there; remark-based sites keep the alt.
                if (info.HasImage || info.HasHtml) anchors.Add(HeadingSlugs.RenderedTextSlug(info.OwnText));
                if (duplicate) duplicates.Add((heading.Block, HeadingSlugs.Slug(text)));
                var id = heading.Block.TryGetAttributes()?.Id;
                if (!string.IsNullOrEmpty(id)) anchors.Add(id!);
            }
            foreach (var target in context.MystTargets) anchors.Add(target);
            if (context.Html != null)
            {
                foreach (var element in context.Html.All)
                {
                    if (!string.IsNullOrEmpty(element.Id)) anchors.Add(element.Id!);
                    if (element.LocalName == "a")
                    {
                        var name = element.GetAttribute("name");
                        if (!string.IsNullOrEmpty(name)) anchors.Add(name!);
                    }
                }
            }

            var targeted = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var item in fragmentLinks)
            {
                var fragment = Decode(item.Node.Url!.Substring(1));
                targeted.Add(fragment);
                if (anchors.Contains(fragment) || string.Equals(fragment, "top", StringComparison.OrdinalIgnoreCase)) continue;
                if (fragment.StartsWith("tab/", StringComparison.OrdinalIgnoreCase)) continue; // docfx tab headings
                // MyST resolves [](#target) against the whole project after the page's own headings: labels
                // and headings of other pages (#syntax/header-anchors), attribute ids ({#id}, :name:); one page cannot tell.
                if (context.IsMyst) continue;
                var (offset, length) = MarkdownSpan.Of(item.Node);
                context.Report("INCL333", offset, length,
                    $"No heading or anchor in this document is called '#{fragment}'. Fix the fragment to match a heading (GitHub style: lower case, spaces as '-').");
            }

            foreach (var (heading, slug) in duplicates)
            {
                if (!targeted.Contains(slug)) continue;
                var (offset, length) = MarkdownSpan.Of(heading);
                context.Report("INCL346", offset, length,
                    $"Another heading already has the anchor '#{slug}', and a link points to it; that link only reaches the first one. Make the heading text unique.",
                    Severity.Suggestion);
            }
        }

        private static string Decode(string fragment)
        {
            try
            {
                return Uri.UnescapeDataString(fragment);
            }
            catch (UriFormatException)
            {
                return fragment;
            }
        }
    }
}
