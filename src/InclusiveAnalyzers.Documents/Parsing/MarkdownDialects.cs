using System;
using System.Text.RegularExpressions;

namespace InclusiveAnalyzers.Documents.Parsing
{
    /// <summary>
    /// The Markdown dialects of documentation sites, brought back to CommonMark before Markdig parses the
    /// text, by blanking (spaces, line breaks kept) what is markup of the dialect rather than content, so
    /// every offset stays the file's:
    /// <list type="bullet">
    /// <item>MyST (Sphinx): target lines <c>(label)=</c>, the role names of <c>{role}`text`</c>, and the
    /// fences of admonition directives (<c>```{note}</c>, <c>:::{warning}</c>), whose bodies are Markdown;</item>
    /// <item>MDX (Docusaurus and others, <c>.mdx</c> files and Markdown with ESM import/export lines):
    /// import/export lines and JSX expressions <c>{...}</c> (a heading's <c>{#id}</c> is kept);</item>
    /// <item>Jekyll's Liquid code blocks, <c>{% highlight bash %}</c> ... <c>{% endhighlight %}</c> on lines of their own (Spark's
    /// and Flink's pages): the tag lines become a code fence of the same length, so the block is code to every rule (a
    /// <c># Run on a YARN cluster</c> comment in it is no heading, its words no prose);</item>
    /// <item>MkDocs' admonitions and content tabs, whose four-space indented bodies are Markdown (<see cref="MkDocsBlocks"/>).</item>
    /// </list>
    /// Code blocks and code spans are left as they are.
    /// </summary>
    internal sealed class MarkdownDialects
    {
        private static readonly Regex MystTarget = new Regex(@"^\s{0,3}\([\w.:\-]+\)=\s*$", RegexOptions.CultureInvariant);

        private static readonly Regex EsmLine = new Regex(
            @"^(import\s+(['""]|[\w*{][^\n]*\sfrom\s+['""])|export\s+(default\b|const\b|let\b|var\b|function\b|async\s+function\b|class\b|\{|\*))",
            RegexOptions.CultureInvariant);

        private static readonly Regex Role = new Regex(@"\{[A-Za-z][\w:.\-]*\}(?=`)", RegexOptions.CultureInvariant);

        private static readonly Regex Directive = new Regex(@"^(\s{0,3})(`{3,}|~{3,}|:{3,})\s*\{([A-Za-z][\w:.\-]*)\}", RegexOptions.CultureInvariant);

        private static readonly Regex LiquidHighlight = new Regex(@"^ {0,3}\{%-?\s*highlight\s+([\w+#.\-]+)[^%\n]*?-?%\}\s*$", RegexOptions.CultureInvariant);

        private static readonly Regex LiquidEndHighlight = new Regex(@"^ {0,3}\{%-?\s*endhighlight\s*-?%\}\s*$", RegexOptions.CultureInvariant);

        private static readonly Regex HeadingId = new Regex(@"\{#[\w\-.:]+\}\s*$", RegexOptions.CultureInvariant);

        // Directives whose content is Markdown prose to read (admonitions), not code.
        private static readonly string[] ProseDirectives =
        {
            "note", "warning", "tip", "hint", "important", "caution", "attention", "danger", "error", "seealso",
            "admonition", "versionadded", "versionchanged", "deprecated", "topic", "sidebar", "margin", "dropdown",
        };

        /// <summary>True when the document uses MyST syntax (a target line, a role, or a directive fence).</summary>
        public bool IsMyst { get; private set; }

        /// <summary>MyST target labels, <c>(label)=</c>: anchors that links may name.</summary>
        public System.Collections.Generic.List<string> Targets { get; } = new System.Collections.Generic.List<string>();

        /// <summary>True when the document is MDX (extension .mdx, or ESM import/export lines).</summary>
        public bool IsMdx { get; private set; }

        /// <summary>The text to parse (same length and line breaks as <paramref name="text"/>).</summary>
        public string Text { get; private set; } = "";

        /// <summary>True when MkDocs admonitions or content tabs were opened (<see cref="MkDocsBlocks"/>).</summary>
        public bool IsMkDocs { get; private set; }

        public static MarkdownDialects Prepare(string text, string? path)
        {
            var result = PrepareBlanks(text, path);
            // MkDocs' indented blocks last: their marker lines become list items in the text the other dialects left.
            if (!result.IsMdx && MkDocsBlocks.MayHold(text))
            {
                var chars = MkDocsBlocks.Open(text, ReferenceEquals(result.Text, text) ? null : result.Text.ToCharArray());
                if (chars != null)
                {
                    result.Text = new string(chars);
                    result.IsMkDocs = true;
                }
            }
            return result;
        }

