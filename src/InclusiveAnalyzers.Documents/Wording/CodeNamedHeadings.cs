using System.Collections.Generic;
using InclusiveAnalyzers.Documents.Accessibility;
using InclusiveAnalyzers.Documents.Markdown;

namespace InclusiveAnalyzers.Documents.Wording
{
    /// <summary>
    /// A heading that spells out a code name its own section gives: body-parser and its kin document each error under a
    /// heading in words ("### request aborted") and give its `type` as code (`'request.aborted'`); the heading is that
    /// fixed name written out, which the page cannot rename. The heading's words must be the code's parts, in order and
    /// nothing more (split at dots, underscores, hyphens, slashes and case humps), and the code must be a name (at least
    /// one separator or hump), so a heading that merely shares a word with a code span is still read. A command of words
    /// in capitals (Redis's `FAILOVER ABORT` under "## Failover abort", `CLUSTER SLAVES`) is a name too: its words are
    /// the parts; a code phrase in lower case (`master node`) stays a phrase.
    /// </summary>
    internal static class CodeNamedHeadings
    {
        // A heading longer than this is a sentence, not a name written out.
        private const int MaxWords = 8;

        public static void Blank(MarkdownModel model, string text, ProseView view)
        {
            var headings = model.Headings;
            var spans = model.CodeSpans;
            if (headings.Count == 0 || spans.Count == 0)
            {
                return;
            }

            int next = 0;
            var words = new List<string>();
            var parts = new List<string>();
            for (int h = 0; h < headings.Count; h++)
            {
                var span = headings[h].Block.Span;
                int start = span.Start, end = span.End + 1;
                int sectionEnd = h + 1 < headings.Count ? headings[h + 1].Block.Span.Start : text.Length;
                while (next < spans.Count && spans[next].Start < end)
                {
                    next++;
                }

                words.Clear();
                if (!Words(text, start, end, words))
                {
                    continue;
                }

                for (int k = next; k < spans.Count && spans[k].Start < sectionEnd; k++)
                {
                    parts.Clear();
                    if (NameParts(text, spans[k].Start, spans[k].End, parts) && Same(words, parts))
                    {
                        view.Blank(start, end);
                        break;
                    }
                }
            }
        }

        // The heading's words in lower case (markers and punctuation aside); false when too few or too many to be a name.
        private static bool Words(string text, int start, int end, List<string> words)
        {
            words.AddRange(TextNormal.Normalize(text.Substring(start, end - start)).Split(new[] { ' ' }, System.StringSplitOptions.RemoveEmptyEntries));
            return words.Count >= 2 && words.Count <= MaxWords;
        }

        // The parts of the name in a code span (quotes and backticks aside); false when it is no name (one plain word, or spaces).
        private static bool NameParts(string text, int start, int end, List<string> parts)
        {
            bool joined = false;
            int partStart = -1;
            for (int i = start; i <= end; i++)
            {
                char c = i < end ? text[i] : ' ';
                bool hump = partStart >= 0 && char.IsUpper(c) && char.IsLower(text[i - 1]);
                if (char.IsLetterOrDigit(c) && !hump)
                {
                    if (partStart < 0)
                    {
                        partStart = i;
                    }

                    continue;
                }

                if (partStart >= 0)
                {
                    parts.Add(text.Substring(partStart, i - partStart).ToLowerInvariant());
                    partStart = hump ? i : -1;
                }

                if (c == ' ' && i < end && parts.Count > 0)
                {
                    // Words with spaces: a phrase in code, not a name, unless all in capitals (a command's keywords).
                    if (!IsCommandWords(text, start, end))
                    {
                        return false;
                    }

                    joined = true;
                }

                joined |= hump || c == '.' || c == '_' || c == '-' || c == '/';
            }

            return joined && parts.Count >= 2;
        }

        // `FAILOVER ABORT`, `CLIENT PAUSE WRITE`: capitals and digits, words parted by single spaces, no lower-case letter.
        private static bool IsCommandWords(string text, int start, int end)
        {
            bool upper = false;
            for (int i = start; i < end; i++)
            {
                char c = text[i];
                if (char.IsLower(c))
                {
                    return false;
                }

                if (c == ' ' && (i == start || i + 1 >= end || text[i + 1] == ' '))
                {
                    return false;
                }

                upper |= char.IsUpper(c);
            }

            return upper;
        }

        private static bool Same(List<string> words, List<string> parts)
        {
            if (words.Count != parts.Count)
            {
                return false;
            }

            for (int i = 0; i < words.Count; i++)
            {
                if (words[i] != parts[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
