using System.Collections.Generic;
using System.Text;
using Markdig.Syntax.Inlines;

namespace InclusiveAnalyzers.Documents.Markdown
{
    /// <summary>What a run of inlines says when read aloud: its text, and what kinds of content it holds.</summary>
    internal struct InlineTextInfo
    {
        public string Text;
        public bool HasCode;
        public bool HasHtml;
        public bool HasImage;
        /// <summary>Text other than image alts (used to tell "only an image" from "image and words").</summary>
        public string OwnText;
    }

    internal static class InlineText
    {
        /// <summary>
        /// Collects the readable text of an inline container: literals, code-span content, entities,
        /// and the alt text of nested images. Iterative, so deep nesting cannot overflow the stack.
        /// </summary>
        public static InlineTextInfo Collect(ContainerInline? container)
        {
            var info = new InlineTextInfo { Text = "", OwnText = "" };
            if (container == null) return info;
            var all = new StringBuilder();
            var own = new StringBuilder();
            var stack = new Stack<(Inline Node, bool InImage)>();
            PushChildren(stack, container, false);
            while (stack.Count > 0)
            {
                var (node, inImage) = stack.Pop();
                switch (node)
                {
                    case LiteralInline literal:
                        all.Append(literal.Content.ToString());
                        if (!inImage) own.Append(literal.Content.ToString());
                        break;
                    case CodeInline code:
                        info.HasCode = true;
                        all.Append(code.Content);
                        if (!inImage) own.Append(code.Content);
                        break;
                    case HtmlEntityInline entity:
                        all.Append(entity.Transcoded.ToString());
                        if (!inImage) own.Append(entity.Transcoded.ToString());
                        break;
                    case LineBreakInline _:
                        all.Append(' ');
                        if (!inImage) own.Append(' ');
                        break;
                    case HtmlInline _:
                        info.HasHtml = true;
                        break;
                    case AutolinkInline autolink:
                        all.Append(autolink.Url);
                        if (!inImage) own.Append(autolink.Url);
                        break;
                    case LinkInline link when link.IsImage:
                        info.HasImage = true;
                        PushChildren(stack, link, true);
                        break;
                    case ContainerInline inner:
                        PushChildren(stack, inner, inImage);
                        break;
                }
            }
            info.Text = all.ToString();
            info.OwnText = own.ToString();
            return info;
        }

        private static void PushChildren(Stack<(Inline, bool)> stack, ContainerInline container, bool inImage)
        {
            // Push in reverse so children pop in document order.
            var children = new List<Inline>();
            for (var child = container.FirstChild; child != null; child = child.NextSibling) children.Add(child);
            for (int i = children.Count - 1; i >= 0; i--) stack.Push((children[i], inImage));
        }
    }
}
