using System.Collections.Generic;
using InclusiveAnalyzers.Documents.Analysis;
using InclusiveAnalyzers.Documents.Markdown;
using Markdig.Syntax;

namespace InclusiveAnalyzers.Documents.Wording
{
    /// <summary>
    /// INCL201/INCL202 over the prose of a document, and INCL203 over its file name. Markdown prose
    /// is the literal text of each block (link texts and image alts included; code, URLs and link
    /// destinations never), joined across soft line breaks and emphasis markers so phrases split
    /// over two lines are still found. Raw HTML goes through <see cref="HtmlProse"/>.
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

        public static void CheckHtml(DocumentContext context, int start, int end)
        {
            var matcher = WordingMatcher.For(context);
            HtmlProse.Scan(context.Text, start, end, (s, l) => matcher.CheckProse(s, l));
        }

        public static void CheckMarkdown(DocumentContext context, MarkdownModel model)
        {
            var matcher = WordingMatcher.For(context);
            var text = context.Text;

            var frontMatter = context.FrontMatter;
            if (frontMatter != null)
            {
                foreach (var key in new[] { "title", "description", "summary" })
                {
                    if (frontMatter.TryGetValue(key, out var value, out int offset) && offset >= 0) matcher.CheckProse(offset, value.Length);
                }
            }

            // Runs of literals joined across soft line breaks and emphasis markers. The markers are
            // blanked in a copy of the text (same offsets), so "**sanity** check" reads as a phrase.
            var literals = model.Literals;
            var runs = new List<(int Start, int End)>();
            char[]? view = null;
            int i = 0;
            while (i < literals.Count)
            {
                var (runStart, runEnd, leaf) = literals[i];
                if (model.HtmlCodeLiterals.Contains(runStart)) { i++; continue; }
                int j = i + 1;
                while (j < literals.Count && literals[j].Leaf == leaf && !model.HtmlCodeLiterals.Contains(literals[j].Start) &&
                       IsJoinable(text, runEnd, literals[j].Start, out bool markers))
                {
                    if (markers)
                    {
                        view ??= text.ToCharArray();
                        for (int k = runEnd; k < literals[j].Start; k++)
                        {
                            if (!char.IsWhiteSpace(view[k])) view[k] = ' ';
                        }
                    }
                    runEnd = literals[j].End;
                    j++;
                }
                runs.Add((runStart, runEnd));
                i = j;
            }
            var prose = view == null ? text : new string(view);
            foreach (var (start, end) in runs) matcher.CheckProse(prose, start, end - start);

            foreach (var block in model.HtmlBlocks)
            {
                if (block.Type == HtmlBlockType.Comment || block.Span.IsEmpty) continue;
                HtmlProse.Scan(text, block.Span.Start, block.Span.End + 1, (s, l) => matcher.CheckProse(s, l));
            }
            foreach (var inline in model.HtmlInlines)
            {
                if (!inline.Span.IsEmpty) HtmlProse.Scan(text, inline.Span.Start, inline.Span.End + 1, (s, l) => matcher.CheckProse(s, l));
            }
        }

        /// <summary>Two literals read as one run when only whitespace (one line break at most) and emphasis markers separate them.</summary>
        private static bool IsJoinable(string text, int from, int to, out bool markers)
        {
            markers = false;
            if (to < from || to - from > 16) return false;
            int breaks = 0;
            for (int k = from; k < to; k++)
            {
                char c = text[k];
                if (c == '\n') { if (++breaks > 1) return false; continue; }
                if (c == ' ' || c == '\t' || c == '\r') continue;
                if (c == '*' || c == '_' || c == '~' || c == '>') { markers = true; continue; }
                return false;
            }
            return true;
        }
    }
}
