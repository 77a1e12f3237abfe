using System.Collections.Generic;
using System;
using System.Globalization;
using AngleSharp.Dom;
using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Documents.Html;

namespace InclusiveAnalyzers.Documents.Accessibility.Page
{
    /// <summary>
    /// Page-level and meta rules: INCL340-INCL345, INCL347, INCL348. Language (INCL341) also applies to
    /// elements inside the page and to raw HTML in Markdown.
    /// </summary>
    internal static class PageRules
    {
        /// <summary>The &lt;html&gt; element of a full page: lang present, valid, and matching xml:lang; the page has a title.</summary>
        public static void HtmlElement(HtmlCheck check, IElement html)
        {
            var lang = html.GetAttribute("lang");
            var xmlLang = html.GetAttribute("xml:lang");
            if (TextNormal.IsBlank(lang))
            {
                check.Report("INCL340", html, string.IsNullOrEmpty(xmlLang)
                    ? "The page has no language. Add lang=\"…\" to <html> (for example lang=\"en\") so screen readers pronounce it correctly."
                    : "The page's language is only given by xml:lang, which HTML ignores. Add the same value as lang=\"…\" on <html>.");
            }
            else if (!check.IsRuntimeValue(lang) && LanguageTag.Problem(lang!) is { } langProblem)
            {
                check.Report("INCL341", html, $"lang=\"{lang}\" is not a valid language tag: {langProblem}. Use a BCP 47 tag such as \"en\" or \"de-CH\".", Severity.Error);
            }
            if (xmlLang != null && xmlLang.Length > 0)
            {
                if (check.IsRuntimeValue(xmlLang) || check.IsRuntimeValue(lang))
                {
                    // written when the page runs: neither its spelling nor its agreement is known here
                }
                else if (LanguageTag.Problem(xmlLang) is { } xmlProblem)
                {
                    check.Report("INCL341", html, $"xml:lang=\"{xmlLang}\" is not a valid language tag: {xmlProblem}. Use a BCP 47 tag such as \"en\".", Severity.Error);
                }
                else if (!TextNormal.IsBlank(lang) && LanguageTag.Problem(lang!) is null && LanguageCodes.Primary(lang!) != LanguageCodes.Primary(xmlLang))
                {
                    check.Report("INCL342", html, $"lang=\"{lang}\" and xml:lang=\"{xmlLang}\" name different languages. Make them agree.");
                }
            }

            var title = FindTitle(check.Document);
            if (title == null || TextNormal.IsBlank(title.TextContent))
            {
                if (title != null) check.Report("INCL343", title, "The page's <title> is empty. Say what the page is about; it is the first thing announced.", Severity.Error);
                else check.Report("INCL343", html, "The page has no <title>. Add one in <head> that says what the page is about.", Severity.Error);
            }
            else
            {
                int max = check.Context.A11y.MaxTitleLength;
                int length = TextNormal.Collapse(title.TextContent, int.MaxValue).Length;
                if (max > 0 && length > max)
                {
                    check.Report("INCL343", title, $"The page title is {length} characters long (limit {max}). Put the most specific words first and shorten it.", Severity.Suggestion);
                }
            }
        }

        /// <summary>
        /// INCL341 on elements other than &lt;html&gt; (warning), ACT de46e4: only where some text takes its
        /// language from the element (text shown or announced that no nested lang claims).
        /// </summary>
        public static void ElementLang(HtmlCheck check, IElement element)
        {
            foreach (var attribute in new[] { "lang", "xml:lang" })
            {
                var value = element.GetAttribute(attribute);
                if (value == null || value.Length == 0 || check.IsRuntimeValue(value) || !(LanguageTag.Problem(value) is { } problem)) continue;
                if (!HasTextInheritingLanguage(element)) continue;
                check.Report("INCL341", element, $"{attribute}=\"{value}\" is not a valid language tag: {problem}. Use a BCP 47 tag such as \"en\" or \"de-CH\".", Severity.Warning);
            }
        }

        /// <summary>
        /// Some text takes its language from the element: a non-blank text node, alt, aria-label or title in
        /// it, outside descendants with a lang of their own and outside parts hidden from everyone
        /// (aria-hidden text is still shown, so it counts).
        /// </summary>
        private static bool HasTextInheritingLanguage(IElement element)
        {
            var stack = new Stack<INode>();
            var children = new List<INode>();
            stack.Push(element);
            while (stack.Count > 0)
            {
                var node = stack.Pop();
                if (node is IText text)
                {
                    if (!TextNormal.IsBlank(text.Data)) return true;
                    continue;
                }
                if (!(node is IElement e)) continue;
                if (e != element)
                {
                    if (!string.IsNullOrWhiteSpace(e.GetAttribute("lang"))) continue;
                    var name = e.LocalName;
                    if (name == "script" || name == "style" || name == "template") continue;
                }
                if (e.HasAttribute("hidden") || HtmlFacts.StyleHides(e.GetAttribute("style"))) continue;
                if (HtmlFacts.HasNonBlank(e, "alt") || HtmlFacts.HasNonBlank(e, "aria-label") || HtmlFacts.HasNonBlank(e, "title")) return true;
                ChildWalk.Nodes(e, children);
                for (int i = children.Count - 1; i >= 0; i--) stack.Push(children[i]);
            }
            return false;
        }

