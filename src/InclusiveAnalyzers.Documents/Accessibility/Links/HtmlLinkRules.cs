using System;
using System.Collections.Generic;
using System.Linq;
using AngleSharp.Dom;
using InclusiveAnalyzers.Documents.Html;

namespace InclusiveAnalyzers.Documents.Accessibility.Links
{
    /// <summary>HTML &lt;a href&gt;: INCL330 (generic text), INCL331 (no name), INCL332 (empty href), INCL335 (URL as text).</summary>
    internal sealed class HtmlLinkRules
    {
        private readonly HashSet<string> generic;
        private readonly int longestGeneric;

        public HtmlLinkRules(AccessibilityOptions options)
        {
            generic = new HashSet<string>(options.GenericLinkTexts.Select(TextNormal.Normalize), StringComparer.Ordinal);
            longestGeneric = generic.Count == 0 ? 0 : generic.Max(g => g.Length);
        }

        public void Check(HtmlCheck check, IElement link)
        {
            var href = link.GetAttribute("href");
            if (href == null || HtmlFacts.IsAriaHiddenTrue(link)) return;

            if (href.Trim().Length == 0)
            {
                check.Report("INCL332", link, "The link's href is empty, so it goes nowhere. Add the address, or use a <button> for an action.");
            }

            var name = check.NameOrTitle(link);
            if (TextNormal.IsBlank(name))
            {
                check.Report("INCL331", link, HasImage(link)
                    ? "The link holds only an image without alternative text, so it has no name. Give the image an alt that says where the link goes."
                    : "The link has no text, so screen readers announce only 'link'. Add text, an aria-label or a title that says where it goes.");
                return;
            }

            if (HasDescendant(link, "code", null, null)) return; // code-like link texts are names of things, not phrases
            // Normalising every link text costs; only texts about as short as a generic phrase can be one.
            if (name.Length <= longestGeneric * 2 + 16 && generic.Contains(TextNormal.Normalize(name)))
            {
                check.Report("INCL330", link,
                    $"The link text '{TextNormal.Collapse(name)}' does not say where the link goes. Use the destination's name, e.g. 'the installation guide'.");
            }
            else
            {
                var trimmed = name.Trim();
                if (trimmed.IndexOf(' ') < 0 && (trimmed.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ||
                    trimmed.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("www.", StringComparison.OrdinalIgnoreCase)))
                {
                    check.Report("INCL335", link, "The link text is a bare address, which screen readers spell out. Use the page's name as the link text.");
                }
            }
        }

        private static bool HasImage(IElement link) => HasDescendant(link, "img", "svg", "picture");

        /// <summary>A descendant with one of the names (a hand walk: a selector would be parsed on every call).</summary>
        private static bool HasDescendant(IElement root, string a, string? b, string? c)
        {
            var stack = new Stack<IElement>();
            for (var child = root.FirstElementChild; child != null; child = child.NextElementSibling) stack.Push(child);
            while (stack.Count > 0)
            {
                var element = stack.Pop();
                var name = element.LocalName;
                if (name == a || name == b || name == c) return true;
                for (var child = element.FirstElementChild; child != null; child = child.NextElementSibling) stack.Push(child);
            }
            return false;
        }
    }
}
