using System;
using System.Collections.Generic;
using InclusiveAnalyzers.Documents.Markdown;

namespace InclusiveAnalyzers.Documents.Wording
{
    /// <summary>
    /// An image whose file is named after a name the document established with a link shows that product or
    /// project: beside <c>[Middleman](https://github.com/middleman/middleman/pull/1466)</c>, the screenshot
    /// <c>![middleman pull request](middleman_pr.png)</c> names Middleman in its alt text, whatever the case.
    /// An image file named after a plain word ("master-branch.png") with no such link is not a name.
    /// </summary>
    internal static class ImageNames
    {
        /// <summary>Blanks, in the alt text of each image named after one of <paramref name="names"/>, that name in any case.</summary>
        public static void Blank(MarkdownModel model, ProseView view, List<string> names)
        {
            foreach (var image in model.Images)
            {
                var node = image.Node;
                if (node.Span.IsEmpty || string.IsNullOrEmpty(node.Url)) continue;
                var tokens = FileNameTokens(node.Url!);
                if (tokens.Count == 0) continue;
                foreach (var name in names)
                {
                    if (IsNamedAfter(tokens, LinkNames.Compact(name, out _))) view.BlankNameIgnoreCase(name, node.Span.Start, node.Span.End + 1);
                }
            }
        }

        /// <summary>The lower-case letter-and-digit runs of the address's file name without its extension ("middleman_pr.png": middleman, pr).</summary>
        internal static List<string> FileNameTokens(string url)
        {
            var tokens = new List<string>();
            int end = url.IndexOfAny(new[] { '?', '#' });
            if (end < 0) end = url.Length;
            int start = url.LastIndexOf('/', Math.Max(0, end - 1)) + 1;
            if (start >= end) return tokens;
            var file = url.Substring(start, end - start);
            int dot = file.LastIndexOf('.');
            if (dot > 0) file = file.Substring(0, dot);
            int run = -1;
            for (int i = 0; i <= file.Length; i++)
            {
                bool letter = i < file.Length && char.IsLetterOrDigit(file[i]);
                if (letter && run < 0) run = i;
                if (!letter && run >= 0)
                {
                    tokens.Add(file.Substring(run, i - run).ToLowerInvariant());
                    run = -1;
                }
            }
            return tokens;
        }

        /// <summary>True when consecutive tokens spell the name ("github", "pages" for GitHub Pages).</summary>
        internal static bool IsNamedAfter(List<string> tokens, string name)
        {
            if (name.Length < 3) return false;
            for (int i = 0; i < tokens.Count; i++)
            {
                string joined = "";
                for (int j = i; j < tokens.Count && joined.Length < name.Length; j++)
                {
                    joined += tokens[j];
                    if (joined == name) return true;
                }
            }
            return false;
        }
    }
}
