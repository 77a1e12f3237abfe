using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using InclusiveAnalyzers.Documents.Markdown;
using Markdig.Syntax;

namespace InclusiveAnalyzers.Documents.Fixing
{
    /// <summary>
    /// Link destinations of a Markdown document that name a heading anchor (<c>#anchor</c>,
    /// <c>setup.md#anchor</c>, <c>../docs/setup.md#anchor</c>), in inline links, reference definitions
    /// and inline HTML <c>&lt;a href&gt;</c>, and the rewrite of those fragments to renamed anchors.
    /// Only the fragment's characters change. A relative path is resolved against the linking
    /// document's folder and matched as written (case-sensitively); only .md and .markdown targets
    /// count. A destination with an escape or a character reference is left alone (its source text is
    /// not its value); so are absolute URLs and root-relative paths, which a run cannot resolve.
    /// Code spans and code blocks hold no links, so nothing in them changes.
    /// </summary>
    internal static class FragmentLinks
    {
        private static readonly Regex Href = new Regex(
            @"<a\b[^>]*?\shref\s*=\s*(?:""(?<v>[^""]*)""|'(?<v>[^']*)'|(?<v>[^\s""'=<>`]+))",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        /// <summary>
        /// The text with every fragment that named an old anchor of its target rewritten to the new one;
        /// <paramref name="renamesOf"/> gives a target's renames (old anchor to new) by full path, or null.
        /// Each destination is looked up once, so renames that chain (a -> b, b -> b-1) apply together.
        /// </summary>
        public static string Update(string text, MarkdownModel model, string fullPath, Func<string, IReadOnlyDictionary<string, string>?> renamesOf, List<LinkUpdate> updates)
        {
            var edits = new SortedDictionary<int, (int Length, string Text)>();
            foreach (var (start, value) in Destinations(text, model))
            {
                int hash = value.IndexOf('#');
                if (hash < 0 || hash == value.Length - 1) continue;
                var target = Target(value.Substring(0, hash), fullPath);
                if (target == null) continue;
                var renames = renamesOf(target);
                if (renames == null) continue;
                var fragment = value.Substring(hash + 1);
                var old = Unescape(fragment);
                if (!renames.TryGetValue(old, out var anchor)) continue;
                var written = fragment.IndexOf('%') >= 0 ? Uri.EscapeDataString(anchor) : anchor;
                int offset = start + hash + 1;
                if (edits.ContainsKey(offset)) continue;
                edits[offset] = (fragment.Length, written);
                updates.Add(new LinkUpdate(offset, fragment, written, target, old));
            }
            if (edits.Count == 0) return text;

            var result = new StringBuilder(text.Length + 16 * edits.Count);
            int copied = 0;
            foreach (var edit in edits)
            {
                result.Append(text, copied, edit.Key - copied).Append(edit.Value.Text);
                copied = edit.Key + edit.Value.Length;
            }
            return result.Append(text, copied, text.Length - copied).ToString();
        }

        /// <summary>Destinations as written in the source: where each starts, and its text (angle brackets dropped).</summary>
        private static IEnumerable<(int Start, string Value)> Destinations(string text, MarkdownModel model)
        {
            foreach (var link in model.Links)
            {
                var node = link.Node;
                // A reference link's destination is its definition's, rewritten there; an autolink is absolute.
                if (node.Reference != null || node.IsAutoLink) continue;
                if (Written(text, node.UrlSpan.Start, node.UrlSpan.End, node.Url) is { } inline) yield return inline;
            }
            foreach (var definition in model.Definitions)
            {
                if (Written(text, definition.UrlSpan.Start, definition.UrlSpan.End, definition.Url) is { } defined) yield return defined;
            }
            foreach (var html in model.HtmlInlines)
            {
                if (html.Tag == null || html.Tag.StartsWith("<!--", StringComparison.Ordinal)) continue;
                foreach (var found in Hrefs(text, html.Span.Start, html.Span.End + 1)) yield return found;
            }
            foreach (var html in model.HtmlBlocks)
            {
                if (html.Type == HtmlBlockType.Comment) continue;
                foreach (var found in Hrefs(text, html.Span.Start, html.Span.End + 1)) yield return found;
            }
        }

        /// <summary>The destination's source text when it is exactly its value (no escape, no entity), else null.</summary>
        private static (int, string)? Written(string text, int start, int end, string? url)
        {
            if (url == null || start < 0 || end < start || end >= text.Length) return null;
            if (text[start] == '<' && text[end] == '>')
            {
                start++;
                end--;
            }
            if (end - start + 1 != url.Length || string.CompareOrdinal(text, start, url, 0, url.Length) != 0) return null;
            return (start, url);
        }

        private static IEnumerable<(int Start, string Value)> Hrefs(string text, int start, int end)
        {
            if (start < 0 || end > text.Length || end <= start) yield break;
            var slice = text.Substring(start, end - start);
            if (slice.IndexOf("href", StringComparison.OrdinalIgnoreCase) < 0) yield break;
            foreach (Match match in Href.Matches(slice))
            {
                if (InComment(slice, match.Index)) continue;
                var value = match.Groups["v"];
                if (value.Value.IndexOf('&') >= 0) continue; // a character reference: the source is not the value
                yield return (start + value.Index, value.Value);
            }
        }

        private static bool InComment(string slice, int index)
        {
            int open = slice.LastIndexOf("<!--", index, StringComparison.Ordinal);
            if (open < 0) return false;
            int close = slice.IndexOf("-->", open + 4, StringComparison.Ordinal);
            return close < 0 || close > index;
        }

        /// <summary>The full path a destination's path part names, or null when it is not a relative .md/.markdown path.</summary>
        private static string? Target(string path, string fullPath)
        {
            if (path.Length == 0) return fullPath;
            if (path[0] == '/' || path[0] == '\\' || path.IndexOf('?') >= 0) return null;
            int colon = path.IndexOf(':');
            if (colon >= 0 && (path.IndexOf('/') < 0 || colon < path.IndexOf('/'))) return null; // a scheme: http:, mailto:
            var decoded = Unescape(path);
            if (!IsMarkdownPath(decoded)) return null;
            try
            {
                var folder = Path.GetDirectoryName(Path.GetFullPath(fullPath)) ?? "";
                return Path.GetFullPath(Path.Combine(folder, decoded));
            }
            catch (Exception e) when (e is ArgumentException || e is NotSupportedException || e is PathTooLongException)
            {
                return null;
            }
        }

        public static bool IsMarkdownPath(string path) =>
            path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);

        private static string Unescape(string value)
        {
            if (value.IndexOf('%') < 0) return value;
            try
            {
                return Uri.UnescapeDataString(value);
            }
            catch (UriFormatException)
            {
                return value;
            }
        }
    }
}
