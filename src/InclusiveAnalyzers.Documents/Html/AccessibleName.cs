using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;
using AngleSharp.Dom;

using InclusiveAnalyzers.Documents.Accessibility;

namespace InclusiveAnalyzers.Documents.Html
{
    /// <summary>
    /// The accessible name of an element, after W3C Accessible Name and Description Computation 1.2 and
    /// HTML-AAM, as far as static markup tells (no CSS beyond inline display/visibility and the text a same-document
    /// &lt;style&gt; generates for a class, see GeneratedContent; no script):
    /// aria-labelledby (every id, hidden targets included, self-reference, no second hop), aria-label,
    /// the host language's own sources (alt, label for and wrapping label, legend, caption, figcaption,
    /// an svg's title, the value of input buttons and their default labels), name from content for roles
    /// that allow it (descendants contribute their own names: an image's alt inside a link), then title.
    /// Every name rule asks here. Linear: ids and labels come from per-document indexes, the text of an
    /// element named by aria-labelledby is computed once per document, and walks are iterative.
    /// </summary>
    internal static class AccessibleName
    {
        private static readonly char[] Spaces = { ' ', '\t', '\n', '\r', '\f' };

        // Text of elements referenced by aria-labelledby, per document: 20,000 fields naming the same
        // ids read each target once.
        private static readonly ConditionalWeakTable<IDocument, Dictionary<IElement, string>> Referenced = new ConditionalWeakTable<IDocument, Dictionary<IElement, string>>();

        /// <summary>The element's accessible name (not trimmed; blank when it has none).</summary>
        public static string Of(IElement element, IDocument document)
        {
            var labelledBy = LabelledBy(element, document);
            if (!TextNormal.IsBlank(labelledBy)) return labelledBy!;
            return WithoutLabelledBy(element, document, SemanticRole.Of(element));
        }

        /// <summary>Steps 2D to 2I: everything but aria-labelledby (also what a self-reference reads).</summary>
        private static string WithoutLabelledBy(IElement element, IDocument document, string? role)
        {
            var label = element.GetAttribute("aria-label");
            if (!TextNormal.IsBlank(label)) return label!;
            if (role == SemanticRole.Presentation && !SemanticRole.IsFocusable(element)) return "";
            var native = Native(element, document);
            if (!TextNormal.IsBlank(native)) return native!;
            if (SemanticRole.AllowsNameFromContent(role))
            {
                var content = Content(element, document);
                if (!TextNormal.IsBlank(content)) return content;
            }
            var title = element.GetAttribute("title");
            if (!TextNormal.IsBlank(title)) return title!;
            // HTML-AAM: a text field's placeholder is its name of last resort.
            if (element.LocalName == "input" || element.LocalName == "textarea")
            {
                var placeholder = element.GetAttribute("placeholder") ?? element.GetAttribute("aria-placeholder");
                if (!TextNormal.IsBlank(placeholder)) return placeholder!;
            }
            return "";
        }

        /// <summary>
        /// Text of the elements aria-labelledby names, joined with spaces; null when the attribute is missing
        /// or names no element that exists (then the other sources apply).
        /// </summary>
        public static string? LabelledBy(IElement element, IDocument document)
        {
            var ids = element.GetAttribute("aria-labelledby");
            if (string.IsNullOrWhiteSpace(ids)) return null;
            StringBuilder? sb = null;
            foreach (var id in ids!.Split(Spaces, StringSplitOptions.RemoveEmptyEntries))
            {
                var target = IdIndex.Find(document, id);
                if (target == null) continue;
                sb ??= new StringBuilder();
                sb.Append(' ').Append(target == element ? WithoutLabelledBy(element, document, SemanticRole.Of(element)) : TextOfReferenced(target, document));
            }
            return sb?.ToString();
        }

        /// <summary>What a referenced element contributes: its aria-label, own source, content (hidden parts too when it is hidden itself), or title.</summary>
        private static string TextOfReferenced(IElement target, IDocument document)
        {
            var cache = Referenced.GetValue(document, _ => new Dictionary<IElement, string>());
            if (cache.TryGetValue(target, out var text)) return text;
            var label = target.GetAttribute("aria-label");
            if (!TextNormal.IsBlank(label)) { text = label!; }
            else
            {
                text = EmbeddedValue(target) ?? Native(target, document) ?? "";
                if (TextNormal.IsBlank(text)) text = Content(target, document, includeHidden: IsHiddenInTree(target), inLabelledBy: true);
                if (TextNormal.IsBlank(text)) text = target.GetAttribute("title") ?? "";
            }
            cache[target] = text;
            return text;
        }

