using System;
using System.Globalization;
using AngleSharp.Dom;

namespace InclusiveAnalyzers.Documents.Html
{
    /// <summary>Small questions about elements that many rules ask.</summary>
    internal static class HtmlFacts
    {
        /// <summary>An integer attribute (tabindex, colspan, aria-level, size): ASCII digits whatever the user's culture.</summary>
        public static bool TryParseInteger(string? value, out int result) =>
            int.TryParse(value?.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out result);

        public static bool IsAriaHiddenTrue(IElement element) =>
            string.Equals(element.GetAttribute("aria-hidden")?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

        /// <summary>Hidden from everyone as far as static markup tells: hidden, aria-hidden, inline display:none, template.</summary>
        public static bool IsHiddenSelf(IElement element)
        {
            if (element.HasAttribute("hidden") || IsAriaHiddenTrue(element)) return true;
            if (element.LocalName == "template") return true;
            return StyleHides(element.GetAttribute("style"));
        }

        /// <summary>An inline style that hides the element: display:none or visibility:hidden.</summary>
        public static bool StyleHides(string? style)
        {
            if (style == null || style.IndexOf(':') < 0) return false;
            var compact = style.Replace(" ", "").ToLowerInvariant();
            return compact.Contains("display:none") || compact.Contains("visibility:hidden");
        }

        /// <summary>The first token of the role attribute, lower case, or null.</summary>
        public static string? Role(IElement element)
        {
            var role = element.GetAttribute("role");
            if (role == null) return null;
            role = role.Trim();
            if (role.Length == 0) return null;
            int space = role.IndexOfAny(new[] { ' ', '\t', '\n', '\r', '\f' });
            return (space < 0 ? role : role.Substring(0, space)).ToLowerInvariant();
        }

        public static bool IsPresentational(IElement element)
        {
            var role = Role(element);
            return role == "none" || role == "presentation";
        }

        public static bool HasNonBlank(IElement element, string attribute)
        {
            var value = element.GetAttribute(attribute);
            return value != null && value.Trim().Length > 0;
        }

        /// <summary>Heading level of h1-h6 or role=heading (aria-level when valid; role=heading alone is 2); 0 when not a heading.</summary>
        public static int HeadingLevel(IElement element)
        {
            var name = element.LocalName;
            int tagLevel = name.Length == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6' ? name[1] - '0' : 0;
            var role = Role(element);
            // <h1 role="none" aria-label="…"> keeps its heading role: a global ARIA attribute cancels none.
            if ((role == "none" || role == "presentation") && SemanticRole.Conflicts(element)) role = null;
            if (role != null && role != "heading")
            {
                // <h6 role="banner"> is a banner, not a heading; an unknown role falls back to the tag.
                if (Accessibility.Aria.AriaTables.IsKnownRole(role)) return 0;
            }
            else if (role == "heading" || tagLevel > 0)
            {
                var ariaLevel = element.GetAttribute("aria-level");
                if (TryParseInteger(ariaLevel, out int level) && level >= 1) return level;
                if (role == "heading" && tagLevel == 0) return 2;
            }
            return tagLevel;
        }
    }
}
