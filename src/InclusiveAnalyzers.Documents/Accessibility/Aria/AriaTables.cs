using System;
using System.Collections.Generic;

namespace InclusiveAnalyzers.Documents.Accessibility.Aria
{
    internal enum AriaValueType
    {
        Boolean,
        BooleanOrUndefined,
        Tristate,
        Integer,
        Number,
        Token,
        TokenList,
        IdReference,
        IdReferenceList,
        Text,
    }

    /// <summary>
    /// WAI-ARIA 1.2 facts the static checks need (plus DPUB-ARIA and Graphics-ARIA roles): roles,
    /// attributes and their value types, attributes a role requires, and roles that may not be named.
    /// </summary>
    internal static class AriaTables
    {
        private static readonly HashSet<string> Concrete = new HashSet<string>(StringComparer.Ordinal)
        {
            "alert", "alertdialog", "application", "article", "banner", "blockquote", "button", "caption", "cell", "checkbox",
            "code", "columnheader", "combobox", "comment", "complementary", "contentinfo", "definition", "deletion", "dialog", "document",
            "emphasis", "feed", "figure", "form", "generic", "grid", "gridcell", "group", "heading", "image", "img", "insertion",
            "link", "list", "listbox", "listitem", "log", "main", "mark", "marquee", "math", "menu", "menubar", "menuitem",
            "menuitemcheckbox", "menuitemradio", "meter", "navigation", "none", "note", "option", "paragraph", "presentation",
            "progressbar", "radio", "radiogroup", "region", "row", "rowgroup", "rowheader", "scrollbar", "search", "searchbox",
            "sectionfooter", "sectionheader", "separator", "slider", "spinbutton", "status", "strong", "subscript", "suggestion",
            "superscript", "switch", "tab", "table", "tablist", "tabpanel", "term", "textbox", "time", "timer", "toolbar", "tooltip",
            "tree", "treegrid", "treeitem",
            "graphics-document", "graphics-object", "graphics-symbol",
            "doc-abstract", "doc-acknowledgments", "doc-afterword", "doc-appendix", "doc-backlink", "doc-bibliography",
            "doc-biblioref", "doc-chapter", "doc-colophon", "doc-conclusion", "doc-cover", "doc-credit", "doc-credits",
            "doc-dedication", "doc-endnotes", "doc-epigraph", "doc-epilogue", "doc-errata", "doc-example", "doc-footnote",
            "doc-foreword", "doc-glossary", "doc-glossref", "doc-index", "doc-introduction", "doc-noteref", "doc-notice",
            "doc-pagebreak", "doc-pagefooter", "doc-pageheader", "doc-pagelist", "doc-part", "doc-preface", "doc-prologue",
            "doc-pullquote", "doc-qna", "doc-subtitle", "doc-tip", "doc-toc",
        };

        private static readonly HashSet<string> Abstract = new HashSet<string>(StringComparer.Ordinal)
        {
            "command", "composite", "input", "landmark", "range", "roletype", "section", "sectionhead", "select", "structure", "widget", "window",
        };

        private static readonly HashSet<string> Deprecated = new HashSet<string>(StringComparer.Ordinal)
        {
            "directory", "doc-biblioentry", "doc-endnote",
        };