        /// <summary>Step 2E, the host language's own name sources; null when the element has none.</summary>
        private static string? Native(IElement element, IDocument document)
        {
            switch (element.LocalName)
            {
                case "img":
                case "area":
                    return element.GetAttribute("alt");
                case "input":
                    var type = (element.GetAttribute("type") ?? "text").Trim().ToLowerInvariant();
                    switch (type)
                    {
                        case "image":
                            return element.GetAttribute("alt");
                        case "button":
                            return element.GetAttribute("value");
                        case "submit":
                            return element.GetAttribute("value") ?? "Submit";
                        case "reset":
                            return element.GetAttribute("value") ?? "Reset";
                        case "hidden":
                            return null;
                        default:
                            return Labels(element, document);
                    }
                case "textarea":
                case "select":
                case "button":
                case "meter":
                case "output":
                case "progress":
                    return Labels(element, document);
                case "fieldset":
                    return FirstChildText(element, "legend", document);
                case "figure":
                    return FirstChildText(element, "figcaption", document);
                case "table":
                    return FirstChildText(element, "caption", document);
                case "svg":
                    return SvgTitle(element);
                default:
                    return null;
            }
        }

        /// <summary>Text of the labels of a labelable element: label for=its id, then the label that wraps it.</summary>
        private static string? Labels(IElement element, IDocument document)
        {
            StringBuilder? sb = null;
            var id = element.Id;
            if (!string.IsNullOrEmpty(id) && LabelIndex.For(document, id!) is { } labels)
            {
                foreach (var label in labels)
                {
                    (sb ??= new StringBuilder()).Append(' ').Append(LabelText(label, document, element));
                }
            }
            var wrapping = WrappingLabel(element);
            if (wrapping != null && (string.IsNullOrEmpty(id) || !string.Equals(wrapping.GetAttribute("for"), id, StringComparison.Ordinal)))
            {
                (sb ??= new StringBuilder()).Append(' ').Append(LabelText(wrapping, document, element));
            }
            return sb?.ToString();
        }

        /// <summary>
        /// What a label gives its field: the label is a node of the field's name computation, so its own
        /// aria-labelledby and aria-label come before its content (accname 2B, 2C). mdBook's sidebar toggle
        /// is a checkbox whose label holds only an icon and says aria-label="Toggle Table of Contents".
        /// </summary>
        public static string LabelText(IElement label, IDocument document, IElement field)
        {
            var labelledBy = LabelledBy(label, document);
            if (!TextNormal.IsBlank(labelledBy)) return labelledBy!;
            var own = label.GetAttribute("aria-label");
            if (!TextNormal.IsBlank(own)) return own!;
            return Content(label, document, exclude: field);
        }

        /// <summary>The nearest label ancestor that labels this element (no for attribute, or for its id).</summary>
        public static IElement? WrappingLabel(IElement element)
        {
            for (var parent = element.ParentElement; parent != null; parent = parent.ParentElement)
            {
                if (parent.LocalName == "label")
                {
                    var target = parent.GetAttribute("for");
                    return target == null || target == element.Id ? parent : null;
                }
                if (parent.LocalName == "form" || parent.LocalName == "body") return null;
            }
            return null;
        }

        private static string? FirstChildText(IElement element, string childName, IDocument document)
        {
            var child = ChildWalk.FirstNamed(element, childName);
            return child == null ? null : Content(child, document);
        }

        /// <summary>An svg's own title: its first &lt;title&gt; child.</summary>
        public static string? SvgTitle(IElement svg)
        {
            var title = ChildWalk.FirstNamed(svg, "title");
            if (title != null) return title.TextContent;
            return null;
        }

        /// <summary>Step 2C: a control inside a label or a referenced element contributes its value.</summary>
        private static string? EmbeddedValue(IElement element)
        {
            switch (element.LocalName)
            {
                case "input":
                    var role = SemanticRole.Of(element);
                    return role == "textbox" || role == "searchbox" || role == "combobox" || role == "spinbutton" || role == "slider"
                        ? element.GetAttribute("value") ?? ""
                        : null;
                case "textarea":
                    return element.TextContent;
                case "select":
                    IElement? first = null;
                    foreach (var option in element.QuerySelectorAll("option"))
                    {
                        first ??= option;
                        if (option.HasAttribute("selected")) return option.TextContent;
                    }
                    return first?.TextContent ?? "";
                default:
                    return null;
            }
        }

        /// <summary>
        /// Name from content (step 2F): the text of the element's descendants, where each descendant that has
        /// a name of its own (aria-labelledby, aria-label, alt, an svg title, a control's value) gives that
        /// instead of its content, a presentational image gives nothing, and an element whose content gives
        /// nothing gives its title. Hidden descendants are left out unless <paramref name="includeHidden"/>.
        /// Iterative, so deeply nested markup cannot overflow the stack.
        /// </summary>
        public static string Content(IElement root, IDocument? document = null, bool includeHidden = false, bool inLabelledBy = false, IElement? exclude = null)
        {
            document ??= root.Owner;
            // The page's generated-text table, looked up once per name rather than at every element (null: the page has none).
            var generated = GeneratedContent.Table(document);
            if (generated == null) return Descendants(root, document, includeHidden, inLabelledBy, exclude, null);
            var (before, after) = GeneratedContent.Of(root, generated);
            if (before.Length == 0 && after.Length == 0) return Descendants(root, document, includeHidden, inLabelledBy, exclude, generated);
            return before + " " + Descendants(root, document, includeHidden, inLabelledBy, exclude, generated) + " " + after;
        }

