using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace InclusiveAnalyzers.Documents.Html
{
    /// <summary>
    /// Text that the page's own stylesheets put before or after an element with ::before / ::after
    /// content: it is part of the element's name (accname 2F, CSS-generated content). pdoc writes its
    /// permalink anchors as empty links, <c>&lt;a class="headerlink" href="#x"&gt;&lt;/a&gt;</c>, and its inline
    /// stylesheet gives them <c>.pdoc .headerlink::before{content:"#"}</c>.
    /// Read narrowly, so that a rule the page does not apply cannot silence a finding: only &lt;style&gt;
    /// elements of the document, only selectors whose last part is one class (optionally with an element
    /// name) followed by the pseudo-element, and only a quoted literal string with a letter, digit or
    /// punctuation mark and no CSS escape (an icon font's "\f0c9" is a glyph, not text). Ancestor parts of
    /// the selector are not matched.
    /// </summary>
    internal static class GeneratedContent
    {
        private static readonly ConditionalWeakTable<IDocument, Dictionary<string, (string Before, string After)>> ByClass =
            new ConditionalWeakTable<IDocument, Dictionary<string, (string, string)>>();

        private static readonly Regex Rule = new Regex(@"([^{}]+)\{([^{}]*)\}", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        private static readonly Regex LastPart = new Regex(@"(?:^|[\s>+~])(?:[A-Za-z][\w-]*)?\.([\w-]+)::?(before|after)$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        private static readonly Regex Content = new Regex(@"(?:^|;)\s*content\s*:\s*(?:""([^""\\]*)""|'([^'\\]*)')\s*(?:!important\s*)?(?:;|$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));

        /// <summary>The page's generated text by class, read once per document; null when the page generates none.</summary>
        public static Dictionary<string, (string Before, string After)>? Table(IDocument? document)
        {
            if (document == null) return null;
            var table = ByClass.GetValue(document, Read);
            return table.Count == 0 ? null : table;
        }

        /// <summary>Text generated before and after the element (empty strings when none), from the page's <see cref="Table"/>.</summary>
        public static (string Before, string After) Of(IElement element, Dictionary<string, (string Before, string After)> table)
        {
            string before = "", after = "";
            foreach (var name in element.ClassList)
            {
                if (!table.TryGetValue(name, out var text)) continue;
                if (text.Before.Length > 0) before = text.Before;
                if (text.After.Length > 0) after = text.After;
            }
            return (before, after);
        }

        private static Dictionary<string, (string Before, string After)> Read(IDocument document)
        {
            var table = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
            foreach (var style in document.GetElementsByTagName("style"))
            {
                var css = style.TextContent;
                if (css.IndexOf("content", StringComparison.OrdinalIgnoreCase) < 0) continue;
                try
                {
                    foreach (Match rule in Rule.Matches(css))
                    {
                        var declaration = Content.Match(rule.Groups[2].Value);
                        if (!declaration.Success) continue;
                        var text = declaration.Groups[1].Success ? declaration.Groups[1].Value : declaration.Groups[2].Value;
                        if (!IsText(text)) continue;
                        foreach (var selector in rule.Groups[1].Value.Split(','))
                        {
                            var last = LastPart.Match(selector.Trim());
                            if (!last.Success) continue;
                            var name = last.Groups[1].Value;
                            table.TryGetValue(name, out var pair);
                            table[name] = last.Groups[2].Value == "before" ? (text, pair.Item2 ?? "") : (pair.Item1 ?? "", text);
                        }
                    }
                }
                catch (RegexMatchTimeoutException)
                {
                    // A stylesheet too tangled to read in time gives no text: the element keeps its findings.
                }
            }
            return table;
        }

        private static bool IsText(string text)
        {
            foreach (var c in text)
            {
                if (char.IsLetterOrDigit(c) || char.IsPunctuation(c) || char.IsSymbol(c))
                {
                    if (c >= '\uE000' && c <= '\uF8FF') return false;
                    return true;
                }
            }
            return false;
        }
    }
}