        public static void Meta(HtmlCheck check, IElement meta)
        {
            if (string.Equals(meta.GetAttribute("name")?.Trim(), "viewport", StringComparison.OrdinalIgnoreCase)) Viewport(check, meta);
            if (string.Equals(meta.GetAttribute("http-equiv")?.Trim(), "refresh", StringComparison.OrdinalIgnoreCase)) Refresh(check, meta);
        }

        /// <summary>INCL344: user-scalable=no (or a number between -1 and 1), or maximum-scale below 2.</summary>
        private static void Viewport(HtmlCheck check, IElement meta)
        {
            var content = meta.GetAttribute("content");
            if (string.IsNullOrEmpty(content)) return;
            foreach (var part in content!.Split(',', ';'))
            {
                int eq = part.IndexOf('=');
                if (eq < 0) continue;
                var key = part.Substring(0, eq).Trim().ToLowerInvariant();
                var value = part.Substring(eq + 1).Trim().ToLowerInvariant();
                if (key == "user-scalable")
                {
                    // ACT b4f0c3: yes, device-width and device-height allow zoom, a number outside (-1, 1) too;
                    // anything else (no, 0.5, a misspelling) fixes the zoom.
                    bool allowed = value == "yes" || value == "device-width" || value == "device-height" ||
                                   (TryNumber(value, out double n) && (n <= -1 || n >= 1));
                    bool blocked = !allowed;
                    if (blocked)
                    {
                        check.Report("INCL344", meta, $"user-scalable={value} stops people from zooming. Remove it from the viewport meta tag.");
                        return;
                    }
                }
                else if (key == "maximum-scale")
                {
                    // device-width and device-height are large; a negative number is ignored; a word that is
                    // not a number ("yes", a misspelling) counts as a small scale, as browsers read it.
                    if (value == "device-width" || value == "device-height") continue;
                    if (!TryNumber(value, out double scale) || (scale >= 0 && scale < 2))
                    {
                        check.Report("INCL344", meta, $"maximum-scale={value} limits zooming to less than 200%. Remove it or set it to at least 2.");
                        return;
                    }
                }
            }
        }

        /// <summary>INCL345: a refresh or redirect after a delay of more than 0 and at most 20 hours.</summary>
        private static void Refresh(HtmlCheck check, IElement meta)
        {
            var content = meta.GetAttribute("content")?.Trim();
            if (string.IsNullOrEmpty(content)) return;
            int end = 0;
            while (end < content!.Length && (char.IsDigit(content[end]) || content[end] == '.')) end++;
            if (end == 0 || !double.TryParse(content.Substring(0, end), NumberStyles.Float, CultureInfo.InvariantCulture, out double delay)) return;
            if (delay > 0 && delay <= 72000)
            {
                check.Report("INCL345", meta, $"The page refreshes or redirects after {content.Substring(0, end)} seconds, before people may have finished reading. " +
                                              "Redirect at once (content=\"0; url=…\") or let people follow a link.");
            }
        }

        public static void Body(HtmlCheck check, IElement body)
        {
            if (HtmlFacts.IsAriaHiddenTrue(body))
            {
                check.Report("INCL347", body, "aria-hidden=\"true\" on <body> hides the whole page from assistive technology. Remove it.");
            }
        }

        public static void BlinkOrMarquee(HtmlCheck check, IElement element)
        {
            check.Report("INCL348", element, $"{HtmlCheck.Describe(element)} moves or blinks and cannot be paused. Use plain text (and CSS that respects reduced motion) instead.");
        }

        // The page's title as browsers read it (document.title, ACT 2779a5): the first HTML <title> in tree order. Usually a
        // child of <head>; but text before it in <head> (a server template's placeholder such as %X_UA_COMPATIBLE%) makes the
        // parser close <head> early and put the title in <body>, where it still names the page.
        private static IElement? FindTitle(IDocument document)
        {
            var head = document.Head;
            if (head != null)
            {
                foreach (var child in head.Children)
                {
                    if (child.LocalName == "title")
                    {
                        return child;
                    }
                }
            }

            var root = document.DocumentElement;
            return root == null ? null : FirstHtmlTitle(root);
        }

        // Tree order, without recursion (a page may nest deeply).
        private static IElement? FirstHtmlTitle(IElement root)
        {
            var pending = new Stack<IElement>();
            pending.Push(root);
            while (pending.Count > 0)
            {
                var element = pending.Pop();
                if (element.LocalName == "title" && element.NamespaceUri == AngleSharp.Dom.NamespaceNames.HtmlUri)
                {
                    return element;
                }

                var children = element.ChildNodes; // indexed: sibling links rescan the parent's list
                for (int i = children.Length - 1; i >= 0; i--)
                {
                    if (children[i] is IElement child)
                    {
                        pending.Push(child);
                    }
                }
            }

            return null;
        }

        private static bool TryNumber(string value, out double number)
        {
            if (value == "yes") { number = 1; return true; }
            return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out number);
        }
    }
}