        private static MarkdownDialects PrepareBlanks(string text, string? path)
        {
            var result = new MarkdownDialects { Text = text };
            bool mdxFile = path != null && path.EndsWith(".mdx", StringComparison.OrdinalIgnoreCase);
            // Cheap tests first: most documents have neither dialect's characters at a line start.
            bool mayBeMyst = text.IndexOf('{') >= 0 || text.IndexOf(")=", StringComparison.Ordinal) >= 0;
            bool mayBeMdx = mdxFile || text.IndexOf("import ", StringComparison.Ordinal) >= 0 || text.IndexOf("export ", StringComparison.Ordinal) >= 0;
            bool mayBeLiquid = text.IndexOf("endhighlight", StringComparison.Ordinal) >= 0;
            if (!mayBeMyst && !mayBeMdx) return result;

            char[]? chars = null;
            string? fence = null;      // the open code fence ("```", "~~~~"), or null
            string? directive = null;  // the open prose directive's fence, or null
            int lineStart = 0;
            int resumeAt = -1;         // MDX: a code span or expression that ran past its line ends here
            bool mdx = mdxFile;
            // ESM lines decide MDX for .md files: look for one before changing anything.
            if (!mdx && mayBeMdx) mdx = HasEsmLine(text);
            result.IsMdx = mdx;

            // .mdx files are MDX for sure: an expression may hold blank lines, as MDX allows. In a .md file
            // judged MDX by its imports, a brace left open at a blank line is a literal brace.
            bool expressionMayCrossBlankLines = mdxFile;
            bool inHighlight = false; // inside a Liquid {% highlight %} block, turned into a fence
            while (lineStart < text.Length)
            {
                int lineEnd = LineEnd(text, lineStart);
                if (mayBeLiquid && fence == null && LiquidLine(ref chars, text, lineStart, lineEnd, ref inHighlight))
                {
                    lineStart = NextLine(text, lineEnd);
                    continue;
                }
                if (resumeAt > lineStart)
                {
                    // Inside a code span or expression opened on an earlier line: read on from its end.
                    if (resumeAt <= lineEnd) resumeAt = BlankExpressions(ref chars, text, resumeAt, lineEnd, expressionMayCrossBlankLines);
                    lineStart = NextLine(text, lineEnd);
                    continue;
                }
                // Only lines that start like a fence, a target or an ESM statement are looked at as strings.
                int firstAt = lineStart;
                while (firstAt < lineEnd && text[firstAt] == ' ') firstAt++;
                char first = firstAt < lineEnd ? text[firstAt] : '\n';
                bool special = first == '`' || first == '~' || first == ':' || first == '(' || (mdx && (first == 'i' || first == 'e'));
                if (!special && fence == null)
                {
                    if (mayBeMyst && text.IndexOf("}`", lineStart, lineEnd - lineStart, StringComparison.Ordinal) >= 0) BlankRoles(ref chars, text, lineStart, lineEnd, result);
                    if (mdx && HasBraceOrTick(text, lineStart, lineEnd)) resumeAt = BlankExpressions(ref chars, text, lineStart, lineEnd, expressionMayCrossBlankLines);
                    lineStart = NextLine(text, lineEnd);
                    continue;
                }
                if (fence != null && first != fence[0])
                {
                    lineStart = NextLine(text, lineEnd);
                    continue;
                }
                var line = text.Substring(lineStart, lineEnd - lineStart);
                if (fence != null)
                {
                    if (IsClosingFence(line, fence)) fence = null;
                }
                else if (directive != null && IsClosingFence(line, directive))
                {
                    Blank(ref chars, text, lineStart, lineEnd);
                    directive = null;
                }
                else if (Directive.Match(line) is Match d && d.Success)
                {
                    result.IsMyst = true;
                    var name = d.Groups[3].Value.ToLowerInvariant();
                    var marks = d.Groups[2].Value;
                    // Colon fences are no code to CommonMark (their body is Markdown); admonition bodies are prose.
                    if (directive == null && (marks[0] == ':' || Array.IndexOf(ProseDirectives, name) >= 0))
                    {
                        directive = marks;
                        Blank(ref chars, text, lineStart, lineEnd);
                        lineStart = BlankOptions(ref chars, text, NextLine(text, lineEnd));
                        continue;
                    }
                    fence = marks[0] == ':' ? null : marks; // other directives (code-block, toctree, math) stay code
                    if (fence == null) Blank(ref chars, text, lineStart, lineEnd);
                }
                else if (IsOpeningFence(mdx ? line.TrimStart(' ') : line, out var opened))
                {
                    // MDX has no indented code: a fence indented more (in a nested list item) is a fence.
                    fence = opened;
                }
                else if (MystTarget.IsMatch(line))
                {
                    result.IsMyst = true;
                    var label = line.Trim();
                    result.Targets.Add(label.Substring(1, label.Length - 3));
                    Blank(ref chars, text, lineStart, lineEnd);
                }
                else if (mdx && line.Length > 0 && (line[0] == 'i' || line[0] == 'e') && EsmLine.IsMatch(line))
                {
                    Blank(ref chars, text, lineStart, lineEnd);
                }
                else
                {
                    if (mayBeMyst && line.IndexOf("}`", StringComparison.Ordinal) >= 0) BlankRoles(ref chars, text, lineStart, lineEnd, result);
                    if (mdx) resumeAt = BlankExpressions(ref chars, text, lineStart, lineEnd, expressionMayCrossBlankLines);
                }
                lineStart = NextLine(text, lineEnd);
            }
            if (chars != null) result.Text = new string(chars);
            return result;
        }

