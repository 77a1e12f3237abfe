using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using InclusiveAnalyzers.Documents.Analysis;
using InclusiveAnalyzers.Documents.Markdown;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace InclusiveAnalyzers.Documents.Accessibility.Headings
{
    /// <summary>Markdown-only heading rules: INCL324 (empty), INCL325 (emphasis used as a heading), INCL326 (broken '#' syntax).</summary>
    internal static class MarkdownHeadingRules
    {
        /// <summary>Runs the rules and adds the Markdown headings to the outline.</summary>
        public static void Run(DocumentContext context, MarkdownModel model, List<OutlineHeading> outline)
        {
            foreach (var item in model.Headings)
            {
                var heading = item.Block;
                var (offset, length) = MarkdownSpan.Of(heading);
                var info = InlineText.Collect(heading.Inline);
                outline.Add(new OutlineHeading(heading.Level, offset, length, item.InBlockquote, IsDocfxTab(heading)));
                if (TextNormal.IsBlank(info.Text) && !info.HasHtml && IsBlankInSource(model.ParsedText, offset))
                {
                    context.Report("INCL324", offset, length,
                        "The heading is empty, so it is announced without a name. Write its title after the hashes, or remove it.");
                }
            }

            bool? manualPage = null;
            foreach (var paragraph in model.Paragraphs)
            {
                CheckEmphasisAsHeading(context, paragraph, outline, ref manualPage);
                CheckBrokenHeading(context, model.ParsedText, paragraph);
            }
        }

        /// <summary>
        /// The heading's source line holds no title: after the hashes only closing hashes or one attribute
        /// block (<c>## {#id}</c>). Markdig reads <c>## {b} c</c> as attributes and drops " c", but the title is there.
        /// </summary>
        private static bool IsBlankInSource(string text, int offset)
        {
            if (offset < 0 || offset >= text.Length) return true;
            int lineEnd = text.IndexOfAny(LineBreaks, offset);
            if (lineEnd < 0) lineEnd = text.Length;
            int i = offset;
            while (i < lineEnd && (text[i] == ' ' || text[i] == '\t')) i++;
            if (i >= lineEnd || text[i] != '#') return true; // setext: its inlines are the text
            while (i < lineEnd && text[i] == '#') i++;
            var rest = text.Substring(i, lineEnd - i).Trim().TrimEnd('#').Trim();
            if (rest.Length == 0) return true;
            return rest[0] == '{' && rest.IndexOf('}') == rest.Length - 1;
        }

        private static bool IsDocfxTab(HeadingBlock heading)
        {
            for (var child = heading.Inline?.FirstChild; child != null; child = child.NextSibling)
            {
                if (child is LinkInline link && link.Url != null && link.Url.StartsWith("#tab/", StringComparison.OrdinalIgnoreCase)) return true;
            }
            return false;
        }

        private static readonly char[] LineBreaks = { '\n', '\r' };

        /// <summary>
        /// A fake heading: a one-line top-level paragraph that is a single bold or italic run, short as a
        /// title is, without closing punctuation, that is not a call-out label (<c>**Note**</c>,
        /// <c>**Warning**</c>, <c>**New in version 4.0**</c>: they qualify the text that follows rather than
        /// name a section), and that is followed by content it could title (not by a heading, a rule or
        /// the end of the document). A Markdown manual page (<see cref="ManualPageOutline"/>) has none: its only headings
        /// are its sections, and a paragraph wholly bold or italic there is the manual's typography, a command in bold or
        /// a replaceable argument in italics (PipeWire's <c>pw-link.1.md</c>: <c>*port-id*</c>, then what it is), asked
        /// once per file and only when a paragraph would otherwise be reported.
        /// </summary>
        private static void CheckEmphasisAsHeading(DocumentContext context, ParagraphBlock paragraph, List<OutlineHeading> outline, ref bool? manualPage)
        {
            if (!(paragraph.Parent is MarkdownDocument document) || paragraph.Span.IsEmpty) return;
            // The shape of the inlines first: it rules out nearly every paragraph without reading its text.
            var inline = paragraph.Inline;
            if (inline?.FirstChild == null || inline.FirstChild.NextSibling != null) return;
            if (!(inline.FirstChild is EmphasisInline emphasis) || !HoldsOnlyText(emphasis)) return;
            int spanEnd = Math.Min(paragraph.Span.End + 1, context.Text.Length);
            if (spanEnd > paragraph.Span.Start && context.Text.IndexOfAny(LineBreaks, paragraph.Span.Start, spanEnd - paragraph.Span.Start) >= 0) return; // one line only
            var text = InlineText.Collect(emphasis).Text.Trim();
            if (text.Length == 0 || !IsTitleLength(text) || IsQuotation(text) || IsParenthetical(text) || IsCommaSentence(text) || EndsInLeadInWord(text) || IsFilePath(text)) return;
            // "It works."" and (a note.) end in punctuation too: look past closing quotes and brackets.
            var end = text.TrimEnd('"', '\'', '\u201D', '\u2019', '\u00BB', ')', ']', '*', '_');
            if (end.Length == 0) return;
            char last = end[end.Length - 1];
            if (".,;:!?\u2026\u3002\uFF0C\uFF1B\uFF1A\uFF01\uFF1F".IndexOf(last) >= 0) return;
            if (IsCallOutLabel(text) || !IsFollowedByContent(document, paragraph) || IsDefinitionTerm(context.Text, document, paragraph)) return;
            if (IsCodeCaption(context.Text, document, paragraph, text)) return;
            manualPage ??= ManualPageOutline.Is(context, outline);
            if (manualPage.Value) return;
            var (offset, length) = MarkdownSpan.Of(paragraph);
            context.Report("INCL325", offset, length,
                $"'{TextNormal.Collapse(text)}' is styled like a heading but is a paragraph, so it does not appear in the outline. Use a heading (## {TextNormal.Collapse(text)}) instead.");
        }

        /// <summary>
        /// Literals and emphasis only, at every depth: a link, code or HTML anywhere inside (<c>**Chat: _[Telegram](…)_**</c>)
        /// makes a line of links or code, as a link directly inside (<c>**[Docs](…)**</c>) does.
        /// </summary>
        private static bool HoldsOnlyText(EmphasisInline emphasis)
        {
            for (var child = emphasis.FirstChild; child != null; child = child.NextSibling)
            {
                if (child is LiteralInline) continue;
                if (!(child is EmphasisInline inner) || !HoldsOnlyText(inner)) return false;
            }
            return true;
        }

        /// <summary>
        /// A line wholly in parentheses (<c>_**(This API is experimental and may change)**_</c>) is an aside about the
        /// text around it; a title is not written in brackets.
        /// </summary>
        private static bool IsParenthetical(string text) =>
            text.Length > 2 && text[0] == '(' && text[text.Length - 1] == ')' && text.IndexOf(')') == text.Length - 1;

        /// <summary>
        /// A file path set in italics, one to a paragraph, as a manual page lists the files it reads (PipeWire's
        /// <c>*$XDG_CONFIG_HOME/pipewire/jack.conf*</c>, <c>*$(PIPEWIRE_CONFIG_DIR)/jack.conf.d/*</c> under SYNOPSIS):
        /// one word with a slash that starts like a path (<c>/</c>, <c>~</c>, <c>$</c>, <c>.</c>) or has two slashes. A
        /// title is words; <c>**Input/Output**</c>, one slash between two words, can still be one.
        /// </summary>
        private static bool IsFilePath(string text)
        {
            int slashes = 0;
            foreach (char c in text)
            {
                if (char.IsWhiteSpace(c)) return false;
                if (c == '/') slashes++;
            }
            if (slashes == 0) return false;
            char first = text[0];
            return slashes >= 2 || first == '/' || first == '~' || first == '$' || first == '.';
        }

        // Words that cannot end a title because they need what follows: prepositions that take an object, articles, conjunctions.
        private static readonly string[] LeadInLastWords = { "to", "by", "with", "of", "the", "a", "an", "and", "or" };

        /// <summary>
        /// A line ending in a word that needs a complement (<c>_Special thanks to_</c>, <c>**Powered by**</c>) runs on into
        /// the content below it: the start of a sentence, not a title.
        /// </summary>
        private static bool EndsInLeadInWord(string text)
        {
            int end = text.Length;
            while (end > 0 && !char.IsLetter(text[end - 1])) end--;
            int start = end;
            while (start > 0 && char.IsLetter(text[start - 1])) start--;
            if (start == 0 || start == end) return false; // one word alone ("**A**") is no lead-in
            var last = text.Substring(start, end - start);
            foreach (var word in LeadInLastWords)
            {
                if (string.Equals(last, word, StringComparison.OrdinalIgnoreCase)) return true;
            }
            return false;
        }

        /// <summary>
        /// Titles are short (at most 12 words and 100 characters) and one phrase: a sentence end inside
        /// ("I fumbled it. I did not...") makes a quote or an aside, not a title.
        /// </summary>
        private static bool IsTitleLength(string text)
        {
            if (text.Length > 100) return false;
            for (int i = 0; i + 1 < text.Length; i++)
            {
                if ((text[i] == '.' || text[i] == '!' || text[i] == '?') && text[i + 1] == ' ') return false;
            }
            return WordCount(text) <= 12;
        }

        /// <summary>
        /// A line wholly in quotation marks (<c>**_"Intentionally left blank"_**</c>) quotes someone or
        /// something; a title is not written as a quote.
        /// </summary>
        private static bool IsQuotation(string text)
        {
            if (text.Length < 3) return false;
            char first = text[0], last = text[text.Length - 1];
            return (first == '"' && last == '"' && text.IndexOf('"', 1, text.Length - 2) < 0) || (first == '\u201C' && last == '\u201D') || (first == '\u201E' && last == '\u201C')
                || (first == '\u00AB' && last == '\u00BB') || (first == '\'' && last == '\'') || (first == '\u2018' && last == '\u2019');
        }

        /// <summary>
        /// A comma in a line of eight words or more makes a sentence with a clause
        /// (<c>*SystemD, Upstart and Launchd scripts work like a charm*</c>); a title that lists with commas
        /// lists a few nouns (<c>**Tips, tricks and gotchas**</c>).
        /// </summary>
        private static bool IsCommaSentence(string text)
        {
            return text.IndexOf(',') >= 0 && WordCount(text) >= 8;
        }

        private static int WordCount(string text)
        {
            int words = 0;
            bool inWord = false;
            foreach (char c in text)
            {
                bool space = char.IsWhiteSpace(c);
                if (!space && !inWord) words++;
                inWord = !space;
            }
            return words;
        }

        // The labels of admonitions (docutils/Sphinx, GitHub alerts, MkDocs, Docusaurus) and status markers.
        private static readonly string[] CallOutWords =
        {
            "note", "notes", "nb", "warning", "caution", "tip", "hint", "important", "danger", "attention", "info",
            "deprecated", "experimental", "obsolete", "beta", "alpha", "preview", "todo", "fixme", "tl;dr", "tldr",
            "released", "published", "updated", "posted",
            // Status marks standing in for a section's content (autographql's "## Usage" then "**WIP; TBD**").
            "wip", "tbd", "tba", "tbc",
        };

        // A date stamps the text that follows (a changelog's "_Released May 4, 2020_"), it does not title it.
        private static readonly Regex DateMarker = new Regex(
            @"\b(19|20)\d\d-\d\d-\d\d\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+(19|20)\d\d\b|\b\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+(19|20)\d\d\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        private static readonly Regex VersionMarker = new Regex(
            @"\bv?\d+\.\d+|\bv\d+\b|\b(added|changed|new|removed|deprecated|available)\s+(in|since)\b|\bsince\s+v?\d",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        /// <summary>A call-out label: an admonition or date-stamp word first ("Note", "Warning", "Released") or a version or date marker ("New in version 4.0", "Since v2", "May 4, 2020").</summary>
        private static bool IsCallOutLabel(string text)
        {
            int wordEnd = 0;
            while (wordEnd < text.Length && (char.IsLetter(text[wordEnd]) || text[wordEnd] == ';')) wordEnd++;
            if (wordEnd > 0)
            {
                // "TL;DR" keeps its semicolon; "WIP; TBD" is the word WIP, then a semicolon.
                var first = text.Substring(0, wordEnd).ToLowerInvariant();
                if (first.Length > 1 && first[first.Length - 1] == ';') first = first.Substring(0, first.Length - 1);
                foreach (var word in CallOutWords)
                {
                    if (first == word) return true;
                }
                // A request to the reader ("Please note", "Please read this first") introduces the text after it.
                if (first == "please") return true;
            }
            return IsAttentionPhrase(text) || VersionMarker.IsMatch(text) || DateMarker.IsMatch(text);
        }

        // Admonition words that end a short call-out phrase: "Pay attention", "Take note", "Security warning".
        // Not "notes" or "info": "Release notes" and "More info" title the list below them.
        private static readonly string[] CallOutLastWords = { "note", "warning", "caution", "tip", "hint", "danger", "attention" };

        /// <summary>A call-out phrase of at most three words ending in an admonition word ("Pay attention", "Important note").</summary>
        private static bool IsAttentionPhrase(string text)
        {
            if (WordCount(text) > 3) return false;
            int end = text.Length;
            while (end > 0 && !char.IsLetter(text[end - 1])) end--;
            int startOfWord = end;
            while (startOfWord > 0 && char.IsLetter(text[startOfWord - 1])) startOfWord--;
            if (startOfWord == end) return false;
            var last = text.Substring(startOfWord, end - startOfWord).ToLowerInvariant();
            foreach (var word in CallOutLastWords)
            {
                if (last == word) return true;
            }
            return false;
        }

        /// <summary>
        /// A caption of the code below it, not a section title: the next block is code and either starts
        /// on the very next line (<c>**test.js**</c> directly above the fence) or the label is a file name
        /// or path (<c>**src/app.js**</c>, a blank line between).
        /// </summary>
        private static bool IsCodeCaption(string source, MarkdownDocument document, ParagraphBlock paragraph, string label)
        {
            int index = document.IndexOf(paragraph);
            if (index < 0 || index + 1 >= document.Count || !(document[index + 1] is CodeBlock code) || code.Span.IsEmpty) return false;
            if (IsFileName(label)) return true;
            int from = Math.Min(paragraph.Span.End + 1, source.Length), to = Math.Min(code.Span.Start, source.Length);
            int lineBreaks = 0;
            for (int i = from; i < to; i++)
            {
                if (source[i] == '\n') lineBreaks++;
            }
            return lineBreaks <= 1;
        }

        // One run without spaces that ends in an extension of letters (app.js, Dockerfile.dev, src/main.rs).
        private static bool IsFileName(string label)
        {
            if (label.Length < 3 || label.IndexOf(' ') >= 0) return false;
            int dot = label.LastIndexOf('.');
            if (dot <= 0 || dot == label.Length - 1) return false;
            for (int i = dot + 1; i < label.Length; i++)
            {
                if (!char.IsLetterOrDigit(label[i])) return false;
            }
            return char.IsLetter(label[dot + 1]);
        }

        /// <summary>The next block at the top level is content (a paragraph, list, code, table, HTML...), not a heading, a rule or nothing.</summary>
        private static bool IsFollowedByContent(MarkdownDocument document, ParagraphBlock paragraph)
        {
            int index = document.IndexOf(paragraph);
            for (int i = index + 1; i >= 1 && i < document.Count; i++)
            {
                var next = document[i];
                if (next is LinkReferenceDefinitionGroup || (next is HtmlBlock html && html.Type == HtmlBlockType.Comment)) continue;
                return !(next is HeadingBlock || next is ThematicBreakBlock);
            }
            return false;
        }

        /// <summary>
        /// The term of a definition list (MyST's deflist, Pandoc, PHP Markdown Extra), which may stand a blank line above its
        /// definition: "**needs rebase or merge**", blank line, ": this is a special label ...". A term, not a heading.
        /// </summary>
        private static bool IsDefinitionTerm(string text, MarkdownDocument document, ParagraphBlock paragraph)
        {
            int index = document.IndexOf(paragraph);
            if (index < 0 || index + 1 >= document.Count || !(document[index + 1] is ParagraphBlock next) || next.Span.IsEmpty) return false;
            int at = next.Span.Start;
            return at >= 0 && at + 1 < text.Length && text[at] == ':' && (text[at + 1] == ' ' || text[at + 1] == '\t');
        }

        /// <summary>
        /// A hashtag opens the line rather than a heading's title (the A11Y Project's "#SayTheWord 'disability' and when in
        /// doubt, ask."): the word after the hash is written in camel case (a capital after a lower-case letter), or the
        /// line is a sentence of six words or more ending in a full stop, question or exclamation mark. "#Installation" and
        /// "#Getting started" are still a heading missing its space.
        /// </summary>
        private static bool IsHashtagLine(string text, int wordStart)
        {
            int i = wordStart;
            bool camel = false;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                if (i > wordStart && char.IsUpper(text[i]) && char.IsLower(text[i - 1])) camel = true;
                i++;
            }
            if (camel) return true;
            int lineEnd = text.IndexOfAny(new[] { '\n', '\r' }, wordStart);
            if (lineEnd < 0) lineEnd = text.Length;
            int last = lineEnd - 1;
            while (last > wordStart && text[last] == ' ') last--;
            if (last <= wordStart || (text[last] != '.' && text[last] != '?' && text[last] != '!')) return false;
            int words = 1;
            for (int k = wordStart; k < last; k++)
            {
                if (text[k] == ' ' && text[k + 1] != ' ') words++;
            }
            return words >= 6;
        }

        private static void CheckBrokenHeading(DocumentContext context, string text, ParagraphBlock paragraph)
        {
            // Markdig releases a paragraph's lines after inline parsing; its span starts at the first line's text.
            if (paragraph.Span.IsEmpty) return;
            int start = paragraph.Span.Start;
            if (start < 0 || start >= text.Length) return;
            int i = start;
            int indent = 0;
            while (i < text.Length && text[i] == ' ' && indent < 3) { i++; indent++; }
            int hashes = 0;
            while (i + hashes < text.Length && text[i + hashes] == '#') hashes++;
            if (hashes == 0) return;
            int after = i + hashes;
            char next = after < text.Length ? text[after] : '\n';
            string? problem = null;
            if (hashes == 1 && char.IsLetter(next) && IsHashtagLine(text, after))
            {
                return; // "#SayTheWord 'disability' and when in doubt, ask.": a hashtag opening a sentence, not a heading
            }
            if (hashes <= 6 && char.IsLetter(next))
            {
                problem = $"'{new string('#', hashes)}' needs a space after it to make a heading; as written the line is a plain paragraph. Write '{new string('#', hashes)} ' followed by the title.";
            }
            else if (hashes > 6 && (next == ' ' || next == '\t'))
            {
                problem = $"Headings have at most six levels; {hashes} hashes make a plain paragraph. Use six hashes or fewer.";
            }
            if (problem == null) return;
            int lineEnd = text.IndexOfAny(new[] { '\n', '\r' }, start);
            if (lineEnd < 0) lineEnd = text.Length;
            context.Report("INCL326", start, lineEnd - start, problem);
        }
    }
}
