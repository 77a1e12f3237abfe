using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using InclusiveAnalyzers.Core.Selection;
using AngleSharp.Dom;
using InclusiveAnalyzers.Documents.Analysis;
using InclusiveAnalyzers.Documents.Parsing;
using InclusiveAnalyzers.Documents.Wording;
using InclusiveAnalyzers.Documents.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace InclusiveAnalyzers.Documents.CodeOfConduct
{
    internal enum CocFormat
    {
        Markdown,
        Html,
        /// <summary>Plain text and reStructuredText: headings found by layout, links by URL shape.</summary>
        PlainText,
    }

    internal enum HiddenKind
    {
        FrontMatter,
        CodeBlock,
        Comment,
        /// <summary>An angle-bracket word CommonMark reads as an HTML tag, so it vanishes when rendered.</summary>
        PseudoTag,
        ReferenceDefinition,
        /// <summary>Markup in an HTML document (tags, script and style bodies).</summary>
        Markup,
    }

    internal readonly struct TextRange
    {
        public TextRange(int start, int end, HiddenKind kind)
        {
            Start = start;
            End = end;
            Kind = kind;
        }

        public int Start { get; }
        public int End { get; }
        public HiddenKind Kind { get; }
        public bool Contains(int offset) => offset >= Start && offset < End;
    }

    internal sealed class CocHeading
    {
        public CocHeading(int level, string text, int start, int end)
        {
            Level = level;
            Text = text;
            Normalized = SectionNames.Normalize(text);
            Start = start;
            End = end;
        }

        public int Level { get; }
        public string Text { get; }
        public string Normalized { get; }
        /// <summary>Source span of the heading itself.</summary>
        public int Start { get; }
        public int End { get; }
        /// <summary>End of the section this heading opens: the next heading of the same or a higher level.</summary>
        public int SectionEnd { get; set; }
        public SectionKind Kind { get; set; }
        /// <summary>The heading whose section holds this one's, if any.</summary>
        public CocHeading? Parent { get; set; }
    }

    internal sealed class CocLink
    {
        public CocLink(string url, string text, int start, int end)
        {
            Url = url;
            Text = text;
            Start = start;
            End = end;
        }

        public string Url { get; }
        public string Text { get; }
        public int Start { get; }
        public int End { get; }
    }

    /// <summary>
    /// One code of conduct, parsed once for every check: the original text, a masked copy of the
    /// same length in which everything a reader never sees (front matter, code blocks, HTML comments,
    /// pseudo-tags, reference definitions, HTML markup) is blanked, its headings with their sections,
    /// and its links. Offsets in the masked text are offsets in the original, so every match maps
    /// straight back to an exact line and column.
    /// </summary>
    internal sealed class CocDocument
    {
        private static readonly Regex CommentPattern = new Regex(@"<!--[\s\S]*?(?:-->|\z)", RegexOptions.CultureInvariant);

        // Anything between angle brackets on one line, to be sorted into HTML, pseudo-tag or literal text.
        private static readonly Regex AngleBracketPattern = new Regex(@"<(?<inner>[^<>\r\n]{1,100})>", RegexOptions.CultureInvariant);

        // CommonMark's open/closing tag grammar: a tag name of letters, digits and hyphens, attributes without or with values.
        private static readonly Regex TagSyntax = new Regex(
            @"^/?(?<name>[A-Za-z][A-Za-z0-9-]*)(?:\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\s*=\s*(?:""[^""]*""|'[^']*'|[^\s""'=<>`]+))?)*\s*/?$",
            RegexOptions.CultureInvariant);

        private static readonly Regex AtxHeadingLine = new Regex(@"^ {0,3}(?<marks>#{1,6})[ \t]+(?<text>.+?)[ \t#]*$", RegexOptions.CultureInvariant);

        private static readonly Regex UnderlineLine = new Regex(@"^(?<c>[=\-~^*#+`:'""._])\k<c>{2,}[ \t]*$", RegexOptions.CultureInvariant);

        private readonly List<TextRange> hidden = new List<TextRange>();
        private readonly List<TextRange> inlineCode = new List<TextRange>();
        private readonly LineMap map;
        private RangeIndex? hiddenIndex;
        private int hiddenIndexed;
        private RangeIndex? inlineCodeIndex;
        private int inlineCodeIndexed;

        private CocDocument(string path, string text, CocFormat format, FrontMatter? frontMatter)
        {
            Path = path;
            Text = text;
            Format = format;
            map = new LineMap(text);
            FrontMatter = frontMatter;
            if (FrontMatter != null) hidden.Add(new TextRange(FrontMatter.Start, FrontMatter.End, HiddenKind.FrontMatter));
        }

        public string Path { get; }
        public string Text { get; }
        public CocFormat Format { get; }
        public FrontMatter? FrontMatter { get; }
        /// <summary>Same length as Text; hidden ranges blanked with spaces (line breaks kept).</summary>
        public string Masked { get; private set; } = string.Empty;
        private string? unwrapped;
        /// <summary>Masked, with each line wrap inside a paragraph turned into spaces (same length): phrases read the same wrapped or not.</summary>
        public string Unwrapped => unwrapped ??= LineWraps.Join(Text, Masked);
        public List<CocHeading> Headings { get; } = new List<CocHeading>();
        public List<CocLink> Links { get; } = new List<CocLink>();
        public IReadOnlyList<TextRange> Hidden => hidden;
        /// <summary>Angle-bracket placeholders: invisible ones are hidden as well; literal ones stay visible.</summary>
        public List<AngleBracketToken> AngleBrackets { get; } = new List<AngleBracketToken>();

        /// <param name="parsed">The document as the scan already read it (its front matter, its Markdown tree, its
        /// HTML DOM), reused so a scanned code of conduct is parsed once; null for an audit of text alone.</param>
        internal static CocDocument Parse(string path, string text, DocumentContext? parsed = null)
        {
            text ??= string.Empty;
            if (parsed != null && !ReferenceEquals(parsed.Text, text)) parsed = null;
            var document = new CocDocument(path, text, FormatOf(path), parsed?.FrontMatter ?? FrontMatter.Read(text));
            switch (document.Format)
            {
                case CocFormat.Html:
                    document.ParseHtml(parsed?.Kind == FileKind.Html ? parsed.Html : null);
                    break;
                case CocFormat.Markdown:
                    var shared = parsed?.Markdown != null && parsed.MarkdownModel != null ? (parsed.MarkdownModel.ParsedText, parsed.Markdown) : ((string, MarkdownDocument)?)null;
                    if (!document.TryParseMarkdown(shared)) document.ParsePlainText();
                    break;
                default:
                    document.ParsePlainText();
                    break;
            }

            document.BuildMask();
            document.ComputeSections();
            return document;
        }

        public static CocFormat FormatOf(string path)
        {
            if (FileKinds.Of(path) == FileKind.Html) return CocFormat.Html;
            return FileKinds.IsPlainText(path) ? CocFormat.PlainText : CocFormat.Markdown;
        }

        public HiddenKind? FindHidden(int offset)
        {
            // Ranges are added while parsing; the checks ask afterwards (a new range rebuilds the index).
            if (hiddenIndex == null || hiddenIndexed != hidden.Count)
            {
                hiddenIndex = new RangeIndex(hidden);
                hiddenIndexed = hidden.Count;
            }

            return hiddenIndex.Find(offset);
        }

        public bool IsInInlineCode(int offset)
        {
            if (inlineCodeIndex == null || inlineCodeIndexed != inlineCode.Count)
            {
                inlineCodeIndex = new RangeIndex(inlineCode);
                inlineCodeIndexed = inlineCode.Count;
            }

            return inlineCodeIndex.Find(offset) != null;
        }

        /// <summary>1-based line and column (UTF-16 units) of an offset.</summary>
        public void Position(int offset, out int line, out int column)
        {
            (line, column) = map.GetPosition(offset);
        }

        /// <summary>The section (deepest heading) that contains an offset, or null before the first heading.</summary>
        public CocHeading? SectionAt(int offset)
        {
            // Sections nest: those holding an offset are the last heading before it and its enclosing ones (at most six).
            int low = 0, high = Headings.Count;
            while (low < high)
            {
                int mid = (low + high) >> 1;
                if (Headings[mid].Start <= offset) low = mid + 1;
                else high = mid;
            }

            for (var heading = low > 0 ? Headings[low - 1] : null; heading != null; heading = heading.Parent)
            {
                if (offset < heading.SectionEnd) return heading;
            }

            return null;
        }

        /// <summary>The outermost section of a kind that contains the offset (a rung heading inside an enforcement guidelines section counts).</summary>
        public bool IsInSectionOfKind(int offset, SectionKind kind)
        {
            for (var heading = SectionAt(offset); heading != null; heading = heading.Parent)
            {
                if (heading.Kind == kind) return true;
            }

            return false;
        }

        private bool TryParseMarkdown((string ParsedText, MarkdownDocument Document)? shared)
        {
            // Front matter is blanked (same length) so Markdig's offsets stay those of the original text.
            string parseText = FrontMatter == null ? Text : MarkdownParsing.BlankOut(Text, FrontMatter.End);
            MarkdownDocument markdown;
            try
            {
                // The scan's tree comes from the same pipeline; it differs only when the scan read other front
                // matter or rewrote a dialect, and then the audit parses its own text.
                markdown = shared.HasValue && string.Equals(shared.Value.ParsedText, parseText, StringComparison.Ordinal)
                    ? shared.Value.Document
                    : MarkdownParsing.Parse(parseText);
            }
            catch (Exception)
            {
                // A pathological input Markdig cannot take: the layout-based reading still audits it.
                return false;
            }

            foreach (var node in markdown.Descendants())
            {
                switch (node)
                {
                    case HeadingBlock heading:
                        Headings.Add(new CocHeading(heading.Level, InlineText(heading.Inline), heading.Span.Start, heading.Span.End + 1));
                        break;
                    case CodeBlock code:
                        hidden.Add(new TextRange(code.Span.Start, code.Span.End + 1, HiddenKind.CodeBlock));
                        break;
                    case LinkReferenceDefinition definition when definition.Span.Length > 0:
                        hidden.Add(new TextRange(definition.Span.Start, definition.Span.End + 1, HiddenKind.ReferenceDefinition));
                        break;
                    case CodeInline code:
                        inlineCode.Add(new TextRange(code.Span.Start, code.Span.End + 1, HiddenKind.CodeBlock));
                        break;
                    case HtmlInline html when html.Tag != null && html.Tag.StartsWith("<!--", StringComparison.Ordinal):
                        hidden.Add(new TextRange(html.Span.Start, html.Span.End + 1, HiddenKind.Comment));
                        break;
                    case LinkInline link when !link.IsImage && link.Url != null:
                        Links.Add(new CocLink(link.Url, InlineText(link), link.Span.Start, link.Span.End + 1));
                        break;
                    case AutolinkInline autolink:
                        Links.Add(new CocLink(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url, autolink.Url,
                            autolink.Span.Start, autolink.Span.End + 1));
                        break;
                }
            }

            FindComments();
            FindAngleBrackets();
            return true;
        }

        /// <summary>
        /// HTML read as the HTML checks read it: headings, links and tag-shaped placeholders from the AngleSharp DOM
        /// (the scan's, or parsed here), and what a reader sees from <see cref="HtmlProse"/>; everything else
        /// (tags, comments, script, style) is hidden. Text in code elements stays visible, as inline code does in Markdown.
        /// </summary>
        private void ParseHtml(IDocument? dom)
        {
            dom ??= HtmlParsing.Parse(Text);
            int visibleEnd = 0;
            var gaps = new List<(int Start, int End)>();
            HtmlProse.Scan(Text, 0, Text.Length, (start, length, attribute) =>
            {
                if (attribute) return;
                if (start > visibleEnd) gaps.Add((visibleEnd, start));
                visibleEnd = Math.Max(visibleEnd, start + length);
            }, null, HtmlProse.InvisibleElements);
            if (Text.Length > visibleEnd) gaps.Add((visibleEnd, Text.Length));

            foreach (var (start, end) in gaps)
            {
                // Comments keep their kind: an address only in a comment is reported as such.
                int at = start;
                for (int open = Text.IndexOf("<!--", at, end - at, StringComparison.Ordinal); open >= 0; open = at < end ? Text.IndexOf("<!--", at, end - at, StringComparison.Ordinal) : -1)
                {
                    int close = Text.IndexOf("-->", open + 4, end - open - 4, StringComparison.Ordinal);
                    int commentEnd = close < 0 ? end : close + 3;
                    if (open > at) hidden.Add(new TextRange(at, open, HiddenKind.Markup));
                    hidden.Add(new TextRange(open, commentEnd, HiddenKind.Comment));
                    at = commentEnd;
                }

                if (end > at) hidden.Add(new TextRange(at, end, HiddenKind.Markup));
            }

            foreach (var element in dom.All)
            {
                int offset = HtmlParsing.OffsetOf(element);
                if (offset < 0) continue;
                var name = element.LocalName;
                if (name.Length == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6')
                {
                    Headings.Add(new CocHeading(name[1] - '0', RenderedText(element), offset, EndOf(element, offset)));
                }
                else if (name == "a" && element.GetAttribute("href") is { } href)
                {
                    Links.Add(new CocLink(href, RenderedText(element), offset, EndOf(element, offset)));
                }
                else
                {
                    AddTagPlaceholder(offset);
                }
            }
        }

        /// <summary>An element that is no HTML ('&lt;your email&gt;' parses as one): an invisible placeholder.</summary>
        private void AddTagPlaceholder(int offset)
        {
            int length = HtmlParsing.StartTagLength(Text, offset);
            if (length < 3 || length > 102) return;
            string inner = Text.Substring(offset + 1, length - 2);
            if (inner.IndexOfAny(LineBreaksAndAngles) >= 0 || Classify(inner, literal: false) != AngleText.Placeholder) return;
            hidden.Add(new TextRange(offset, offset + length, HiddenKind.PseudoTag));
            AngleBrackets.Add(new AngleBracketToken(offset, length, inner, visible: false));
        }

        private static readonly char[] LineBreaksAndAngles = { '\r', '\n', '<', '>' };

        /// <summary>The element's text as a browser shows it: white space folded.</summary>
        private static string RenderedText(IElement element) => Regex.Replace(element.TextContent, @"\s+", " ").Trim();

        /// <summary>Just past the element's end tag, or past its start tag when the end tag was left out.</summary>
        private int EndOf(IElement element, int offset)
        {
            int startTagEnd = offset + HtmlParsing.StartTagLength(Text, offset);
            int close = Text.IndexOf("</" + element.LocalName, startTagEnd, StringComparison.OrdinalIgnoreCase);
            if (close < 0) return startTagEnd;
            int end = Text.IndexOf('>', close);
            return end < 0 ? Text.Length : end + 1;
        }

        private void ParsePlainText()
        {
            var lines = new List<(int Start, int End)>();
            for (int line = 1; line <= map.LineCount; line++)
            {
                lines.Add((map.LineStart(line), map.LineEnd(line)));
            }

            FindAngleBrackets(literal: true);

            // reStructuredText decides heading levels by the order in which underline characters first appear.
            var underlineLevels = new List<char>();
            for (int i = 0; i < lines.Count; i++)
            {
                if (FrontMatter != null && lines[i].Start < FrontMatter.End) continue;
                string line = Text.Substring(lines[i].Start, lines[i].End - lines[i].Start);
                var atx = AtxHeadingLine.Match(line);
                if (atx.Success)
                {
                    Headings.Add(new CocHeading(atx.Groups["marks"].Length, atx.Groups["text"].Value, lines[i].Start, lines[i].End));
                    continue;
                }

                string trimmed = line.Trim();
                if (trimmed.Length == 0 || UnderlineLine.IsMatch(trimmed)) continue;
                if (i + 1 < lines.Count)
                {
                    string next = Text.Substring(lines[i + 1].Start, lines[i + 1].End - lines[i + 1].Start).Trim();
                    if (UnderlineLine.IsMatch(next) && next.Length >= Math.Min(trimmed.Length, 3) && trimmed.Length <= 100)
                    {
                        char c = next[0];
                        if (!underlineLevels.Contains(c)) underlineLevels.Add(c);
                        Headings.Add(new CocHeading(Math.Min(underlineLevels.IndexOf(c) + 1, 6), trimmed, lines[i].Start, lines[i + 1].End));
                        i++;
                        continue;
                    }
                }

                // A short stand-alone line that names a known section, or is written in capitals, reads as a heading.
                bool blankBefore = i == 0 || Text.Substring(lines[i - 1].Start, lines[i - 1].End - lines[i - 1].Start).Trim().Length == 0;
                bool blankAfter = i + 1 >= lines.Count || Text.Substring(lines[i + 1].Start, lines[i + 1].End - lines[i + 1].Start).Trim().Length == 0;
                if (blankBefore && blankAfter && trimmed.Length <= 60 && !EndsLikeSentence(trimmed)
                    && (SectionNames.Classify(SectionNames.Normalize(trimmed)) != SectionKind.Other || IsCapitalised(trimmed)))
                {
                    Headings.Add(new CocHeading(2, trimmed.TrimEnd(':'), lines[i].Start, lines[i].End));
                }
            }
        }

        private static bool EndsLikeSentence(string line)
        {
            char last = line[line.Length - 1];
            return last == '.' || last == ',' || last == ';' || last == '!' || last == '?';
        }

        private static bool IsCapitalised(string line)
        {
            int letters = 0;
            foreach (char c in line)
            {
                if (!char.IsLetter(c)) continue;
                letters++;
                if (char.IsLower(c)) return false;
            }

            return letters >= 4 && line.Any(char.IsUpper);
        }

        private void FindComments()
        {
            // The ranges this loop adds end before the next match starts, so the index of those before it answers every
            // match (asking FindHidden would rebuild the index after each addition).
            var before = new RangeIndex(hidden);
            foreach (Match comment in CommentPattern.Matches(Text))
            {
                HiddenKind? kind = before.Find(comment.Index);
                if (kind == HiddenKind.Comment || kind == HiddenKind.CodeBlock || kind == HiddenKind.FrontMatter) continue;
                if (IsInInlineCode(comment.Index)) continue;
                hidden.Add(new TextRange(comment.Index, comment.Index + comment.Length, HiddenKind.Comment));
            }
        }

        /// <param name="literal">Plain text: nothing is rendered, so every angle-bracket token stays visible.</param>
        private void FindAngleBrackets(bool literal = false)
        {
            // As in FindComments: a pseudo-tag added here ends before the next match, so the ranges before the loop answer.
            var before = new RangeIndex(hidden);
            foreach (Match match in AngleBracketPattern.Matches(Text))
            {
                if (before.Find(match.Index) != null) continue;
                string inner = match.Groups["inner"].Value;
                if (IsInInlineCode(match.Index))
                {
                    // Code shows markup as it is; only a span that is the bracketed word alone (`<TBD>`, `<email>`, OpenTelemetry's
                    // "reported by contacting `<TBD>`") is a slot left to fill, and the placeholder check still asks for its vocabulary.
                    if (IsWholeCodeSpan(match.Index, match.Length) && Classify(inner, literal) != AngleText.Markup)
                    {
                        AngleBrackets.Add(new AngleBracketToken(match.Index, match.Length, inner, visible: true));
                    }

                    continue;
                }

                switch (Classify(inner, literal))
                {
                    case AngleText.Placeholder:
                        // Tag-shaped text is raw HTML to CommonMark and to browsers: it renders as nothing.
                        hidden.Add(new TextRange(match.Index, match.Index + match.Length, HiddenKind.PseudoTag));
                        AngleBrackets.Add(new AngleBracketToken(match.Index, match.Length, inner, visible: false));
                        break;
                    case AngleText.Literal:
                        AngleBrackets.Add(new AngleBracketToken(match.Index, match.Length, inner, visible: true));
                        break;
                }
            }
        }

        /// <summary>Is the text at this span all of a `code span` (a backtick just before and just after)?</summary>
        private bool IsWholeCodeSpan(int start, int length) =>
            start > 0 && start + length < Text.Length && Text[start - 1] == '`' && Text[start + length] == '`';

        private enum AngleText
        {
            /// <summary>Real markup, a declaration or an autolink.</summary>
            Markup,
            /// <summary>Tag-shaped but no element of HTML: a slot to fill ('&lt;your email&gt;').</summary>
            Placeholder,
            /// <summary>Not tag-shaped ('&lt;the team's address&gt;'): shown as written.</summary>
            Literal,
        }

        private AngleText Classify(string inner, bool literal)
        {
            if (inner.StartsWith("!", StringComparison.Ordinal) || inner.StartsWith("?", StringComparison.Ordinal)) return AngleText.Markup;
            if (inner.IndexOf('@') >= 0 || inner.IndexOf(':') >= 0 && !inner.Contains(" ")) return AngleText.Markup; // autolinks and e-mail autolinks
            var tag = literal ? Match.Empty : TagSyntax.Match(inner);
            if (!tag.Success) return AngleText.Literal;
            string name = tag.Groups["name"].Value;
            if (HtmlElements.IsKnown(name) && !HtmlElements.IsPlaceholderLike(name, Text)) return AngleText.Markup;
            // A custom element that is closed somewhere ('<contact-form>...</contact-form>') is markup, not a slot.
            if (!HtmlElements.IsKnown(name) && Text.IndexOf("</" + name, StringComparison.OrdinalIgnoreCase) >= 0) return AngleText.Markup;
            return AngleText.Placeholder;
        }

        private void BuildMask()
        {
            var chars = Text.ToCharArray();
            foreach (var range in hidden)
            {
                for (int i = range.Start; i < range.End && i < chars.Length; i++)
                {
                    if (chars[i] != '\n' && chars[i] != '\r') chars[i] = ' ';
                }
            }

            Masked = new string(chars);
        }

        private void ComputeSections()
        {
            Headings.Sort((a, b) => a.Start.CompareTo(b.Start));

            // A section ends at the next heading of the same or a higher level: one pass with the open sections on a stack.
            var open = new Stack<CocHeading>();
            foreach (var heading in Headings)
            {
                while (open.Count > 0 && open.Peek().Level >= heading.Level) open.Pop().SectionEnd = heading.Start;
                heading.Parent = open.Count > 0 ? open.Peek() : null;
                heading.Kind = SectionNames.Classify(heading.Normalized);
                open.Push(heading);
            }

            while (open.Count > 0) open.Pop().SectionEnd = Text.Length;
        }

        private static string InlineText(ContainerInline? container)
        {
            if (container == null) return string.Empty;
            var builder = new StringBuilder();
            foreach (var inline in container.Descendants())
            {
                switch (inline)
                {
                    case LiteralInline literal:
                        builder.Append(literal.Content.ToString());
                        break;
                    case CodeInline code:
                        builder.Append(code.Content);
                        break;
                    case AutolinkInline autolink:
                        builder.Append(autolink.Url);
                        break;
                    case LineBreakInline _:
                        builder.Append(' ');
                        break;
                }
            }

            return builder.ToString().Trim();
        }
    }

    internal sealed class AngleBracketToken
    {
        public AngleBracketToken(int start, int length, string inner, bool visible)
        {
            Start = start;
            Length = length;
            Inner = inner;
            Visible = visible;
        }

        public int Start { get; }
        public int Length { get; }
        public string Inner { get; }
        /// <summary>False when the text is read as an HTML tag and so disappears from the rendered page.</summary>
        public bool Visible { get; }
    }
}
