using System.Collections.Generic;
using InclusiveAnalyzers.Documents.Analysis;
using InclusiveAnalyzers.Documents.Markdown;
using InclusiveAnalyzers.Core.Terms;
using Markdig.Syntax;

namespace InclusiveAnalyzers.Documents.Wording
{
    /// <summary>
    /// INCL201/INCL202 over the prose of a document, and INCL203 over its file name. Markdown prose
    /// is the literal text of each block (link texts and image alts included; code, URLs and link
    /// destinations never); raw HTML goes through <see cref="HtmlProse"/>. Everything is laid into
    /// one <see cref="ProseView"/> and matched in a single pass, so phrases split over two lines or
    /// around emphasis are still found.
    /// </summary>
    internal static class ProseWording
    {
        public static void CheckRange(DocumentContext context, int start, int length)
        {
            WordingMatcher.For(context).CheckProse(start, length);
        }

        public static void CheckFileName(DocumentContext context)
        {
            WordingMatcher.For(context).CheckFileName(context.RelativePath);
        }

        public static void CheckHtml(DocumentContext context, int start, int end) => CheckHtml(context, context.Text, start, end);

        /// <param name="text">The markup to read: the file itself, or a copy of it with the same offsets (Razor's code blanked).</param>
        public static void CheckHtml(DocumentContext context, string text, int start, int end)
        {
            using var view = new ProseView(text);
            List<(int HrefStart, int HrefLength, int Start, int End)>? links = null;
            HtmlProse.Scan(text, start, end, (s, l, attribute) => Lay(view, text, s, l, attribute), (hrefStart, hrefLength, contentStart, contentEnd) =>
            {
                // Only absolute addresses can carry a name (see LinkNames): most links of a page are relative.
                if (hrefLength > 8 && text.IndexOf("://", hrefStart, hrefLength, System.StringComparison.Ordinal) > 0)
                {
                    (links ??= new List<(int, int, int, int)>()).Add((hrefStart, hrefLength, contentStart, contentEnd));
                }
            });
            // Hit-first: most pages hold no term, and what follows only blanks names (never adds a word).
            if (!WordingMatcher.For(context).HasCandidate(view)) return;
            if (WordingMatcher.For(context).MaskNames)
            {
                ApiDescriptions.Blank(text, view, start, end);
                MemberHeadings.BlankHtml(text, view, start, end); // "<h5><code>request.aborted</code></h5> ... <p>... been aborted."
            }
            if (links != null)
            {
                var names = new List<string>();
                foreach (var (hrefStart, hrefLength, contentStart, contentEnd) in links)
                {
                    var linkText = view.Slice(contentStart, contentEnd);
                    if (!LinkNames.IsName(linkText, text.Substring(hrefStart, hrefLength))) continue;
                    view.Blank(contentStart, contentEnd);
                    LinkNames.Add(names, linkText);
                }
                SpreadNames(context, view, names);
            }
            WordingMatcher.For(context).CheckProse(view.ToString(), start, end - start);
        }

        /// <summary>A name established by a link (see <see cref="LinkNames"/>) is the same name wherever else the document writes it, in the same case.</summary>
        private static void SpreadNames(DocumentContext context, ProseView view, List<string> names)
        {
            foreach (var name in names)
            {
                if (WordingMatcher.For(context).HasTerm(name)) view.BlankName(name);
            }
        }

