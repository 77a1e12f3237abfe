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
            // Most link texts and headings are one literal: its text, with nothing to build.
            if (container.FirstChild is LiteralInline only && only.NextSibling == null)
            {
                info.Text = info.OwnText = only.Content.ToString();
                return info;
            }
            var all = new StringBuilder();
            StringBuilder? own = null; // made at the first image alt: until then the text is all "own" text
            var stack = pending ??= new Stack<(Inline Node, bool InImage)>();
            stack.Clear();
            PushChildren(stack, container, false);
            while (stack.Count > 0)
            {
                var (node, inImage) = stack.Pop();
                if (inImage && own == null) own = new StringBuilder().Append(all);
                switch (node)
                {
                    case LiteralInline literal:
                        Append(all, own, inImage, literal.Content.Text, literal.Content.Start, literal.Content.Length);
                        break;
                    case CodeInline code:
                        info.HasCode = true;
                        Append(all, own, inImage, code.Content);
                        break;
                    case HtmlEntityInline entity:
                        Append(all, own, inImage, entity.Transcoded.Text, entity.Transcoded.Start, entity.Transcoded.Length);
                        break;
                    case LineBreakInline _:
                        Append(all, own, inImage, " ");
                        break;
                    case HtmlInline _:
                        info.HasHtml = true;
                        break;
                    case AutolinkInline autolink:
                        Append(all, own, inImage, autolink.Url);
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
            info.OwnText = own == null ? info.Text : own.ToString();
            return info;
        }

        /// <summary>The walk's stack, one per thread and reused (Collect runs for every link and heading).</summary>
        [System.ThreadStatic]
        private static Stack<(Inline Node, bool InImage)>? pending;

        private static void Append(StringBuilder all, StringBuilder? own, bool inImage, string? text) =>
            Append(all, own, inImage, text, 0, text?.Length ?? 0);

        private static void Append(StringBuilder all, StringBuilder? own, bool inImage, string? text, int start, int length)
        {
            if (text == null || length <= 0) return;
            all.Append(text, start, length);
            if (!inImage) own?.Append(text, start, length);
        }

        private static void PushChildren(Stack<(Inline, bool)> stack, ContainerInline container, bool inImage)
        {
            // Last child first, so children pop in document order.
            for (var child = container.LastChild; child != null; child = child.PreviousSibling) stack.Push((child, inImage));
        }
    }
}
