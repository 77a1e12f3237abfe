using System;
using AngleSharp.Dom;
using InclusiveAnalyzers.Core.Selection;
using InclusiveAnalyzers.Documents.Html;

namespace InclusiveAnalyzers.Documents.Accessibility.Lists
{
    /// <summary>INCL365: list markup screen readers can count — ul/ol/menu hold li; li sits in a list; dl holds dt/dd groups.</summary>
    internal static class ListRules
    {
        public static void List(HtmlCheck check, IElement list)
        {
            var role = HtmlFacts.Role(list);
            if (role != null && role != "list") return; // re-purposed (tablist, menu...): other semantics apply
            foreach (var node in list.ChildNodes)
            {
                string? problem = null;
                if (node is IText text)
                {
                    if (!TextNormal.IsBlank(text.Data) && !check.IsRuntimeValue(text.Data)) problem = $"text ('{TextNormal.Collapse(text.Data, 30)}')";
                }
                else if (node is IElement child)
                {
                    var name = child.LocalName;
                    if (name == "script" || name == "template" || IsRazorComponent(check, child)) continue;
                    if (name != "li") { problem = HtmlCheck.Describe(child); }
                    else
                    {
                        var childRole = HtmlFacts.Role(child);
                        if (childRole != null && childRole != "listitem") problem = $"an <li role=\"{childRole}\">";
                    }
                }
                if (problem == null) continue;
                check.Report("INCL365", list, $"{HtmlCheck.Describe(list)} may hold only <li> items, but holds {problem}. Put the content inside an <li>.");
                return;
            }
        }

        public static void ListItem(HtmlCheck check, IElement item)
        {
            var role = HtmlFacts.Role(item);
            if (role != null && role != "listitem") return;
            var parent = item.ParentElement;
            // A component's markup sits in the list of whatever renders it: <CascadingValue><li> inside a <ul>,
            // or a fragment (an item component, a partial) whose top level is the <li> itself.
            while (parent != null && IsRazorComponent(check, parent)) parent = parent.ParentElement;
            if (check.Context.Kind == FileKind.Razor && !check.Context.IsStandalone && (parent == null || parent.LocalName == "body")) return;
            if (parent != null)
            {
                var name = parent.LocalName;
                if (name == "ul" || name == "ol" || name == "menu") return;
                var parentRole = HtmlFacts.Role(parent);
                if (parentRole == "list" || parentRole == "none" || parentRole == "presentation") return;
            }
            check.Report("INCL365", item, "This <li> is not inside a <ul>, <ol> or <menu>, so it is not announced as a list item. Wrap the items in a list.");
        }

        /// <summary>
        /// A Razor component other than the few that render one known element: it renders markup known only at
        /// run time (the list items of an item component, a RenderFragment).
        /// </summary>
        private static bool IsRazorComponent(HtmlCheck check, IElement element) =>
            check.Context.Kind == FileKind.Razor && element.LocalName == "razor-component";

        public static void DefinitionList(HtmlCheck check, IElement list)
        {
            if (HtmlFacts.Role(list) != null) return;
            foreach (var node in list.ChildNodes)
            {
                string? problem = null;
                if (node is IText text)
                {
                    if (!TextNormal.IsBlank(text.Data) && !check.IsRuntimeValue(text.Data)) problem = "text";
                }
                else if (node is IElement child)
                {
                    var name = child.LocalName;
                    if (name == "dt" || name == "dd" || name == "script" || name == "template" || IsRazorComponent(check, child)) continue;
                    if (name == "div" && OnlyGroups(child)) continue;
                    problem = HtmlCheck.Describe(child);
                }
                if (problem == null) continue;
                check.Report("INCL365", list, $"<dl> may hold only <dt>/<dd> groups (optionally wrapped in <div>), but holds {problem}.");
                return;
            }
        }

        public static void DefinitionItem(HtmlCheck check, IElement item)
        {
            var parent = item.ParentElement;
            if (parent != null && parent.LocalName == "dl") return;
            if (parent != null && parent.LocalName == "div" && parent.ParentElement?.LocalName == "dl") return;
            if (parent != null && HtmlFacts.Role(parent) != null) return;
            check.Report("INCL365", item, $"{HtmlCheck.Describe(item)} must be inside a <dl>. Wrap the terms and descriptions in a <dl>.");
        }

        private static bool OnlyGroups(IElement div)
        {
            foreach (var child in div.Children)
            {
                var name = child.LocalName;
                if (name != "dt" && name != "dd" && name != "script" && name != "template") return false;
            }
            return true;
        }
    }
}
