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
    /// import/export lines and JSX expressions <c>{...}</c> (a heading's <c>{#id}</c> is kept).</item>
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

        public static MarkdownDialects Prepare(string text, string? path)
        {
            var result = new MarkdownDialects { Text = text };
            bool mdxFile = path != null && path.EndsWith(".mdx", StringComparison.OrdinalIgnoreCase);
            // Cheap tests first: most documents have neither dialect's characters at a line start.
            bool mayBeMyst = text.IndexOf('{') >= 0 || text.IndexOf(")=", StringComparison.Ordinal) >= 0;
            bool mayBeMdx = mdxFile || text.IndexOf("import ", StringComparison.Ordinal) >= 0 || text.IndexOf("export ", StringComparison.Ordinal) >= 0;
            if (!mayBeMyst && !mayBeMdx) return result;

            char[]? chars = null;
            string? fence = null;      // the open code fence ("```", "~~~~"), or null
            string? directive = null;  // the open prose directive's fence, or null
            int lineStart = 0;
            int expressionDepth = 0;   // MDX: inside a {...} expression that spans lines
            bool mdx = mdxFile;
            // ESM lines decide MDX for .md files: look for one before changing anything.
            if (!mdx && mayBeMdx)
            {
                for (int s = 0; s < text.Length;)
                {
                    int e = LineEnd(text, s);
                    if (text[s] == 'i' || text[s] == 'e')
                    {
                        if (EsmLine.IsMatch(text.Substring(s, e - s))) { mdx = true; break; }
                    }
                    s = NextLine(text, e);
                }
            }
            result.IsMdx = mdx;

            while (lineStart < text.Length)
            {
                int lineEnd = LineEnd(text, lineStart);
                // Only lines that start like a fence, a target or an ESM statement are looked at as strings.
                int firstAt = lineStart;
                while (firstAt < lineEnd && text[firstAt] == ' ') firstAt++;
                char first = firstAt < lineEnd ? text[firstAt] : '\n';
                bool special = first == '`' || first == '~' || first == ':' || first == '(' || (mdx && (first == 'i' || first == 'e'));
                if (!special && expressionDepth == 0 && fence == null)
                {
                    if (mayBeMyst && text.IndexOf("}`", lineStart, lineEnd - lineStart, StringComparison.Ordinal) >= 0) BlankRoles(ref chars, text, lineStart, lineEnd, result);
                    if (mdx && text.IndexOf('{', lineStart, lineEnd - lineStart) >= 0) expressionDepth = BlankExpressions(ref chars, text, lineStart, lineEnd, 0);
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
                else if (expressionDepth == 0 && Directive.Match(line) is Match d && d.Success)
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
                else if (expressionDepth == 0 && IsOpeningFence(line, out var opened))
                {
                    fence = opened;
                }
                else if (expressionDepth == 0 && MystTarget.IsMatch(line))
                {
                    result.IsMyst = true;
                    var label = line.Trim();
                    result.Targets.Add(label.Substring(1, label.Length - 3));
                    Blank(ref chars, text, lineStart, lineEnd);
                }
                else if (mdx && expressionDepth == 0 && line.Length > 0 && (line[0] == 'i' || line[0] == 'e') && EsmLine.IsMatch(line))
                {
                    Blank(ref chars, text, lineStart, lineEnd);
                }
                else
                {
                    if (mayBeMyst && line.IndexOf("}`", StringComparison.Ordinal) >= 0) BlankRoles(ref chars, text, lineStart, lineEnd, result);
                    if (mdx) expressionDepth = BlankExpressions(ref chars, text, lineStart, lineEnd, expressionDepth);
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

        /// <summary>Blanks MDX expressions in one line, continuing one left open by an earlier line; returns the depth left open.</summary>
        private static int BlankExpressions(ref char[]? chars, string text, int start, int end, int depth)
        {
            int expressionStart = depth > 0 ? start : -1;
            char quote = '\0';
            for (int i = start; i < end; i++)
            {
                char c = text[i];
                if (depth == 0)
                {
                    if (c == '`')
                    {
                        // A code span: skip to the closing run of the same length.
                        int run = 1;
                        while (i + run < end && text[i + run] == '`') run++;
                        int close = text.IndexOf(new string('`', run), i + run, end - i - run, StringComparison.Ordinal);
                        i = close < 0 ? i + run - 1 : close + run - 1;
                        continue;
                    }
                    if (c == '\\') { i++; continue; }
                    if (c != '{') continue;
                    var rest = text.Substring(i, end - i);
                    if (HeadingId.IsMatch(rest) && rest.IndexOf('}') == rest.TrimEnd().Length - 1) break; // ## Title {#id}
                    depth = 1;
                    expressionStart = i;
                    continue;
                }
                if (quote != '\0')
                {
                    if (c == '\\') i++;
                    else if (c == quote) quote = '\0';
                    continue;
                }
                if (c == '"' || c == '\'' || c == '`') { quote = c; }
                else if (c == '{') { depth++; }
                else if (c == '}' && --depth == 0)
                {
                    Blank(ref chars, text, expressionStart, i + 1);
                    expressionStart = -1;
                }
            }
            if (depth > 0 && expressionStart >= 0) Blank(ref chars, text, expressionStart, end);
            return depth;
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

        private static bool IsOpeningFence(string line, out string fence)
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

        private static int LineEnd(string text, int start)
        {
            int i = text.IndexOf('\n', start);
            if (i < 0) return text.Length;
            return i > start && text[i - 1] == '\r' ? i - 1 : i;
        }

        private static int NextLine(string text, int lineEnd)
        {
            if (lineEnd >= text.Length) return text.Length;
            if (text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n') return lineEnd + 2;
            return lineEnd + 1;
        }
    }
}
