using System;
using System.Collections.Generic;
using AngleSharp.Dom;
using InclusiveAnalyzers.Documents.Accessibility;

namespace InclusiveAnalyzers.Documents.Html
{
    /// <summary>
    /// A page whose content a script renders at run time (docsify, Vue, React and Angular app shells, Storybook,
    /// Swagger UI): the body holds no content of its own, only empty mount elements, scripts, noscript and
    /// templates, and the page has a script. Its outline is not in the file, so rules that judge the page's
    /// content (INCL323) have nothing to judge; the head (lang, title, viewport) is the file's own and is still checked.
    /// </summary>
    internal static class AppShell
    {
        // Fallbacks and inert markup: what a reader sees only without scripts, or never.
        private static readonly HashSet<string> Inert = new HashSet<string>(StringComparer.Ordinal)
        {
            "script", "noscript", "template", "style", "link", "meta",
        };

        // Content that carries no text: an image, a control, an embedded document or drawing.
        private static readonly HashSet<string> ContentWithoutText = new HashSet<string>(StringComparer.Ordinal)
        {
            "img", "svg", "picture", "video", "audio", "iframe", "embed", "object", "canvas", "input", "button", "select", "textarea", "math",
        };

        public static bool Is(IDocument? document)
        {
            var body = document?.Body;
            if (body == null || body.LocalName != "body") return false;
            if (document!.QuerySelector("script") == null) return false;

            var stack = new Stack<INode>();
            var children = new List<INode>();
            stack.Push(body);
            while (stack.Count > 0)
            {
                var node = stack.Pop();
                if (node is IText text)
                {
                    if (!TextNormal.IsBlank(text.Data)) return false;
                    continue;
                }
                if (!(node is IElement element)) continue;
                if (Inert.Contains(element.LocalName)) continue;
                if (ContentWithoutText.Contains(element.LocalName)) return false;
                if (HtmlFacts.HasNonBlank(element, "aria-label")) return false;
                ChildWalk.Nodes(element, children);
                for (int i = children.Count - 1; i >= 0; i--) stack.Push(children[i]);
            }
            return true;
        }
    }
}
