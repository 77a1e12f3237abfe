using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using InclusiveAnalyzers.Documents.Markdown;

namespace InclusiveAnalyzers.Documents.Wording
{
    /// <summary>
    /// An API reference that heads each member with its name in code and describes it below (node's docs, Markdown and the
    /// HTML its generator makes): "#### Event: `'aborted'`" then "The 'aborted' event is emitted whenever a stream is
    /// abnormally aborted", "##### `request.aborted`" then "... will be true if the request has been aborted", "###
    /// `ABORT_ERR`" then "Used when an operation has been aborted". As with a <c>&lt;dt&gt;</c> and its
    /// <c>&lt;dd&gt;</c> (see <see cref="ApiDescriptions"/>), the words of the member's name in the section's first
    /// paragraph are that name. The heading must hold the code name alone (a label such as "Event:" or "Class:" may come
    /// first); other words, later paragraphs and headings in words are read.
    /// </summary>
    internal static class MemberHeadings
    {
        // A section's first paragraph comes soon after its heading; every search is bounded.
        private const int MaxReach = 4 * 1024;

        // "Event: `'aborted'`", "Static method: `Buffer.alloc(size)`", "`request.aborted`", an optional {#id} after it.
        private static readonly Regex MarkdownHeading = new Regex(
            @"^ {0,3}#{1,6}[ \t]+(?:[A-Za-z][A-Za-z ]{0,30}:[ \t]*)?`+([^`\n]{3,80})`+[ \t]*(?:\{#[^}\n]*\})?[ \t#]*$",
            RegexOptions.CultureInvariant);

        /// <summary>Markdown: blanks the forms of a code-named heading's member words in its section's first paragraph.</summary>
        public static void Blank(MarkdownModel model, string text, ProseView view)
        {
            var headings = model.Headings;
            for (int h = 0; h < headings.Count; h++)
            {
                var span = headings[h].Block.Span;
                if (span.IsEmpty || span.Start < 0) continue;
                int headingEnd = Math.Min(text.Length, span.End + 1);
                var match = MarkdownHeading.Match(text.Substring(span.Start, headingEnd - span.Start));
                if (!match.Success) continue;
                var parts = Parts(match.Groups[1].Value);
                if (parts == null) continue;
                int sectionEnd = h + 1 < headings.Count ? headings[h + 1].Block.Span.Start : text.Length;
                var (start, end) = FirstMarkdownParagraph(text, headingEnd, Math.Min(sectionEnd, headingEnd + MaxReach));
                ApiDescriptions.BlankForms(text, view, start, end, parts);
            }
        }

        /// <summary>HTML: the same for &lt;h1&gt;-&lt;h6&gt; holding one &lt;code&gt; name, and the first &lt;p&gt; after it.</summary>
        public static void BlankHtml(string text, ProseView view, int start, int end)
        {
            end = Math.Min(end, text.Length);
            for (int h = NextHeading(text, start, end); h >= 0; h = NextHeading(text, h + 3, end))
            {
                int tagEnd = text.IndexOf('>', h);
                if (tagEnd < 0) return;
                string close = "</" + text.Substring(h + 1, 2);
                int headingEnd = text.IndexOf(close, tagEnd, Math.Min(end, tagEnd + MaxReach) - tagEnd, StringComparison.OrdinalIgnoreCase);
                if (headingEnd < 0) continue;
                var parts = Parts(HtmlHeadingName(text, tagEnd + 1, headingEnd));
                if (parts == null) continue;
                int stop = Math.Min(end, headingEnd + MaxReach);
                int next = NextHeading(text, headingEnd, stop);
                if (next >= 0) stop = next;
                int p = ApiDescriptions.IndexOfTag(text, "<p", headingEnd, stop);
                if (p < 0) continue;
                int pEnd = text.IndexOf("</p>", p, stop - p, StringComparison.OrdinalIgnoreCase);
                ApiDescriptions.BlankForms(text, view, p, pEnd < 0 ? stop : pEnd, parts);
            }
        }