        /// <summary>Blanks the role names of MyST roles (<c>{role}`text`</c>) in one line, outside code spans.</summary>
        private static void BlankRoles(ref char[]? chars, string text, int lineStart, int lineEnd, MarkdownDialects result)
        {
            var line = text.Substring(lineStart, lineEnd - lineStart);
            foreach (Match m in Role.Matches(line))
            {
                if (InCodeSpan(line, m.Index)) continue;
                result.IsMyst = true;
                Blank(ref chars, text, lineStart + m.Index, lineStart + m.Index + m.Length);
            }
        }

        /// <summary>Blanks the <c>:key: value</c> option lines at the top of a directive body; returns the first other line.</summary>
        private static int BlankOptions(ref char[]? chars, string text, int lineStart)
        {
            while (lineStart < text.Length)
            {
                int lineEnd = LineEnd(text, lineStart);
                int i = lineStart;
                while (i < lineEnd && text[i] == ' ') i++;
                if (i >= lineEnd || text[i] != ':' || text.IndexOf(':', i + 1, lineEnd - i - 1) < 0) return lineStart;
                Blank(ref chars, text, lineStart, lineEnd);
                lineStart = NextLine(text, lineEnd);
            }
            return lineStart;
        }

        /// <summary>
        /// True when a line of the text, outside fenced code, HTML comments and raw HTML blocks, is an ESM
        /// import or export. MDX reads ESM only at the start of a line, so indented code never holds one.
        /// </summary>
        private static bool HasEsmLine(string text)
        {
            string? fence = null;      // the open code fence, or null
            string? closing = null;    // what ends the open HTML comment or raw HTML block, or null
            for (int s = 0; s < text.Length;)
            {
                int e = LineEnd(text, s);
                int first = s;
                while (first < e && (text[first] == ' ' || text[first] == '\t')) first++;
                char c = first < e ? text[first] : '\n';
                if (closing != null)
                {
                    if (text.IndexOf(closing, s, e - s, StringComparison.OrdinalIgnoreCase) >= 0) closing = null;
                }
                else if (fence != null)
                {
                    if (c == fence[0] && IsClosingFence(text.Substring(s, e - s), fence)) fence = null;
                }
                else if (c == '`' || c == '~')
                {
                    // A fence opens code at any indentation: inside a list item it is indented.
                    if (IsOpeningFence(text.Substring(first, e - first), out var opened)) fence = opened;
                }
                else if (c == '<')
                {
                    closing = HtmlBlockEnd(text, first, e);
                    if (closing != null && text.IndexOf(closing, first + 2, e - first - 2, StringComparison.OrdinalIgnoreCase) >= 0) closing = null;
                }
                else if (first == s && (c == 'i' || c == 'e') && EsmLine.IsMatch(text.Substring(s, e - s)))
                {
                    return true;
                }
                s = NextLine(text, e);
            }
            return false;
        }

        /// <summary>What ends an HTML comment or a raw HTML block (script, pre, style, textarea) opened at <paramref name="at"/>, or null.</summary>
        private static string? HtmlBlockEnd(string text, int at, int end)
        {
            if (string.CompareOrdinal(text, at, "<!--", 0, 4) == 0) return "-->";
            foreach (var tag in RawHtmlTags)
            {
                int after = at + 1 + tag.Length;
                if (after <= end && string.Compare(text, at + 1, tag, 0, tag.Length, StringComparison.OrdinalIgnoreCase) == 0
                    && (after == end || text[after] == '>' || text[after] == ' ' || text[after] == '\t'))
                {
                    return "</" + tag + ">";
                }
            }
            return null;
        }

