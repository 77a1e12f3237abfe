using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using InclusiveAnalyzers.Documents.Accessibility.Links;
using InclusiveAnalyzers.Documents.Markdown;
using InclusiveAnalyzers.Documents.Parsing;
using Markdig.Renderers.Html;

namespace InclusiveAnalyzers.Documents.Fixing
{
    /// <summary>
    /// The anchors of a Markdown document as GitHub (and Markdig's auto-identifiers in GitHub style)
    /// give them: each heading's generated slug in document order, repeats numbered -1, -2; and the
    /// anchors the document names itself, which a wording fix never changes: a heading's {#id}
    /// (that heading gets no generated slug, as in Markdig), HTML id and name attributes (an
    /// &lt;a name&gt; inside a heading is one: the heading still gets its slug beside it), MyST targets.
    /// </summary>
    internal sealed class HeadingAnchors
    {
        private static readonly Regex IdAttribute = new Regex(
            @"[\s""'](?:id|name)\s*=\s*(?:""(?<v>[^""]*)""|'(?<v>[^']*)'|(?<v>[^\s""'=<>`]+))",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        private HeadingAnchors(List<string?> generated, HashSet<string> named)
        {
            Generated = generated;
            Named = named;
        }

        /// <summary>Per heading, in document order: its generated anchor, or null when it names its own id.</summary>
        public IReadOnlyList<string?> Generated { get; }

        /// <summary>Ids the document writes out (exact, case-sensitive as a browser matches them).</summary>
        public HashSet<string> Named { get; }

        public static HeadingAnchors Of(MarkdownModel model, IReadOnlyList<string> mystTargets)
        {
            var generated = new List<string?>(model.Headings.Count);
            var named = new HashSet<string>(mystTargets, StringComparer.Ordinal);
            var slugs = new HeadingSlugs();
            foreach (var heading in model.Headings)
            {
                var id = heading.Block.TryGetAttributes()?.Id;
                if (!string.IsNullOrEmpty(id))
                {
                    named.Add(id!);
                    generated.Add(null);
                    continue;
                }
                generated.Add(slugs.Next(InlineText.Collect(heading.Block.Inline).Text, out _));
            }

            var text = model.ParsedText;
            foreach (var html in model.HtmlInlines)
            {
                AddIds(text, html.Span.Start, html.Span.End + 1, named);
            }
            foreach (var html in model.HtmlBlocks)
            {
                AddIds(text, html.Span.Start, html.Span.End + 1, named);
            }
            return new HeadingAnchors(generated, named);
        }

        /// <summary>Parses Markdown as the analyzer does (front matter blanked, dialect markup blanked) for its anchors and links.</summary>
        public static MarkdownModel Parse(string text, string? relativePath, out IReadOnlyList<string> mystTargets)
        {
            var source = MarkdownSource.Prepare(text, relativePath);
            mystTargets = source.Dialects.Targets;
            return MarkdownWalker.Walk(MarkdownParsing.Parse(source.ParseText), source.ParseText);
        }

        private static void AddIds(string text, int start, int end, HashSet<string> named)
        {
            if (start < 0 || end > text.Length || end <= start) return;
            foreach (Match match in IdAttribute.Matches(text.Substring(start, end - start)))
            {
                var value = match.Groups["v"].Value;
                if (value.Length > 0) named.Add(value);
            }
        }
    }
}
