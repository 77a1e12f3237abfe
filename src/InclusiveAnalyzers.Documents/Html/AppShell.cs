using System;
using System.Collections.Generic;
using System.Text;
using AngleSharp.Dom;
using InclusiveAnalyzers.Documents.Accessibility;

namespace InclusiveAnalyzers.Documents.Html
{
    /// <summary>
    /// A page whose content a script renders at run time (docsify, Vue, React and Angular app shells, Storybook,
    /// Swagger UI): the body holds no content of its own, only empty mount elements, scripts, noscript and
    /// templates, and at most a progress placeholder the script replaces ("Loading...", docsify's "Please wait...") or
    /// a server template's placeholder (%SCRIPTS%, see <see cref="TemplatePlaceholders"/>), and the page has a script. Its outline is not in the file, so rules that judge the page's
    /// content (INCL323) have nothing to judge; the head (lang, title, viewport) is the file's own and is still checked.
    /// </summary>
    internal static class AppShell
    {
        // Fallbacks and inert markup: what a reader sees only without scripts, or never (a <title> the parser moved into
        // <body>, after text in <head> such as a template placeholder, is still not shown).
        private static readonly HashSet<string> Inert = new HashSet<string>(StringComparer.Ordinal)
        {
            "script", "noscript", "template", "style", "link", "meta", "title",
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

            StringBuilder? shown = null;
            var stack = new Stack<INode>();
            var children = new List<INode>();
            stack.Push(body);
            while (stack.Count > 0)
            {
                var node = stack.Pop();
                if (node is IText text)
                {
                    var own = TemplatePlaceholders.Strip(text.Data);
                    if (!TextNormal.IsBlank(own) && !Add(ref shown, own)) return false;
                    continue;
                }
                if (!(node is IElement element)) continue;
                if (Inert.Contains(element.LocalName)) continue;
                if (ContentWithoutText.Contains(element.LocalName)) return false;
                if (HtmlFacts.HasNonBlank(element, "aria-label") && !Add(ref shown, element.GetAttribute("aria-label")!)) return false;
                ChildWalk.Nodes(element, children);
                for (int i = children.Count - 1; i >= 0; i--) stack.Push(children[i]);
            }
            return shown == null || IsProgressPlaceholder(shown.ToString());
        }

        // Longer than a placeholder: the page has text of its own.
        private const int PlaceholderLimit = 80;

        private static bool Add(ref StringBuilder? shown, string text)
        {
            shown ??= new StringBuilder();
            shown.Append(' ').Append(text);
            return shown.Length <= PlaceholderLimit;
        }

        // What a page shows until its script has run: a short phrase that opens with a progress cue. A sentence that merely
        // starts with the word ("Loading files is easy. Read on.") is longer or ends as prose.
        private static readonly string[][] ProgressCues =
        {
            new[] { "loading" }, new[] { "please", "wait" }, new[] { "initializing" }, new[] { "initialising" },
            new[] { "just", "a", "moment" }, new[] { "one", "moment" },
        };

        private const int PlaceholderWords = 6;

        internal static bool IsProgressPlaceholder(string text)
        {
            var words = TextNormal.Normalize(text).Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0 || words.Length > PlaceholderWords) return false;
            string trimmed = text.Trim();
            // "Loading." or "Please wait." reads as a placeholder too; a second sentence does not.
            int stop = trimmed.IndexOf(". ", StringComparison.Ordinal);
            if (stop >= 0 && !(stop >= 2 && trimmed[stop - 1] == '.' && trimmed[stop - 2] == '.')) return false;
            foreach (var cue in ProgressCues)
            {
                if (cue.Length > words.Length) continue;
                int i = 0;
                while (i < cue.Length && string.Equals(words[i], cue[i], StringComparison.OrdinalIgnoreCase)) i++;
                if (i == cue.Length) return true;
            }
            return false;
        }
    }
}