        private static readonly string[] RawHtmlTags = { "script", "pre", "style", "textarea" };

        // How far an expression or a code span is looked for: one that never closes is read again from every brace or
        // backtick run after it, so without a bound 20,000 unclosed braces cost 20,000 reads of the rest of the file.
        // An MDX expression or code span longer than this is not one a person wrote.
        private const int MaxReach = 16 * 1024;

        private static bool HasBraceOrTick(string text, int start, int end)
        {
            for (int i = start; i < end; i++)
            {
                if (text[i] == '{' || text[i] == '`') return true;
            }
            return false;
        }

        /// <summary>
        /// Blanks the MDX expressions that start in one line, from <paramref name="start"/>. Code spans are
        /// skipped, also when they close on a later line of the paragraph. Returns where reading goes on when
        /// a code span or expression runs past the line (-1 when none does).
        /// </summary>
        private static int BlankExpressions(ref char[]? chars, string text, int start, int end, bool mayCrossBlankLines)
        {
            int idStart = -2, innerClose = -1; // the line's trailing {#id}, read at its first brace
            for (int i = start; i < end; i++)
            {
                char c = text[i];
                if (c == '`')
                {
                    int run = 1;
                    while (i + run < end && text[i + run] == '`') run++;
                    int after = CodeSpanEnd(text, i + run, run);
                    if (after < 0) { i += run - 1; continue; } // no closing run: the backticks are literal
                    if (after > end) return after;
                    i = after - 1;
                    continue;
                }
                if (c == '\\') { i++; continue; }
                if (c != '{') continue;
                if (idStart == -2) TrailingHeadingId(text, start, end, out idStart, out innerClose);
                if (idStart >= i && innerClose < i) break; // ## Title {#id}: the brace's first '}' ends the line's {#id}
                int close = ExpressionEnd(text, i, mayCrossBlankLines);
                if (close < 0) continue; // never closed: a literal brace (MDX itself would fail here)
                Blank(ref chars, text, i, close);
                if (close > end) return close;
                i = close - 1;
            }
            return -1;
        }

        /// <summary>
        /// Where a line's trailing heading id (<c>## Title {#id}</c>) starts, and the last '}' before the line's last
        /// character, or -1 for either. Read once per line: asking it again at every brace of a line of 20,000 braces
        /// copied the rest of the line each time.
        /// </summary>
        private static void TrailingHeadingId(string text, int start, int end, out int idStart, out int innerClose)
        {
            idStart = innerClose = -1;
            int last = end - 1;
            while (last >= start && char.IsWhiteSpace(text[last])) last--;
            if (last < start || text[last] != '}') return;
            innerClose = last > start ? text.LastIndexOf('}', last - 1, last - start) : -1;
            var match = HeadingId.Match(text.Substring(start, end - start));
            if (match.Success) idStart = start + match.Index;
        }

        /// <summary>
        /// The end of the code span whose opening run of <paramref name="run"/> backticks ends at
        /// <paramref name="from"/>: after a closing run of the same length in the same paragraph, or -1.
        /// </summary>
        private static int CodeSpanEnd(string text, int from, int run)
        {
            int limit = Math.Min(text.Length, from + MaxReach);
            for (int i = from; i < limit; i++)
            {
                char c = text[i];
                if (c == '\n' && BlankLineFollows(text, i)) return -1;
                if (c != '`') continue;
                int length = 1;
                while (i + length < text.Length && text[i + length] == '`') length++;
                if (length == run) return i + length;
                i += length - 1;
            }
            return -1;
        }

        /// <summary>
        /// The end (after the closing brace) of the JavaScript expression whose brace is at
        /// <paramref name="open"/>, reading strings, template literals and comments; -1 when it never closes,
        /// or when a blank line comes first outside a comment or template literal and <paramref name="mayCrossBlankLines"/> is false.
        /// </summary>
        private static int ExpressionEnd(string text, int open, bool mayCrossBlankLines)
        {
            int depth = 0;
            char quote = '\0';     // inside '...', "..." (to the line's end at most) or `...`
            bool comment = false;  // inside /* ... */
            int limit = Math.Min(text.Length, open + MaxReach);
            for (int i = open; i < limit; i++)
            {
                char c = text[i];
                if (c == '\n')
                {
                    if (quote == '\'' || quote == '"') quote = '\0';
                    if (!mayCrossBlankLines && !comment && quote == '\0' && BlankLineFollows(text, i)) return -1;
                    continue;
                }
                if (comment)
                {
                    if (c == '*' && i + 1 < text.Length && text[i + 1] == '/') { comment = false; i++; }
                    continue;
                }
                if (quote != '\0')
                {
                    if (c == '\\') i++;
                    else if (c == quote) quote = '\0';
                    continue;
                }
                if (c == '"' || c == '\'' || c == '`') { quote = c; }
                else if (c == '/' && i + 1 < text.Length && text[i + 1] == '*') { comment = true; i++; }
                else if (c == '{') { depth++; }
                else if (c == '}' && --depth == 0) { return i + 1; }
            }
            return -1;
        }

