using System;
using System.Collections.Generic;

namespace InclusiveAnalyzers.Documents.Razor
{
    /// <summary>
    /// The built-in Blazor components that render one HTML element, and what they render. Other
    /// components are no HTML element: their content is markup, their own tag is not judged.
    /// </summary>
    internal static class RazorComponents
    {
        /// <summary>The element a component renders, the attributes it always adds, and whether it renders text of its own.</summary>
        internal sealed class Rendering
        {
            public Rendering(string element, string? type = null, bool text = false)
            {
                Element = element;
                Type = type;
                RendersText = text;
            }

            public string Element { get; }
            /// <summary>The input type the component sets (InputCheckbox: checkbox), or null.</summary>
            public string? Type { get; }
            /// <summary>The component writes text the markup does not show (HeadOutlet: the page title).</summary>
            public bool RendersText { get; }
        }

        private static readonly Dictionary<string, Rendering> Known = new Dictionary<string, Rendering>(StringComparer.Ordinal)
        {
            ["NavLink"] = new Rendering("a"),
            ["InputText"] = new Rendering("input"),
            ["InputNumber"] = new Rendering("input", "number"),
            ["InputDate"] = new Rendering("input", "date"),
            ["InputFile"] = new Rendering("input", "file"),
            ["InputCheckbox"] = new Rendering("input", "checkbox"),
            ["InputRadio"] = new Rendering("input", "radio"),
            ["InputSelect"] = new Rendering("select"),
            ["InputTextArea"] = new Rendering("textarea"),
            ["EditForm"] = new Rendering("form"),
            // HeadOutlet writes the <title> that a page's <PageTitle> sets.
            ["HeadOutlet"] = new Rendering("title", text: true),
        };

        public static Rendering? Of(string name)
        {
            // A generic component may be written with its namespace (Microsoft.AspNetCore.Components.Forms.InputText).
            int dot = name.LastIndexOf('.');
            var simple = dot >= 0 ? name.Substring(dot + 1) : name;
            return Known.TryGetValue(simple, out var rendering) ? rendering : null;
        }

        /// <summary>A label component (Label, FieldLabel...): given a field's id in <c>For</c>, it renders the &lt;label for&gt; of that field.</summary>
        public static bool IsLabel(string name) => SimpleName(name).EndsWith("Label", StringComparison.Ordinal);

        /// <summary>An icon component (Icon, MudIcon, FluentIcon...): it draws a graphic, no text.</summary>
        public static bool IsIcon(string name) => SimpleName(name).EndsWith("Icon", StringComparison.Ordinal);

        private static string SimpleName(string name)
        {
            int dot = name.LastIndexOf('.');
            return dot >= 0 ? name.Substring(dot + 1) : name;
        }

        /// <summary>Razor reads a tag as a component when its name starts with a capital letter (or names a namespace).</summary>
        public static bool IsComponent(string name) => name.Length > 0 && (char.IsUpper(name[0]) || name.IndexOf('.') >= 0);

        private static readonly HashSet<string> Void = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen",
        };

        public static bool IsVoid(string name) => Void.Contains(name);
    }
}