        public static void CheckMarkdown(DocumentContext context, MarkdownModel model)
        {
            var text = context.Text;
            using var view = new ProseView(text);

            var frontMatter = context.FrontMatter;
            if (frontMatter != null)
            {
                foreach (var key in new[] { "title", "description", "summary" })
                {
                    if (frontMatter.TryGetValue(key, out var value, out int offset) && offset >= 0)
                    {
                        view.Copy(offset, offset + value.Length);
                        view.Break(offset + value.Length);
                    }
                }
            }

            // Literal text of each block; a phrase never runs from one block (or table cell) into the next.
            int lastLeaf = -1, lastEnd = -1;
            foreach (var (start, end, leaf) in model.Literals)
            {
                if (leaf != lastLeaf && lastEnd >= 0 && lastEnd < start) view.Break(lastEnd);
                else if (leaf == lastLeaf && lastEnd >= 0 && lastEnd < start) TypeBraces.Lay(view, text, lastEnd, start);
                lastLeaf = leaf;
                lastEnd = end;
                if (model.HtmlCodeLiterals.Contains(start)) continue; // inside an inline <code>
                view.Copy(start, end);
            }

            // Character references to quotation marks in the text (&quot;, &ldquo;) are read as the marks.
            foreach (var (start, end) in model.Entities) QuoteEntities.Lay(view, text, start, end);

            // A code span holding one code name (`request.signal`, `AbortSignal`) is laid as it is: the matcher
            // never matches a code name, but the words around it can now see it ("`request.signal` is aborted").
            foreach (var (start, end, _) in model.CodeSpans)
            {
                int contentStart = start, contentEnd = end;
                while (contentStart < contentEnd && text[contentStart] == '`') contentStart++;
                while (contentEnd > contentStart && text[contentEnd - 1] == '`') contentEnd--;
                if (contentEnd - contentStart < 4) continue;
                if (TextMask.ClassifyRun(text, contentStart, contentEnd, out int runEnd) == RunKind.Code && runEnd == contentEnd) view.Copy(contentStart, contentEnd);
            }

            foreach (var block in model.HtmlBlocks)
            {
                if (block.Type == HtmlBlockType.Comment || block.Span.IsEmpty) continue;
                HtmlProse.Scan(model.ParsedText, block.Span.Start, block.Span.End + 1, (s, l, attribute) => Lay(view, model.ParsedText, s, l, attribute));
                view.Break(block.Span.End + 1);
            }
            foreach (var inline in model.HtmlInlines)
            {
                if (inline.Span.IsEmpty) continue;
                HtmlProse.Scan(model.ParsedText, inline.Span.Start, inline.Span.End + 1, (s, l, attribute) => Lay(view, model.ParsedText, s, l, attribute));
            }

            // What a dialect's markup blanked before parsing (MyST roles, MDX expressions) is no prose either.
            // (Only when a dialect did: the front matter's blanks were never laid.)
            if (context.DialectBlanked) view.Mask(model.ParsedText, frontMatter?.End ?? 0);

            // Hit-first: most documents hold no term, and what follows only blanks names (never adds a word).
            if (!WordingMatcher.For(context).HasCandidate(view)) return;

            // Link texts that name what they link to (products, projects) are names, not words.
            List<string>? names = null;
            foreach (var link in model.Links)
            {
                var node = link.Node;
                if (node.Span.IsEmpty || string.IsNullOrEmpty(node.Url)) continue;
                if (node.Url!.IndexOf("://", System.StringComparison.Ordinal) < 0) continue; // cheap test first: names need an absolute address
                var linkText = InlineText.Collect(node).Text;
                if (!LinkNames.IsName(linkText, node.Url)) continue;
                view.Blank(node.Span.Start, node.Span.End + 1);
                LinkNames.Add(names ??= new List<string>(), linkText);
            }
            if (names != null)
            {
                SpreadNames(context, view, names);
                ImageNames.Blank(model, view, names);
            }

            // The member names of API reference lists ("- **abort** `function` - ...") are names too.
            if (WordingMatcher.For(context).MaskNames)
            {
                ApiEntryNames.Blank(text, view);
                ErrorCodeRows.Blank(text, view); // "`TransactionError` | EABORT | Transaction has been aborted."
                CodeNamedHeadings.Blank(model, text, view); // "### request aborted" over "the `type` is `'request.aborted'`"
                MemberHeadings.Blank(model, text, view); // "### `ABORT_ERR`" over "Used when an operation has been aborted"
                EmphasizedPlaceholders.Blank(model, text, view, WordingMatcher.For(context).HasTerm); // "*master-name*" of "get-master-addr-by-name master-name"
                ConfigurationBlocks.Blank(text, view); // Home Assistant's "{% configuration %}" YAML: "slave:" is an option's name
                NameColumnTables.Blank(model, text, view); // "| Attribute | Description |" then "| slave | Slave address, alternative to unit |"
                TermListTables.Blank(model, text, view); // "| Deprecated | Inclusive |" then "| Whitelist | Allowlist |"
                AdvisedAgainstWords.Blank(model, text, view); // "Avoid describing people as _disabled_, _handicapped_"
            }

            WordingMatcher.For(context).CheckProse(view.ToString(), 0, text.Length);
        }

        private static void Lay(ProseView view, string text, int start, int length, bool attribute)
        {
            view.Copy(start, start + length);
            QuoteEntities.Lay(view, text, start, start + length);
            if (!attribute) return;
            // An attribute value (alt, title) is a phrase of its own, never joined to the text around its tag.
            view.Break(start - 1);
            view.Break(start + length);
        }
    }
}