        /// <summary>True when the line after the line break at <paramref name="lineBreak"/> is blank (or there is none).</summary>
        private static bool BlankLineFollows(string text, int lineBreak)
        {
            for (int i = lineBreak + 1; i < text.Length; i++)
            {
                char c = text[i];
                if (c == '\n') return true;
                if (c != ' ' && c != '\t' && c != '\r') return false;
            }
            return true;
        }

        private static bool InCodeSpan(string line, int index)
        {
            int ticks = 0;
            for (int i = 0; i < index; i++)
            {
                if (line[i] == '`') ticks++;
            }
            return ticks % 2 == 1;
        }

        /// <summary>A line that opens a code fence (up to three spaces, then three or more backticks or tildes); <paramref name="fence"/> is its run.</summary>
        internal static bool IsOpeningFence(string line, out string fence)
        {
            fence = "";
            int i = 0;
            while (i < line.Length && i < 3 && line[i] == ' ') i++;
            if (i >= line.Length || (line[i] != '`' && line[i] != '~')) return false;
            char c = line[i];
            int run = 0;
            while (i + run < line.Length && line[i + run] == c) run++;
            if (run < 3) return false;
            if (c == '`' && line.IndexOf('`', i + run) >= 0) return false;
            fence = new string(c, run);
            return true;
        }

        // A Liquid highlight tag line becomes "```lang" (or "```" for the end tag), padded with spaces to its length; the lines
        // between are left as they are. True when the line was the block's or inside it.
        private static bool LiquidLine(ref char[]? chars, string text, int lineStart, int lineEnd, ref bool inHighlight)
        {
            int firstAt = lineStart;
            while (firstAt < lineEnd && text[firstAt] == ' ') firstAt++;
            bool tag = firstAt < lineEnd && text[firstAt] == '{';
            if (!inHighlight && !tag) return false;
            var line = tag ? text.Substring(lineStart, lineEnd - lineStart).TrimEnd('\r') : "";
            if (!inHighlight)
            {
                var open = LiquidHighlight.Match(line);
                if (!open.Success) return false;
                Fence(ref chars, text, firstAt, lineEnd, "```" + open.Groups[1].Value);
                inHighlight = true;
                return true;
            }

            if (tag && LiquidEndHighlight.IsMatch(line))
            {
                Fence(ref chars, text, firstAt, lineEnd, "```");
                inHighlight = false;
            }

            return true;
        }

        private static void Fence(ref char[]? chars, string text, int start, int end, string fence)
        {
            Blank(ref chars, text, start, end);
            for (int i = 0; i < fence.Length && start + i < end; i++) chars![start + i] = fence[i];
        }

        private static bool IsClosingFence(string line, string fence)
        {
            var trimmed = line.Trim();
            if (trimmed.Length < fence.Length) return false;
            foreach (char c in trimmed)
            {
                if (c != fence[0]) return false;
            }
            return true;
        }

        private static void Blank(ref char[]? chars, string text, int start, int end)
        {
            chars ??= text.ToCharArray();
            for (int i = Math.Max(0, start); i < end && i < chars.Length; i++)
            {
                if (chars[i] != '\n' && chars[i] != '\r') chars[i] = ' ';
            }
        }

        /// <summary>The end of the line that holds <paramref name="start"/>, before its CR LF or LF (shared with <see cref="MkDocsBlocks"/>).</summary>
        internal static int LineEnd(string text, int start)
        {
            int i = text.IndexOf('\n', start);
            if (i < 0) return text.Length;
            return i > start && text[i - 1] == '\r' ? i - 1 : i;
        }

        /// <summary>The start of the line after the one ending at <paramref name="lineEnd"/>.</summary>
        internal static int NextLine(string text, int lineEnd)
        {
            if (lineEnd >= text.Length) return text.Length;
            if (text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n') return lineEnd + 2;
            return lineEnd + 1;
        }
    }
}
