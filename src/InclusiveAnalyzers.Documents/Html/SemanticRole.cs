using System;
using AngleSharp.Dom;
using InclusiveAnalyzers.Documents.Accessibility.Aria;

namespace InclusiveAnalyzers.Documents.Html
{
    /// <summary>
    /// The role an element has for assistive technology (WAI-ARIA 1.2 and HTML-AAM, static reading): the
    /// first valid token of its role attribute, else the role its tag implies. none/presentation is
    /// cancelled when the element is focusable or has a global ARIA attribute (presentational roles
    /// conflict resolution), so <c>&lt;button role="none"&gt;</c> is still a button.
    /// </summary>
    internal static class SemanticRole
    {
        public const string Presentation = "presentation";

        private static readonly char[] Spaces = { ' ', '\t', '\n', '\r', '\f' };

        /// <summary>The role, lower case ("presentation" for none and presentation), or null for a generic element.</summary>
        public static string? Of(IElement element)
        {
            var explicitRole = Explicit(element);
            if (explicitRole != null)
            {
                if (!IsPresentationalToken(explicitRole) || !Conflicts(element)) return IsPresentationalToken(explicitRole) ? Presentation : explicitRole;
            }
            return Implicit(element);
        }

        /// <summary>The first role token that is a valid, concrete WAI-ARIA role (lower case), or null.</summary>
        public static string? Explicit(IElement element)
        {
            var value = element.GetAttribute("role");
            if (value == null) return null;
            foreach (var token in value.Split(Spaces, StringSplitOptions.RemoveEmptyEntries))
            {
                var role = token.ToLowerInvariant();
                if (AriaTables.IsValidRole(role)) return role;
            }
            return null;
        }

        public static bool IsPresentational(IElement element) => Of(element) == Presentation;

        /// <summary>
        /// The author said "decorative" (ACT's "marked as decorative"): an explicit none/presentation, or an
        /// img with alt="" and no explicit role. Whether assistive technology honours it is <see cref="IsPresentational"/>.
        /// </summary>
        public static bool IsMarkedDecorative(IElement element)
        {
            var explicitRole = Explicit(element);
            if (explicitRole != null) return IsPresentationalToken(explicitRole);
            return element.LocalName == "img" && element.GetAttribute("alt") == "";
        }

        /// <summary>What cancels a presentational role: the element is focusable or carries a global ARIA attribute.</summary>
        public static bool Conflicts(IElement element) => IsFocusable(element) || HasGlobalAria(element);

        /// <summary>In the keyboard order or focusable by script: a valid tabindex, or a natively focusable control that is not disabled.</summary>
        public static bool IsFocusable(IElement element)
        {
            var tabindex = element.GetAttribute("tabindex");
            if (HtmlFacts.TryParseInteger(tabindex, out _)) return true;
            switch (element.LocalName)
            {
                case "a":
                case "area":
                    return element.HasAttribute("href");
                case "button":
                case "select":
                case "textarea":
                    return !element.HasAttribute("disabled");
                case "input":
                    return !element.HasAttribute("disabled") && !string.Equals(element.GetAttribute("type")?.Trim(), "hidden", StringComparison.OrdinalIgnoreCase);
                case "summary":
                    return IsDetailsSummary(element);
                case "audio":
                case "video":
                    return element.HasAttribute("controls");
                default:
                    var editable = element.GetAttribute("contenteditable");
                    return editable != null && !string.Equals(editable.Trim(), "false", StringComparison.OrdinalIgnoreCase);
            }
        }

        /// <summary>A global ARIA state or property other than aria-hidden (which hides instead of exposing).</summary>
        public static bool HasGlobalAria(IElement element)
        {
            foreach (var attribute in element.Attributes)
            {
                var name = attribute.Name;
                if (name.Length > 5 && name.StartsWith("aria-", StringComparison.OrdinalIgnoreCase) && IsGlobal(name.ToLowerInvariant())) return true;
            }
            return false;
        }

