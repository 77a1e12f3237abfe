using System;
using System.Collections.Generic;
using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Documents.Analysis;
using InclusiveAnalyzers.Documents.Markdown;

namespace InclusiveAnalyzers.Documents.Accessibility
{
    /// <summary>
    /// Specimens of accessibility guides: markup rendered live under a heading that gives the example's verdict
    /// (<c>### Incorrect</c>, <c>#### Fails</c>, <c>#### Failure</c>, <c>### Passes</c>, <c>### Bad example</c>,
    /// <c>### Don't</c>). 18F's accessibility guide shows each failure twice, rendered and in a code block:
    /// <c>&lt;img src="sign.jpg"&gt;</c> under "### Incorrect", an <c>&lt;iframe&gt;</c> without a title under
    /// "#### Failure", a mismatched <c>&lt;label for&gt;</c> under "#### Fails", an <c>&lt;h5&gt;</c> after an
    /// <c>&lt;h2&gt;</c> under "### Fails". The page shows what the rule looks for; its reader inspects the
    /// example, and the maintainer would not "fix" it. Accessibility findings inside such a section (after its
    /// heading, up to the next heading of the same or a higher level) are dropped; the heading itself, and the
    /// same markup under any other heading ("## Usage", "## Examples") or under a level-1 title ("# Good"), are
    /// still reported.
    /// </summary>
    internal static class SpecimenSections
    {
        private const int LongestVerdictHeading = 48;

        /// <summary>
        /// Drops the accessibility findings reported since <paramref name="from"/> that lie in a specimen section.
        /// Reads the headings only when such a finding exists; allocates only when a verdict heading exists.
        /// </summary>
        public static void Drop(DocumentContext context, MarkdownModel model, int from)
        {
            var findings = context.Findings;
            if (findings.Count <= from || model.Headings.Count == 0) return;
            if (!AnyElementFinding(findings, from)) return;

            var text = context.Text;
            var headings = model.Headings;
            List<(int Start, int End)>? sections = null;
            for (int i = 0; i < headings.Count; i++)
            {
                var block = headings[i].Block;
                if (block.Level < 2) continue; // a page's title ("# Good") is not an example's verdict
                int start = block.Span.Start;
                int end = Math.Min(text.Length, block.Span.End + 1);
                if (!IsVerdict(text, start, end)) continue;
                int sectionEnd = text.Length;
                for (int j = i + 1; j < headings.Count; j++)
                {
                    if (headings[j].Block.Level <= block.Level)
                    {
                        sectionEnd = headings[j].Block.Span.Start;
                        break;
                    }
                }
                (sections ??= new List<(int, int)>()).Add((end, sectionEnd));
            }
            if (sections == null) return;

            int write = from;
            for (int k = from; k < findings.Count; k++)
            {
                var finding = findings[k];
                if (IsElementFinding(finding) && Inside(sections, finding.Offset)) continue;
                findings[write++] = finding;
            }
            findings.RemoveRange(write, findings.Count - write);
        }

        private static bool AnyElementFinding(List<Finding> findings, int from)
        {
            for (int k = from; k < findings.Count; k++)
            {
                if (IsElementFinding(findings[k])) return true;
            }
            return false;
        }

        // An accessibility finding at a place in the text (not one about the whole file).
        private static bool IsElementFinding(Finding finding)
            => finding.Line > 0 && finding.RuleId.StartsWith("INCL3", StringComparison.Ordinal);

        private static bool Inside(List<(int Start, int End)> sections, int offset)
        {
            foreach (var (start, end) in sections)
            {
                if (offset >= start && offset < end) return true;
            }
            return false;
        }

        /// <summary>
        /// Whether the heading's words are one verdict on an example: pass(es), fail(s), failure(s), failing, correct,
        /// incorrect, good, bad, wrong, do, don't, avoid, succeed, with "example(s)", "code", "usage" or "markup" around
        /// it and any marks (✔, ❌, ':'). "Examples", "Usage" or "Do this first" are not verdicts. Allocates nothing.
        /// </summary>
        internal static bool IsVerdict(string text, int start, int end)
        {
            while (start < end && (text[start] == '#' || char.IsWhiteSpace(text[start]))) start++;
            while (end > start && (text[end - 1] == '#' || char.IsWhiteSpace(text[end - 1]))) end--;
            if (end - start > LongestVerdictHeading || end == start) return false;

            int verdicts = 0;
            bool previousDo = false;
            int i = start;
            while (i < end)
            {
                if (!char.IsLetter(text[i]))
                {
                    if (char.IsDigit(text[i])) return false;
                    i++;
                    continue;
                }
                int wordStart = i;
                while (i < end && (char.IsLetter(text[i]) || ((text[i] == '\'' || text[i] == '\u2019') && i + 1 < end && char.IsLetter(text[i + 1])))) i++;
                int length = i - wordStart;
                if (IsWord(text, wordStart, length, "not") && previousDo)
                {
                    previousDo = false; // "Do not" is one verdict
                    continue;
                }
                previousDo = false;
                if (IsFiller(text, wordStart, length)) continue;
                if (!IsVerdictWord(text, wordStart, length)) return false;
                previousDo = IsWord(text, wordStart, length, "do");
                verdicts++;
            }
            return verdicts == 1;
        }

        private static readonly string[] Verdicts =
        {
            "pass", "passes", "passed", "passing", "fail", "fails", "failed", "failing", "failure", "failures",
            "correct", "incorrect", "good", "bad", "wrong", "do", "don't", "don\u2019t", "dont", "avoid",
            "succeed", "succeeds",
        };

        private static readonly string[] Fillers = { "example", "examples", "code", "usage", "markup", "html", "of", "a", "an" };

        private static bool IsVerdictWord(string text, int start, int length)
        {
            foreach (var word in Verdicts)
            {
                if (IsWord(text, start, length, word)) return true;
            }
            return false;
        }

        private static bool IsFiller(string text, int start, int length)
        {
            foreach (var word in Fillers)
            {
                if (IsWord(text, start, length, word)) return true;
            }
            return false;
        }

        private static bool IsWord(string text, int start, int length, string word)
            => length == word.Length && string.Compare(text, start, word, 0, length, StringComparison.OrdinalIgnoreCase) == 0;
    }
}
