using System;
using System.Collections.Generic;
using AngleSharp.Dom;
using InclusiveAnalyzers.Documents.Accessibility.Aria;
using InclusiveAnalyzers.Documents.Accessibility.Forms;
using InclusiveAnalyzers.Documents.Accessibility.Headings;
using InclusiveAnalyzers.Documents.Accessibility.Images;
using InclusiveAnalyzers.Documents.Accessibility.Links;
using InclusiveAnalyzers.Documents.Accessibility.Lists;
using InclusiveAnalyzers.Documents.Accessibility.Media;
using InclusiveAnalyzers.Documents.Accessibility.Page;
using InclusiveAnalyzers.Documents.Accessibility.Tables;

namespace InclusiveAnalyzers.Documents.Html
{
    /// <summary>
    /// Runs every HTML accessibility rule over one DOM in two passes: the first collects ids and labels
    /// (rules need them before they meet the elements that use them), the second dispatches each element.
    /// Both passes are iterative, so 10,000 nested elements are no problem.
    /// </summary>
    internal static class HtmlRuleRunner
    {
        private static readonly char[] Spaces = { ' ', '\t', '\n', '\r', '\f' };

        /// <summary>What an element's attributes hold, found in one pass over them.</summary>
        [Flags]
        private enum Has : byte
        {
            None = 0,
            Role = 1,
            Aria = 2,
            TabIndex = 4,
            Lang = 8,
            /// <summary>The element itself is hidden (hidden, aria-hidden="true", inline display:none or visibility:hidden).</summary>
            Hidden = 16,
        }

        public static void Run(HtmlCheck check, List<OutlineHeading> outline)
        {
            var root = check.Document.DocumentElement;
            if (root == null) return;
            var elements = Collect(check, root);

            var links = new HtmlLinkRules(check.Context.A11y);
            var forms = new FormRules();
            foreach (var (element, has) in elements)
            {
                check.Context.CheckBudget();
                var name = element.LocalName;
                var role = (has & Has.Role) != 0 ? AriaRules.Role(check, element) : null;
                if ((has & Has.Aria) != 0 || role != null) AriaRules.Attributes(check, element, role, (has & Has.Aria) != 0);
                if ((has & Has.TabIndex) != 0) FormRules.TabIndex(check, element);
                if ((has & Has.Lang) != 0 && name != "html") PageRules.ElementLang(check, element);

                // Content hidden from the accessibility tree is not announced: the rules about names, alt
                // texts, headings, links, forms, tables and lists do not apply to it (a mobile menu hidden
                // inline, an aria-hidden decoration). Markup validity (ARIA, lang, tabindex) still does, and
                // so do the page-level rules (<body aria-hidden> is INCL347's own case).
                if ((has & Has.Hidden) != 0)
                {
                    switch (name)
                    {
                        case "html": if (check.IsFullPage) PageRules.HtmlElement(check, element); break;
                        case "meta": if (check.IsHtmlFile) PageRules.Meta(check, element); break;
                        case "body": if (check.IsHtmlFile) PageRules.Body(check, element); break;
                    }
                    continue;
                }

                int level = (has & Has.Role) != 0 || IsHeadingTag(name) ? HtmlFacts.HeadingLevel(element) : 0;
                if (level > 0) HtmlHeadingRules.Check(check, element, level, outline);

                // An interactive tag or a generic element given a role is judged by that role: <a href
                // role="button"> is a button, <div role="textbox"> a field, <button role="link"> a link.
                if (role != null && IsRoleDispatched(name))
                {
                    ByRole(check, element, links);
                    continue;
                }

                switch (name)
                {
                    case "img": HtmlImageRules.Img(check, element); break;
                    case "input": FormRules.Input(check, element); break;
                    case "area": HtmlImageRules.Area(check, element); break;
                    case "svg": if (role != null) HtmlImageRules.RoleImg(check, element, role); break;
                    case "object": HtmlImageRules.Object(check, element); break;
                    case "a": links.Check(check, element); break;
                    case "button": FormRules.Button(check, element); break;
                    case "textarea": FormRules.Field(check, element, acceptsPlaceholder: true); break;
                    case "select": FormRules.Field(check, element, acceptsPlaceholder: false); break;
                    case "fieldset": FormRules.Fieldset(check, element); break;
                    case "iframe":
                    case "frame": forms.Frame(check, element); break;
                    case "summary": FormRules.Summary(check, element); break;
                    case "table": HtmlTableRules.Check(check, element); break;
                    case "ul":
                    case "ol":
                    case "menu": ListRules.List(check, element); break;
                    case "li": ListRules.ListItem(check, element); break;
                    case "dl": ListRules.DefinitionList(check, element); break;
                    case "dt":
                    case "dd": ListRules.DefinitionItem(check, element); break;
                    case "video": MediaRules.Video(check, element); break;
                    case "audio": MediaRules.Autoplay(check, element); break;
                    case "blink":
                    case "marquee": PageRules.BlinkOrMarquee(check, element); break;
                    case "html": if (check.IsFullPage) PageRules.HtmlElement(check, element); break;
                    case "meta": if (check.IsHtmlFile) PageRules.Meta(check, element); break;
                    case "body": if (check.IsHtmlFile) PageRules.Body(check, element); break;
                    default:
                        if (role != null) ByRole(check, element, links);
                        break;
                }
            }
            DuplicateIdRules.Check(check);
        }

