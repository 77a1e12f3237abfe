using System;
using System.Collections.Generic;

namespace InclusiveAnalyzers.Documents.CodeOfConduct
{
    /// <summary>Tag names that are real HTML, so that '&lt;br&gt;' or '&lt;details open&gt;' is never taken for a placeholder.</summary>
    internal static class HtmlElements
    {
        private static readonly HashSet<string> Known = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "a", "abbr", "address", "area", "article", "aside", "audio", "b", "base", "bdi", "bdo", "big", "blockquote", "body", "br",
            "button", "canvas", "caption", "center", "cite", "code", "col", "colgroup", "data", "datalist", "dd", "del", "details",
            "dfn", "dialog", "div", "dl", "dt", "em", "embed", "fieldset", "figcaption", "figure", "font", "footer", "form", "g",
            "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "i", "iframe", "img", "input", "ins",
            "kbd", "label", "legend", "li", "link", "main", "map", "mark", "math", "menu", "meta", "meter", "nav", "nobr",
            "noscript", "object", "ol", "optgroup", "option", "output", "p", "param", "path", "picture", "pre", "progress", "q",
            "rp", "rt", "ruby", "s", "samp", "script", "search", "section", "select", "slot", "small", "source", "span", "strike",
            "strong", "style", "sub", "summary", "sup", "svg", "table", "tbody", "td", "template", "textarea", "tfoot", "th",
            "thead", "time", "title", "tr", "track", "tt", "u", "ul", "var", "video", "wbr",
        };

        // Element names that are also the words a placeholder is made of ('<address>', '<link>', '<data>').
        private static readonly HashSet<string> PlaceholderWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "address", "link", "data" };

        public static bool IsKnown(string name) => Known.Contains(name);

        /// <summary>'&lt;address&gt;' with no closing tag anywhere is a placeholder, not markup.</summary>
        public static bool IsPlaceholderLike(string name, string documentText) =>
            PlaceholderWords.Contains(name)
            && documentText.IndexOf("</" + name, StringComparison.OrdinalIgnoreCase) < 0;
    }
}
