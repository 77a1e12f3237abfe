using System.Collections.Generic;
using InclusiveAnalyzers.Documents.Html;

namespace InclusiveAnalyzers.Documents.Razor
{
    /// <summary>
    /// What <see cref="RazorReader"/> makes of a .razor or .cshtml file: two views of its markup, both
    /// leading back to the file's own offsets.
    /// </summary>
    internal sealed class RazorMarkup
    {
        /// <summary>
        /// Stands for a value only known when the page runs (an <c>@expression</c>): a private-use
        /// character, so it is no word, no space and no HTML syntax.
        /// </summary>
        public const char Dynamic = '\uE000';

        public RazorMarkup(string prose, string html, OffsetMap map, bool hasPage, bool hasHtmlElement, List<(int Start, int End)> comments)
        {
            Prose = prose;
            Html = html;
            Map = map;
            HasPageDirective = hasPage;
            HasHtmlElement = hasHtmlElement;
            RazorComments = comments;
        }

        /// <summary>
        /// The file with everything that is not markup blanked (line breaks kept): C# code, expressions,
        /// directives, directive attributes and Razor comments; the text of a localisation call in the markup
        /// (<c>@T("IP Black List")</c>, <see cref="LocalizedText"/>) is kept. Same length as the file, so wording is
        /// matched with the file's offsets.
        /// </summary>
        public string Prose { get; }

        /// <summary>
        /// The HTML the rules judge: the markup, expressions as <see cref="Dynamic"/> values, components
        /// and tag helpers as the elements they render. Offsets lead back to the file through <see cref="Map"/>.
        /// </summary>
        public string Html { get; }

        public OffsetMap Map { get; }

        /// <summary>A <c>@page</c> directive: a routable component or a Razor Page, judged as a page.</summary>
        public bool HasPageDirective { get; }

        /// <summary>The file writes an &lt;html&gt; element itself (a layout, App.razor).</summary>
        public bool HasHtmlElement { get; }

        /// <summary><c>@* … *@</c> comments, [start, end) of each whole comment.</summary>
        public List<(int Start, int End)> RazorComments { get; }

        /// <summary>True when a value read from the DOM holds a runtime value.</summary>
        public static bool IsDynamic(string? value) => value != null && value.IndexOf(Dynamic) >= 0;
    }
}