        /// <summary>Tags whose checks follow an explicit role rather than the tag.</summary>
        private static bool IsRoleDispatched(string name)
        {
            switch (name)
            {
                case "a":
                case "button":
                case "input":
                case "select":
                case "textarea":
                case "span":
                case "div":
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>The name rules by semantic role (after presentational conflict resolution).</summary>
        private static void ByRole(HtmlCheck check, IElement element, HtmlLinkRules links)
        {
            var semantic = SemanticRole.Of(element);
            switch (semantic)
            {
                case null:
                case SemanticRole.Presentation:
                    return;
                case "img":
                case "image":
                case "graphics-document":
                case "graphics-symbol":
                    HtmlImageRules.RoleImg(check, element, semantic);
                    return;
                case "button":
                    if (element.LocalName == "input") FormRules.Input(check, element);
                    else FormRules.Button(check, element);
                    return;
            }
            if (SemanticRole.IsLink(semantic)) links.Check(check, element);
            else if (SemanticRole.IsFormField(semantic)) FormRules.Field(check, element, acceptsPlaceholder: element.LocalName != "select");
        }

        private static bool IsHeadingTag(string name) => name.Length == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6';

        private static List<(IElement Element, Has Has)> Collect(HtmlCheck check, IElement root)
        {
            var elements = new List<(IElement, Has)>();
            var stack = new Stack<(IElement Element, bool InHidden)>();
            var children = new List<IElement>();
            stack.Push((root, false));
            while (stack.Count > 0)
            {
                var (element, inHidden) = stack.Pop();
                var has = Index(check, element);
                if (inHidden) has |= Has.Hidden; // hidden through an ancestor
                elements.Add((element, has));
                bool hidden = (has & Has.Hidden) != 0;
                ChildWalk.Elements(element, children);
                for (int i = children.Count - 1; i >= 0; i--) stack.Push((children[i], hidden));
            }
            return elements;
        }

        /// <summary>One pass over the attributes: ids, label targets and references into the tables; flags for the rules.</summary>
        private static Has Index(HtmlCheck check, IElement element)
        {
            var has = Has.None;
            // By index: the map's enumerator is an allocation per element, on every element of every page.
            var attributes = element.Attributes;
            for (int i = 0; i < attributes.Length; i++)
            {
                var attribute = attributes[i]!;
                var name = attribute.Name;
                switch (name)
                {
                    case "id":
                        var id = attribute.Value;
                        if (id is { Length: > 0 })
                        {
                            if (!check.Ids.TryGetValue(id, out var list)) check.Ids[id] = list = new List<IElement>(1);
                            list.Add(element);
                        }
                        break;
                    case "for":
                        var target = attribute.Value;
                        if (element.LocalName == "label" && target is { Length: > 0 })
                        {
                            if (!check.LabelsFor.TryGetValue(target, out var labels)) check.LabelsFor[target] = labels = new List<IElement>(1);
                            labels.Add(element);
                            check.ReferencedIds.Add(target);
                        }
                        break;
                    case "headers":
                        AddReferences(check, attribute.Value);
                        break;
                    case "role":
                        has |= Has.Role;
                        break;
                    case "tabindex":
                        has |= Has.TabIndex;
                        break;
                    case "hidden":
                        has |= Has.Hidden;
                        break;
                    case "style":
                        if (HtmlFacts.StyleHides(attribute.Value)) has |= Has.Hidden;
                        break;
                    case "lang":
                    case "xml:lang":
                        has |= Has.Lang;
                        break;
                    default:
                        if (name.StartsWith("aria-", StringComparison.OrdinalIgnoreCase))
                        {
                            has |= Has.Aria;
                            if (name == "aria-hidden" && string.Equals(attribute.Value?.Trim(), "true", StringComparison.OrdinalIgnoreCase)) has |= Has.Hidden;
                            if (name == "aria-labelledby" || name == "aria-describedby") AddReferences(check, attribute.Value);
                        }
                        break;
                }
            }
            return has;
        }

        private static void AddReferences(HtmlCheck check, string? ids)
        {
            if (string.IsNullOrEmpty(ids)) return;
            foreach (var id in ids!.Split(Spaces, StringSplitOptions.RemoveEmptyEntries)) check.ReferencedIds.Add(id);
        }
    }
}