        // The member name's words: the last dotted part, quotes and a parameter list aside ('aborted', request.aborted(), ABORT_ERR).
        private static List<string>? Parts(string? code)
        {
            if (code == null) return null;
            var name = ApiDescriptions.MemberName(code.Trim().Trim('\'', '"')); // the last dotted part, without a parameter list
            if (name == null) return null;
            var parts = ApiDescriptions.NameParts(name);
            return parts.Count == 0 ? null : parts;
        }

        // The one <code> of a heading whose other text is at most a label ("Event:") and permalink marks; else null.
        private static string? HtmlHeadingName(string text, int start, int end)
        {
            int code = text.IndexOf("<code", start, end - start, StringComparison.OrdinalIgnoreCase);
            if (code < 0) return null;
            int codeOpen = text.IndexOf('>', code, end - code);
            int codeClose = codeOpen < 0 ? -1 : text.IndexOf("</code>", codeOpen, end - codeOpen, StringComparison.OrdinalIgnoreCase);
            if (codeClose < 0 || text.IndexOf("<code", codeClose, end - codeClose, StringComparison.OrdinalIgnoreCase) >= 0) return null;
            var before = TextOf(text, start, code);
            if (before.Length > 0 && !(before.EndsWith(":", StringComparison.Ordinal) && before.Length <= 32)) return null;
            var after = TextOf(text, codeClose + 7, end);
            foreach (char c in after)
            {
                if (c != '#' && c != '\u00B6' && c != '\u00A7') return null;
            }
            return TextOf(text, codeOpen + 1, codeClose).Replace("&#39;", "'").Replace("&quot;", "\"");
        }

        // Text without tags and white space at its ends.
        private static string TextOf(string text, int start, int end)
        {
            var sb = new System.Text.StringBuilder();
            for (int i = start; i < end; i++)
            {
                if (text[i] == '<')
                {
                    int close = text.IndexOf('>', i, end - i);
                    if (close < 0) break;
                    i = close;
                    continue;
                }
                sb.Append(text[i]);
            }
            return sb.ToString().Trim();
        }

        // The first paragraph of a Markdown section: lines up to a blank line, past blank lines, HTML comments (node's
        // <!-- YAML --> history), anchors and list items (a member's type, "* {boolean}").
        private static (int Start, int End) FirstMarkdownParagraph(string text, int from, int stop)
        {
            int i = from;
            bool inComment = false;
            while (i < stop)
            {
                int lineEnd = text.IndexOf('\n', i, stop - i);
                if (lineEnd < 0) lineEnd = stop;
                var line = text.Substring(i, lineEnd - i).Trim();
                if (inComment)
                {
                    if (line.Contains("-->")) inComment = false;
                }
                else if (line.StartsWith("<!--", StringComparison.Ordinal))
                {
                    inComment = !line.Contains("-->");
                }
                else if (line.Length > 0 && !line.StartsWith("<a ", StringComparison.OrdinalIgnoreCase) && !line.StartsWith("* ", StringComparison.Ordinal)
                         && !line.StartsWith("- ", StringComparison.Ordinal) && !line.StartsWith("```", StringComparison.Ordinal))
                {
                    int paragraphEnd = text.IndexOf("\n\n", i, stop - i, StringComparison.Ordinal);
                    return (i, paragraphEnd < 0 ? stop : paragraphEnd);
                }
                else if (line.StartsWith("```", StringComparison.Ordinal))
                {
                    return (i, i); // code first: no paragraph describes the name
                }
                i = lineEnd + 1;
            }
            return (stop, stop);
        }

        private static int NextHeading(string text, int from, int end)
        {
            for (int at = from < end ? text.IndexOf("<h", from, end - from, StringComparison.OrdinalIgnoreCase) : -1; at >= 0;
                 at = at + 2 < end ? text.IndexOf("<h", at + 2, end - at - 2, StringComparison.OrdinalIgnoreCase) : -1)
            {
                if (at + 3 < text.Length && text[at + 2] >= '1' && text[at + 2] <= '6' && (text[at + 3] == '>' || char.IsWhiteSpace(text[at + 3]))) return at;
            }
            return -1;
        }
    }
}