        private static string Descendants(IElement root, IDocument? document, bool includeHidden, bool inLabelledBy, IElement? exclude,
            Dictionary<string, (string Before, string After)>? generated)
        {
            // Most elements hold one text node: answer without a stack or a builder.
            var only = root.FirstChild;
            if (only == null) return "";
            if (only.NextSibling == null && only is IText single) return single.Data;

            var sb = new StringBuilder();
            var stack = new Stack<(INode Node, int Start)>();
            var children = new List<INode>();
            PushChildren(stack, root, children);
            while (stack.Count > 0)
            {
                var (node, start) = stack.Pop();
                if (start >= 0)
                {
                    // Closing an element: its title stands in when its content gave nothing.
                    var closed = (IElement)node;
                    if (generated != null)
                    {
                        var generatedAfter = GeneratedContent.Of(closed, generated).After;
                        if (generatedAfter.Length > 0) sb.Append(' ').Append(generatedAfter);
                    }
                    if (IsBlank(sb, start))
                    {
                        var title = closed.GetAttribute("title");
                        if (!TextNormal.IsBlank(title)) sb.Append(' ').Append(title);
                    }
                    sb.Append(' ');
                    continue;
                }
                if (node is IText text)
                {
                    sb.Append(text.Data);
                    continue;
                }
                if (!(node is IElement element) || element == exclude) continue; // comments, processing instructions
                if (!includeHidden && HtmlFacts.IsHiddenSelf(element)) continue;
                var own = OwnPart(element, document, inLabelledBy);
                if (own != null)
                {
                    sb.Append(' ').Append(own).Append(' ');
                    continue;
                }
                stack.Push((element, sb.Length));
                if (generated != null)
                {
                    var generatedBefore = GeneratedContent.Of(element, generated).Before;
                    if (generatedBefore.Length > 0) sb.Append(' ').Append(generatedBefore);
                }
                PushChildren(stack, element, children);
            }
            return sb.ToString();
        }

        /// <summary>What a descendant contributes by itself, or null to read its content instead.</summary>
        private static string? OwnPart(IElement element, IDocument? document, bool inLabelledBy)
        {
            switch (element.LocalName)
            {
                case "script":
                case "style":
                case "template":
                case "noscript":
                    return "";
            }
            if (!inLabelledBy && document != null)
            {
                var labelledBy = LabelledBy(element, document);
                if (!TextNormal.IsBlank(labelledBy)) return labelledBy;
            }
            var label = element.GetAttribute("aria-label");
            if (!TextNormal.IsBlank(label)) return label;
            switch (element.LocalName)
            {
                case "img":
                case "area":
                    if (SemanticRole.IsPresentational(element)) return "";
                    var alt = element.GetAttribute("alt");
                    return !TextNormal.IsBlank(alt) ? alt : element.GetAttribute("title") ?? "";
                case "svg":
                    if (SemanticRole.IsPresentational(element)) return "";
                    var svgTitle = SvgTitle(element);
                    return !TextNormal.IsBlank(svgTitle) ? svgTitle : element.GetAttribute("title") ?? "";
                case "input":
                    var type = (element.GetAttribute("type") ?? "text").Trim().ToLowerInvariant();
                    if (type == "image") return element.GetAttribute("alt") ?? element.GetAttribute("title") ?? "";
                    if (type == "button" || type == "submit" || type == "reset") return Native(element, document ?? element.Owner!) ?? "";
                    return EmbeddedValue(element) ?? "";
                case "select":
                case "textarea":
                    return EmbeddedValue(element);
            }
            return null;
        }

        private static bool IsBlank(StringBuilder sb, int start)
        {
            for (int i = start; i < sb.Length; i++)
            {
                if (!char.IsWhiteSpace(sb[i])) return false;
            }
            return true;
        }

        /// <summary>Hidden itself or through an ancestor (hidden, aria-hidden, inline display:none or visibility:hidden).</summary>
        public static bool IsHiddenInTree(IElement element)
        {
            for (var e = element; e != null; e = e.ParentElement)
            {
                if (HtmlFacts.IsHiddenSelf(e)) return true;
            }
            return false;
        }

        private static void PushChildren(Stack<(INode, int)> stack, INode node, List<INode> buffer)
        {
            ChildWalk.Nodes(node, buffer);
            for (int i = buffer.Count - 1; i >= 0; i--) stack.Push((buffer[i], -1));
        }
    }
}
