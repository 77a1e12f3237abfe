using System;
using System.Collections.Generic;
using AngleSharp.Dom;
using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Selection;
using InclusiveAnalyzers.Documents.Analysis;
using InclusiveAnalyzers.Documents.Parsing;

using InclusiveAnalyzers.Documents.Accessibility;

namespace InclusiveAnalyzers.Documents.Html
{
    /// <summary>What the HTML rules share for one parsed DOM: where to report, what kind of page it is, and its id tables.</summary>
    internal sealed class HtmlCheck
    {
        private readonly OffsetMap? offsets;

        /// <param name="offsets">Maps offsets in the parsed HTML back to the file; null when the HTML is the file itself.</param>
        private readonly string parsedText;

        /// <param name="parsedText">The text AngleSharp parsed (the file itself for HTML files).</param>
        public HtmlCheck(DocumentContext context, IDocument document, bool isHtmlFile, bool isFullPage, string parsedText, OffsetMap? offsets = null)
        {
            this.offsets = offsets;
            this.parsedText = parsedText;
            Context = context;
            Document = document;
            IsHtmlFile = isHtmlFile;
            IsFullPage = isFullPage;
        }

        public DocumentContext Context { get; }
        public IDocument Document { get; }

        /// <summary>An .html file (rules marked H apply); false for raw HTML inside Markdown.</summary>
        public bool IsHtmlFile { get; }

        /// <summary>A standalone HTML page with an &lt;html&gt; tag: page-level rules apply.</summary>
        public bool IsFullPage { get; }

        /// <summary>Elements by id, in document order.</summary>
        public Dictionary<string, List<IElement>> Ids { get; } = new Dictionary<string, List<IElement>>(StringComparer.Ordinal);

        /// <summary>&lt;label for&gt; elements by the id they point to.</summary>
        public Dictionary<string, List<IElement>> LabelsFor { get; } = new Dictionary<string, List<IElement>>(StringComparer.Ordinal);

        /// <summary>Ids named by aria-labelledby, aria-describedby, label for and headers.</summary>
        public HashSet<string> ReferencedIds { get; } = new HashSet<string>(StringComparer.Ordinal);

        public bool IsEnabled(string ruleId) => Context.IsEnabled(ruleId);

        private Dictionary<IElement, int>? regions;

        /// <summary>
        /// The landmark region of a heading for the outline rules: 0 for the page's content, else a
        /// number per nav, aside, footer or element with role navigation, complementary, search or
        /// contentinfo (the nearest one). See <see cref="Accessibility.Headings.OutlineHeading.Region"/>.
        /// </summary>
        public int RegionOf(IElement element)
        {
            for (var e = element.ParentElement; e != null; e = e.ParentElement)
            {
                if (!IsSideLandmark(e)) continue;
                regions ??= new Dictionary<IElement, int>();
                if (!regions.TryGetValue(e, out int id)) regions[e] = id = regions.Count + 1;
                return id;
            }
            return 0;
        }

        private static bool IsSideLandmark(IElement element)
        {
            var role = HtmlFacts.Role(element);
            if (role != null) return role == "navigation" || role == "complementary" || role == "search" || role == "contentinfo";
            var name = element.LocalName;
            return name == "nav" || name == "aside" || name == "footer";
        }

        /// <summary>Reports on the element's start tag. Elements the parser invented (no source) are not reported.</summary>
        public void Report(string ruleId, IElement element, string message, Severity? variant = null)
        {
            var (offset, length) = StartTag(element);
            if (offset < 0 || offset >= Context.Text.Length) return;
            if (!IsHtmlFile && Context.MarkdownModel != null) message += Markdown.ProseTagName.Advice(Context.MarkdownModel, offset);
            Context.Report(ruleId, offset, length, message, variant, fingerprintOf: () => MarkupFingerprint.OfElement(element));
        }

        /// <summary>Offset of the element's start tag in the file, or -1 for elements the parser invented.</summary>
        public int OffsetOf(IElement element)
        {
            int offset = HtmlParsing.OffsetOf(element, parsedText);
            return offset < 0 || offsets == null ? offset : offsets.ToOriginal(offset);
        }

        /// <summary>Offset and length of the element's start tag in the file (offset -1 when unplaced).</summary>
        public (int Offset, int Length) StartTag(IElement element)
        {
            int built = HtmlParsing.OffsetOf(element, parsedText);
            if (built < 0) return (-1, 0);
            int builtLength = HtmlParsing.StartTagLength(parsedText, built);
            if (offsets == null) return (built, builtLength);
            int start = offsets.ToOriginal(built);
            int end = offsets.ToOriginal(built + builtLength - 1) + 1;
            return (start, Math.Max(1, Math.Min(end, Context.Text.Length) - start));
        }

        /// <summary>The element's accessible name (<see cref="AccessibleName"/>); blank when it has none.</summary>
        public string Name(IElement element) => AccessibleName.Of(element, Document);

        public static string Describe(IElement element) => "<" + element.LocalName + ">";

        /// <summary>
        /// A Razor attribute value written by an <c>@expression</c> (role="@Role", aria-expanded="@IsOpen",
        /// lang="@Culture"): known only when the page runs, so its spelling is not judged.
        /// </summary>
        public bool IsRuntimeValue(string? value) => Context.Kind == FileKind.Razor && Razor.RazorMarkup.IsDynamic(value);
    }
}
