using System;
using System.Collections.Generic;
using System.Text;
using AngleSharp.Dom;

using InclusiveAnalyzers.Documents.Accessibility;

namespace InclusiveAnalyzers.Documents.Html
{
    /// <summary>
    /// A static approximation of the accessible name computation: aria-labelledby, aria-label, then
    /// content (text, img/area alt, svg title, nested aria-labels), skipping hidden subtrees and comments.
    /// The title attribute is left to each rule, since only some elements accept it as a name.
    /// </summary>
    internal static class AccessibleName
    {
        public static string Of(IElement element, IDocument document)
        {
            var labelledBy = LabelledBy(element, document);
            if (!TextNormal.IsBlank(labelledBy)) return labelledBy!;
            var label = element.GetAttribute("aria-label");
            if (!TextNormal.IsBlank(label)) return label!;
            return Content(element);
        }

        /// <summary>Text from the elements aria-labelledby names (ids that exist), or null when it names none.</summary>
        public static string? LabelledBy(IElement element, IDocument document)
        {
            var ids = element.GetAttribute("aria-labelledby");
            if (string.IsNullOrWhiteSpace(ids)) return null;
            var sb = new StringBuilder();
            foreach (var id in ids!.Split(new[] { ' ', '\t', '\n', '\r', '\f' }, StringSplitOptions.RemoveEmptyEntries))
            {
                var target = IdIndex.Find(document, id);
                if (target == null || target == element) continue;
                var label = target.GetAttribute("aria-label");
                sb.Append(' ').Append(!TextNormal.IsBlank(label) ? label : Content(target, includeHidden: true));
            }
            return sb.ToString();
        }

        /// <summary>Name from content. Iterative, so deeply nested markup cannot overflow the stack.</summary>
        public static string Content(IElement root, bool includeHidden = false)
        {
            // Most elements hold one text node: answer without a stack or a builder.
            var only = root.FirstChild;
            if (only != null && only.NextSibling == null && only is IText single) return single.Data;
            if (only == null) return "";

            var sb = new StringBuilder();
            var stack = new Stack<INode>();
            PushChildren(stack, root);
            while (stack.Count > 0)
            {
                var node = stack.Pop();
                if (node is IText text)
                {
                    sb.Append(text.Data);
                    continue;
                }
                if (!(node is IElement element)) continue; // comments, processing instructions
                if (!includeHidden && HtmlFacts.IsHiddenSelf(element)) continue;
                switch (element.LocalName)
                {
                    case "script":
                    case "style":
                    case "template":
                        continue;
                    case "img":
                    case "area":
                        sb.Append(' ').Append(element.GetAttribute("aria-label") ?? element.GetAttribute("alt") ?? "").Append(' ');
                        continue;
                    case "input":
                        if (string.Equals(element.GetAttribute("type"), "image", StringComparison.OrdinalIgnoreCase))
                        {
                            sb.Append(' ').Append(element.GetAttribute("alt") ?? "").Append(' ');
                        }
                        continue;
                    case "svg":
                        sb.Append(' ').Append(SvgName(element)).Append(' ');
                        continue;
                }
                var label = element.GetAttribute("aria-label");
                if (!TextNormal.IsBlank(label))
                {
                    sb.Append(' ').Append(label).Append(' ');
                    continue;
                }
                PushChildren(stack, element);
            }
            return sb.ToString();
        }

        /// <summary>An svg's name: aria-label, else its direct &lt;title&gt; child, else its title attribute.</summary>
        public static string SvgName(IElement svg)
        {
            var label = svg.GetAttribute("aria-label");
            if (!TextNormal.IsBlank(label)) return label!;
            foreach (var child in svg.Children)
            {
                if (child.LocalName == "title") return child.TextContent;
            }
            return svg.GetAttribute("title") ?? "";
        }

        private static void PushChildren(Stack<INode> stack, INode node)
        {
            // Walk the sibling chain backwards: AngleSharp's collection indexers differ between its
            // netstandard and net builds, so indexing them from this netstandard library is not safe.
            for (var child = node.LastChild; child != null; child = child.PreviousSibling) stack.Push(child);
        }
    }
}
