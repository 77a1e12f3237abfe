using System;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace InclusiveAnalyzers.Documents.Parsing
{
    /// <summary>
    /// AngleSharp parsing with source references kept, so every element knows where its start tag is.
    /// One parser per thread: a parser is cheap to reuse but not documented as thread-safe.
    /// </summary>
    internal static class HtmlParsing
    {
        [ThreadStatic]
        private static HtmlParser? parser;

        private static HtmlParser Parser => parser ??= new HtmlParser(new HtmlParserOptions
        {
            IsKeepingSourceReferences = true,
            IsScripting = false,
        }, BrowsingContext.New(ReadOnlyConfiguration));

        // A page is read, never rendered or changed: no attribute observers (they parse every style attribute, and
        // every <link rel> starts loading its stylesheet relation), no link relations, no <meta> encoding switch.
        private static readonly IConfiguration ReadOnlyConfiguration = Configuration.Default
            .Without<IAttributeObserver>()
            .Without<AngleSharp.Html.ILinkRelationFactory>()
            .Without<AngleSharp.Browser.IMetaHandler>();

        /// <summary>Parses <paramref name="text"/>; HTML that nests too deeply to parse in linear time is refused (see <see cref="HtmlNesting"/>).</summary>
        public static IDocument Parse(string text)
        {
            if (HtmlNesting.Exceeds(text))
            {
                throw new Analysis.DocumentTooComplexException(
                    $"The HTML is nested too deeply to check (more than {HtmlNesting.MaxOpenElements:N0} elements open inside one another), so it was not checked. " +
                    "Close the elements that are left open, flatten the nesting, or exclude the file if it is generated.");
            }
            return Parser.ParseDocument(text);
        }

        /// <summary>Offset of an element's start tag in the parsed text, or -1 for elements the parser added itself.</summary>
        public static int OffsetOf(IElement element)
        {
            var position = element.SourceReference?.Position.Position ?? 0;
            return position > 0 ? position - 1 : -1;
        }

        /// <summary>
        /// Like <see cref="OffsetOf(IElement)"/>, but also places the roots of foreign content (svg, math),
        /// which AngleSharp parses without a source reference: their start tag is the last
        /// '&lt;name' before the first positioned element inside or after them.
        /// </summary>
        public static int OffsetOf(IElement element, string parsedText)
        {
            int offset = OffsetOf(element);
            var name = element.LocalName;
            if (offset >= 0 || (name != "svg" && name != "math")) return offset; // elements the parser implied stay unplaced
            int anchor = -1;
            for (var probe = element.FirstElementChild; probe != null && anchor < 0; probe = probe.FirstElementChild) anchor = OffsetOf(probe);
            for (var e = element; e != null && anchor < 0; e = e.ParentElement)
            {
                // The following siblings in one pass over the parent's children (NextElementSibling rescans them from the start).
                if (e.Parent == null) continue;
                bool after = false;
                foreach (var node in e.Parent.ChildNodes)
                {
                    if (after && node is IElement next && (anchor = OffsetOf(next)) >= 0) break;
                    if (ReferenceEquals(node, e)) after = true;
                }
            }
            if (anchor < 0) anchor = parsedText.Length;
            if (anchor == 0) return -1;
            return parsedText.LastIndexOf("<" + name, anchor - 1, StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>Length of the start tag at <paramref name="offset"/> (up to its '&gt;', quotes respected).</summary>
        public static int StartTagLength(string text, int offset)
        {
            if (offset < 0 || offset >= text.Length || text[offset] != '<') return 1;
            char quote = '\0';
            int limit = Math.Min(text.Length, offset + 4096);
            for (int i = offset + 1; i < limit; i++)
            {
                char c = text[i];
                if (quote != '\0')
                {
                    if (c == quote) quote = '\0';
                }
                else if (c == '"' || c == '\'')
                {
                    quote = c;
                }
                else if (c == '>')
                {
                    return i + 1 - offset;
                }
            }
            return 1;
        }
    }
}
