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

        // Raw HTML in a Markdown word-list table's Don't cell is the example not to follow (see TermListTables).
        private static bool InCounterExample(HtmlCheck check, IElement link)
        {
            if (check.IsHtmlFile || check.Context.MarkdownModel == null) return false;
            int offset = check.OffsetOf(link);
            return offset >= 0 && Wording.TermListTables.InAvoidCell(check.Context.Text, offset);
        }

        /// <summary>
        /// Elements whose role is link (ACT c487ae): &lt;a href&gt; (also with role="none", which a focusable
        /// link cannot drop), role="link" and the DPUB link roles such as doc-biblioref. &lt;a href role="button"&gt;
        /// is a button and not checked here.
        /// </summary>
        public void Check(HtmlCheck check, IElement link)
        {
            if (!SemanticRole.IsLink(SemanticRole.Of(link))) return;
            var href = link.GetAttribute("href");

            var name = check.Name(link);
            if (href != null && href.Trim().Length == 0 && !IsCurrentPageLink(check, link, name))
            {
                check.Report("INCL332", link, "The link's href is empty, so it goes nowhere. Add the address, or use a <button> for an action.");
            }
            else if (link.LocalName == "a" && MailAddressDestination.Is(href))
            {
                check.Report("INCL332", link, MailAddressDestination.Message(href!));
            }

            if (TextNormal.IsBlank(name))
            {
                check.Report("INCL331", link, HasImage(link)
                    ? "The link holds only an image without alternative text, so it has no name. Give the image an alt that says where the link goes."
                    : "The link has no text, so screen readers announce only 'link'. Add text, an aria-label or a title that says where it goes.");
                return;
            }

            if (HasDescendant(link, "code", null, null)) return; // code-like link texts are names of things, not phrases
            // Normalising every link text costs; only texts about as short as a generic phrase can be one.
            if (name.Length <= longestGeneric * 2 + 16 && generic.Contains(TextNormal.Normalize(name)) && !DestinationNames.IsNamedBy(name, link.GetAttribute("href"))
                && !InCounterExample(check, link))
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

        /// <summary>
        /// An empty href addresses the page itself. A link that says so (aria-current) or whose text is the
        /// page's own title or level-one heading is a self-reference, such as the last crumb of a
        /// breadcrumb trail that documentation generators write as <c>&lt;a href=""&gt;Page title&lt;/a&gt;</c>:
        /// it goes where it says.
        /// </summary>
        private bool IsCurrentPageLink(HtmlCheck check, IElement link, string name)
        {
            var current = link.GetAttribute("aria-current");
            if (current != null && !string.Equals(current.Trim(), "false", StringComparison.OrdinalIgnoreCase)) return true;
            var text = TextNormal.Normalize(name);
            if (text.Length == 0) return false;
            pageNames ??= PageNames(check);
            foreach (var page in pageNames)
            {
                // "About these documents" for the title "About these documents — Python 3.11 documentation".
                if (page.StartsWith(text, StringComparison.Ordinal) && (page.Length == text.Length || page[text.Length] == ' ')) return true;
            }
            return false;
        }

        private List<string>? pageNames;

        private static List<string> PageNames(HtmlCheck check)
        {
            var names = new List<string>();
            var title = check.Document.Title;
            if (!TextNormal.IsBlank(title)) names.Add(TextNormal.Normalize(title!));
            foreach (var h1 in check.Document.GetElementsByTagName("h1"))
            {
                var text = TextNormal.Normalize(AccessibleName.Content(h1, check.Document));
                if (text.Length > 0) names.Add(text);
            }
            return names;
        }

        private static bool HasImage(IElement link) => HasDescendant(link, "img", "svg", "picture");

        /// <summary>A descendant with one of the names (a hand walk: a selector would be parsed on every call).</summary>
        private static bool HasDescendant(IElement root, string a, string? b, string? c)
        {
            var stack = new Stack<IElement>();
            var children = new List<IElement>();
            foreach (var child in ChildWalk.Elements(root, children)) stack.Push(child);
            while (stack.Count > 0)
            {
                var element = stack.Pop();
                var name = element.LocalName;
                if (name == a || name == b || name == c) return true;
                foreach (var child in ChildWalk.Elements(element, children)) stack.Push(child);
            }
            return false;
        }
    }
}