        private static readonly Dictionary<string, (AriaValueType Type, string[] Tokens)> Attributes =
            new Dictionary<string, (AriaValueType, string[])>(StringComparer.Ordinal)
            {
                ["aria-activedescendant"] = (AriaValueType.IdReference, Array.Empty<string>()),
                ["aria-atomic"] = (AriaValueType.Boolean, Array.Empty<string>()),
                ["aria-autocomplete"] = (AriaValueType.Token, new[] { "inline", "list", "both", "none" }),
                ["aria-braillelabel"] = (AriaValueType.Text, Array.Empty<string>()),
                ["aria-brailleroledescription"] = (AriaValueType.Text, Array.Empty<string>()),
                ["aria-busy"] = (AriaValueType.Boolean, Array.Empty<string>()),
                ["aria-checked"] = (AriaValueType.Tristate, Array.Empty<string>()),
                ["aria-colcount"] = (AriaValueType.Integer, Array.Empty<string>()),
                ["aria-colindex"] = (AriaValueType.Integer, Array.Empty<string>()),
                ["aria-colindextext"] = (AriaValueType.Text, Array.Empty<string>()),
                ["aria-colspan"] = (AriaValueType.Integer, Array.Empty<string>()),
                ["aria-controls"] = (AriaValueType.IdReferenceList, Array.Empty<string>()),
                ["aria-current"] = (AriaValueType.Token, new[] { "page", "step", "location", "date", "time", "true", "false" }),
                ["aria-describedby"] = (AriaValueType.IdReferenceList, Array.Empty<string>()),
                ["aria-description"] = (AriaValueType.Text, Array.Empty<string>()),
                ["aria-details"] = (AriaValueType.IdReferenceList, Array.Empty<string>()),
                ["aria-disabled"] = (AriaValueType.Boolean, Array.Empty<string>()),
                ["aria-dropeffect"] = (AriaValueType.TokenList, new[] { "copy", "execute", "link", "move", "none", "popup" }),
                ["aria-errormessage"] = (AriaValueType.IdReferenceList, Array.Empty<string>()),
                ["aria-expanded"] = (AriaValueType.BooleanOrUndefined, Array.Empty<string>()),
                ["aria-flowto"] = (AriaValueType.IdReferenceList, Array.Empty<string>()),
                ["aria-grabbed"] = (AriaValueType.BooleanOrUndefined, Array.Empty<string>()),
                ["aria-haspopup"] = (AriaValueType.Token, new[] { "false", "true", "menu", "listbox", "tree", "grid", "dialog" }),
                ["aria-hidden"] = (AriaValueType.BooleanOrUndefined, Array.Empty<string>()),
                ["aria-invalid"] = (AriaValueType.Token, new[] { "grammar", "false", "spelling", "true" }),
                ["aria-keyshortcuts"] = (AriaValueType.Text, Array.Empty<string>()),
                ["aria-label"] = (AriaValueType.Text, Array.Empty<string>()),
                ["aria-labelledby"] = (AriaValueType.IdReferenceList, Array.Empty<string>()),
                ["aria-level"] = (AriaValueType.Integer, Array.Empty<string>()),
                ["aria-live"] = (AriaValueType.Token, new[] { "assertive", "off", "polite" }),
                ["aria-modal"] = (AriaValueType.Boolean, Array.Empty<string>()),
                ["aria-multiline"] = (AriaValueType.Boolean, Array.Empty<string>()),
                ["aria-multiselectable"] = (AriaValueType.Boolean, Array.Empty<string>()),
                ["aria-orientation"] = (AriaValueType.Token, new[] { "horizontal", "vertical", "undefined" }),
                ["aria-owns"] = (AriaValueType.IdReferenceList, Array.Empty<string>()),
                ["aria-placeholder"] = (AriaValueType.Text, Array.Empty<string>()),
                ["aria-posinset"] = (AriaValueType.Integer, Array.Empty<string>()),
                ["aria-pressed"] = (AriaValueType.Tristate, Array.Empty<string>()),
                ["aria-readonly"] = (AriaValueType.Boolean, Array.Empty<string>()),
                ["aria-relevant"] = (AriaValueType.TokenList, new[] { "additions", "all", "removals", "text" }),
                ["aria-required"] = (AriaValueType.Boolean, Array.Empty<string>()),
                ["aria-roledescription"] = (AriaValueType.Text, Array.Empty<string>()),
                ["aria-rowcount"] = (AriaValueType.Integer, Array.Empty<string>()),
                ["aria-rowindex"] = (AriaValueType.Integer, Array.Empty<string>()),
                ["aria-rowindextext"] = (AriaValueType.Text, Array.Empty<string>()),
                ["aria-rowspan"] = (AriaValueType.Integer, Array.Empty<string>()),
                ["aria-selected"] = (AriaValueType.BooleanOrUndefined, Array.Empty<string>()),
                ["aria-setsize"] = (AriaValueType.Integer, Array.Empty<string>()),
                ["aria-sort"] = (AriaValueType.Token, new[] { "ascending", "descending", "none", "other" }),
                ["aria-valuemax"] = (AriaValueType.Number, Array.Empty<string>()),
                ["aria-valuemin"] = (AriaValueType.Number, Array.Empty<string>()),
                ["aria-valuenow"] = (AriaValueType.Number, Array.Empty<string>()),
                ["aria-valuetext"] = (AriaValueType.Text, Array.Empty<string>()),
            };

