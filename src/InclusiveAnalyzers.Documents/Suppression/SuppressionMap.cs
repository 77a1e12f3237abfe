using System;
using System.Collections.Generic;
using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Documents.Text;

namespace InclusiveAnalyzers.Documents.Suppression
{
    /// <summary>
    /// Reads the suppression comments of one document and answers whether a finding is silenced.
    /// Forms: <c>inclusive-disable [IDS]</c> ... <c>inclusive-enable [IDS]</c> (a region),
    /// <c>inclusive-disable-line [IDS]</c> (the comment's own line) and
    /// <c>inclusive-disable-next-line [IDS]</c> (the line after the comment). IDS are rule ids or
    /// term ids separated by spaces or commas; none means every rule. markdownlint's comments are
    /// honoured for the rules we share with it.
    /// </summary>
    internal sealed class SuppressionMap
    {
        private readonly List<SuppressionDirective> directives;

        private SuppressionMap(List<SuppressionDirective> directives) => this.directives = directives;

        public bool IsEmpty => directives.Count == 0;

        /// <summary>Finds the directives in a text. <paramref name="isIgnored"/> says which offsets are code (not comments).</summary>
        public static SuppressionMap Parse(string text, LineMap map, Func<int, bool>? isIgnored)
        {
            var found = new List<SuppressionDirective>();
            int index = 0;
            while ((index = text.IndexOf("<!--", index, StringComparison.Ordinal)) >= 0)
            {
                int bodyStart = index + 4;
                int close = text.IndexOf("-->", bodyStart, StringComparison.Ordinal);
                int bodyEnd = close < 0 ? text.Length : close;
                if (isIgnored == null || !isIgnored(index))
                {
                    var directive = ParseBody(text, bodyStart, bodyEnd, index, close < 0 ? text.Length : close + 3, map);
                    if (directive != null) found.Add(directive);
                }
                index = close < 0 ? text.Length : close + 3;
            }
            return new SuppressionMap(found);
        }

        /// <summary>
        /// Razor files: HTML comments found in <paramref name="markup"/> (the file with its C# blanked, so a
        /// "&lt;!--" in a C# string is no comment) and the <c>@* … *@</c> comments, read from <paramref name="text"/>.
        /// </summary>
        public static SuppressionMap ParseRazor(string text, string markup, LineMap map, IReadOnlyList<(int Start, int End)> razorComments)
        {
            var found = Parse(markup, map, null).directives;
            foreach (var (start, end) in razorComments)
            {
                int bodyEnd = end - start >= 4 && text[end - 1] == '@' && text[end - 2] == '*' ? end - 2 : end;
                var directive = ParseBody(text, start + 2, bodyEnd, start, end, map);
                if (directive != null) found.Add(directive);
            }
            // Regions are read in document order.
            found.Sort((a, b) => a.Offset.CompareTo(b.Offset));
            return new SuppressionMap(found);
        }

        private static SuppressionDirective? ParseBody(string text, int start, int end, int commentStart, int commentEnd, LineMap map)
        {
            while (start < end && char.IsWhiteSpace(text[start])) start++;
            int wordEnd = start;
            while (wordEnd < end && !char.IsWhiteSpace(text[wordEnd])) wordEnd++;
            var keyword = text.Substring(start, wordEnd - start);

            bool markdownlint;
            string verb;
            if (keyword.StartsWith("inclusive-", StringComparison.OrdinalIgnoreCase))
            {
                markdownlint = false;
                verb = keyword.Substring("inclusive-".Length);
            }
            else if (keyword.StartsWith("markdownlint-", StringComparison.OrdinalIgnoreCase))
            {
                markdownlint = true;
                verb = keyword.Substring("markdownlint-".Length);
            }
            else
            {
                return null;
            }

            DirectiveKind kind;
            switch (verb.ToLowerInvariant())
            {
                case "disable": kind = DirectiveKind.Disable; break;
                case "enable": kind = DirectiveKind.Enable; break;
                case "disable-line": kind = DirectiveKind.DisableLine; break;
                case "disable-next-line": kind = DirectiveKind.DisableNextLine; break;
                default: return null; // e.g. inclusive-document: fragment, handled elsewhere
            }

            var ids = new List<string>();
            var rest = text.Substring(wordEnd, end - wordEnd);
            foreach (var part in rest.Split(new[] { ' ', '\t', '\r', '\n', ',' }, StringSplitOptions.RemoveEmptyEntries))
            {
                if (markdownlint)
                {
                    var ours = MarkdownlintAliases.ToOurs(part);
                    if (ours != null) ids.Add(ours);
                }
                else
                {
                    ids.Add(part);
                }
            }
            // A markdownlint comment that names only rules we do not have silences nothing of ours.
            if (markdownlint && ids.Count == 0 && rest.Trim().Length > 0) return null;

            int line = map.GetPosition(commentStart).Line;
            int endLine = map.GetPosition(Math.Max(commentStart, commentEnd - 1)).Line;
            return new SuppressionDirective(kind, commentStart, line, endLine, ids, markdownlint);
        }

        /// <summary>True when the finding is silenced by a comment. File-level findings follow the state at the end of the file.</summary>
        public bool IsSuppressed(Finding finding, int textLength)
        {
            if (directives.Count == 0) return false;
            int offset = finding.Line == 0 ? textLength : (finding.Offset >= 0 ? finding.Offset : 0);
            bool regionOff = false;
            foreach (var d in directives)
            {
                switch (d.Kind)
                {
                    case DirectiveKind.DisableLine:
                        if (finding.Line != 0 && finding.Line >= d.Line && finding.Line <= d.EndLine && Covers(d, finding)) return true;
                        break;
                    case DirectiveKind.DisableNextLine:
                        if (finding.Line != 0 && finding.Line == d.EndLine + 1 && Covers(d, finding)) return true;
                        break;
                    case DirectiveKind.Disable:
                        if (d.Offset <= offset && Covers(d, finding)) regionOff = true;
                        break;
                    case DirectiveKind.Enable:
                        if (d.Offset <= offset && Covers(d, finding)) regionOff = false;
                        break;
                }
            }
            return regionOff;
        }

        private static bool Covers(SuppressionDirective d, Finding finding)
        {
            if (d.Ids.Count == 0) return !d.FromMarkdownlint || MarkdownlintAliases.IsMapped(finding.RuleId);
            foreach (var id in d.Ids)
            {
                if (string.Equals(id, finding.RuleId, StringComparison.OrdinalIgnoreCase)) return true;
                if (finding.Term != null && string.Equals(id, finding.Term, StringComparison.OrdinalIgnoreCase)) return true;
            }
            return false;
        }
    }
}