        private static bool IsGlobal(string name)
        {
            switch (name)
            {
                case "aria-atomic":
                case "aria-busy":
                case "aria-controls":
                case "aria-current":
                case "aria-describedby":
                case "aria-description":
                case "aria-details":
                case "aria-disabled":
                case "aria-dropeffect":
                case "aria-errormessage":
                case "aria-flowto":
                case "aria-grabbed":
                case "aria-haspopup":
                case "aria-invalid":
                case "aria-keyshortcuts":
                case "aria-label":
                case "aria-labelledby":
                case "aria-live":
                case "aria-owns":
                case "aria-relevant":
                case "aria-roledescription":
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>The summary that works as the button of its details: the first summary child.</summary>
        public static bool IsDetailsSummary(IElement summary)
        {
            var parent = summary.ParentElement;
            if (parent == null || parent.LocalName != "details") return false;
            return ChildWalk.FirstNamed(parent, "summary") == summary;
        }

        /// <summary>The role the tag implies (HTML-AAM), for the roles the name rules ask about.</summary>
        public static string? Implicit(IElement element)
        {
            switch (element.LocalName)
            {
                case "a":
                case "area":
                    return element.HasAttribute("href") ? "link" : null;
                case "button":
                    return "button";
                case "input":
                    return InputRole(element);
                case "select":
                    return element.HasAttribute("multiple") || (HtmlFacts.TryParseInteger(element.GetAttribute("size"), out int size) && size > 1) ? "listbox" : "combobox";
                case "textarea":
                    return "textbox";
                case "img":
                    // alt="" marks the image decorative, unless it is focusable or labelled by ARIA.
                    return element.GetAttribute("alt") == "" && !Conflicts(element) ? Presentation : "img";
                case "svg":
                    return "graphics-document";
                case "h1":
                case "h2":
                case "h3":
                case "h4":
                case "h5":
                case "h6":
                    return "heading";
                case "summary":
                    return IsDetailsSummary(element) ? "button" : null;
                case "th":
                    return "columnheader";
                case "td":
                    return "cell";
                case "li":
                    return "listitem";
                case "option":
                    return "option";
                case "table":
                    return "table";
                case "iframe":
                    return "iframe";
                default:
                    return null;
            }
        }

        private static string? InputRole(IElement input)
        {
            var type = (input.GetAttribute("type") ?? "text").Trim().ToLowerInvariant();
            switch (type)
            {
                case "button":
                case "submit":
                case "reset":
                case "image":
                    return "button";
                case "checkbox":
                    return "checkbox";
                case "radio":
                    return "radio";
                case "range":
                    return "slider";
                case "number":
                    return "spinbutton";
                case "search":
                    return input.HasAttribute("list") ? "combobox" : "searchbox";
                case "email":
                case "tel":
                case "text":
                case "url":
                case "":
                    return input.HasAttribute("list") ? "combobox" : "textbox";
                case "hidden":
                    return null;
                default:
                    // Known types without an ARIA role (color, date, file, password...) and unknown ones, which
                    // browsers treat as text.
                    return IsKnownInputType(type) ? null : "textbox";
            }
        }

        private static bool IsKnownInputType(string type)
        {
            switch (type)
            {
                case "color":
                case "date":
                case "datetime-local":
                case "file":
                case "month":
                case "password":
                case "time":
                case "week":
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>Roles whose name may come from their content (WAI-ARIA 1.2 "name from: contents").</summary>
        public static bool AllowsNameFromContent(string? role)
        {
            switch (role)
            {
                case "button":
                case "cell":
                case "checkbox":
                case "columnheader":
                case "comment":
                case "gridcell":
                case "heading":
                case "link":
                case "menuitem":
                case "menuitemcheckbox":
                case "menuitemradio":
                case "option":
                case "radio":
                case "row":
                case "rowheader":
                case "sectionhead":
                case "switch":
                case "tab":
                case "tooltip":
                case "treeitem":
                case "doc-backlink":
                case "doc-biblioref":
                case "doc-glossref":
                case "doc-noteref":
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>Link roles: link itself and the DPUB roles that inherit from it.</summary>
        public static bool IsLink(string? role) =>
            role == "link" || role == "doc-backlink" || role == "doc-biblioref" || role == "doc-glossref" || role == "doc-noteref";

        /// <summary>Form field roles of ACT's "Form field has non-empty accessible name".</summary>
        public static bool IsFormField(string? role)
        {
            switch (role)
            {
                case "checkbox":
                case "combobox":
                case "listbox":
                case "menuitemcheckbox":
                case "menuitemradio":
                case "radio":
                case "searchbox":
                case "slider":
                case "spinbutton":
                case "switch":
                case "textbox":
                    return true;
                default:
                    return false;
            }
        }

        private static bool IsPresentationalToken(string role) => role == "none" || role == "presentation";
    }
}