        /// <summary>States a role needs when the element has no native equivalent (ARIA 1.2 required states).</summary>
        private static readonly Dictionary<string, string[]> Required = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["checkbox"] = new[] { "aria-checked" },
            ["combobox"] = new[] { "aria-expanded" },
            ["menuitemcheckbox"] = new[] { "aria-checked" },
            ["menuitemradio"] = new[] { "aria-checked" },
            ["meter"] = new[] { "aria-valuenow" },
            ["radio"] = new[] { "aria-checked" },
            ["scrollbar"] = new[] { "aria-controls", "aria-valuenow" },
            ["slider"] = new[] { "aria-valuenow" },
            ["switch"] = new[] { "aria-checked" },
        };

        /// <summary>Roles that cannot be named: aria-label and aria-labelledby are prohibited on them.</summary>
        private static readonly HashSet<string> NameProhibited = new HashSet<string>(StringComparer.Ordinal)
        {
            "caption", "code", "deletion", "emphasis", "generic", "insertion", "paragraph", "presentation", "none",
            "strong", "subscript", "superscript",
        };

        /// <summary>Implicit roles of elements whose role prohibits naming (HTML-AAM).</summary>
        private static readonly Dictionary<string, string> ImplicitUnnamedRoles = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["div"] = "generic", ["span"] = "generic", ["b"] = "generic", ["i"] = "generic", ["u"] = "generic", ["s"] = "generic",
            ["small"] = "generic", ["bdi"] = "generic", ["bdo"] = "generic", ["p"] = "paragraph", ["code"] = "code",
            ["del"] = "deletion", ["ins"] = "insertion", ["em"] = "emphasis", ["strong"] = "strong", ["sub"] = "subscript",
            ["sup"] = "superscript",
        };

        public static bool IsKnownRole(string role) => Concrete.Contains(role) || Abstract.Contains(role) || Deprecated.Contains(role);

        public static bool IsValidRole(string role) => Concrete.Contains(role);

        public static bool IsAbstractRole(string role) => Abstract.Contains(role);

        public static bool IsDeprecatedRole(string role) => Deprecated.Contains(role);

        public static bool TryGetAttribute(string name, out AriaValueType type, out string[] tokens)
        {
            if (Attributes.TryGetValue(name, out var entry))
            {
                type = entry.Type;
                tokens = entry.Tokens;
                return true;
            }
            type = AriaValueType.Text;
            tokens = Array.Empty<string>();
            return false;
        }

        public static string[] RequiredFor(string role) => Required.TryGetValue(role, out var list) ? list : Array.Empty<string>();

        /// <summary>The role that decides whether naming is prohibited: the explicit role, else the element's implicit one.</summary>
        public static bool ProhibitsName(string? explicitRole, string localName)
        {
            if (explicitRole != null) return NameProhibited.Contains(explicitRole);
            return ImplicitUnnamedRoles.TryGetValue(localName, out var implicitRole) && NameProhibited.Contains(implicitRole);
        }
    }
}
