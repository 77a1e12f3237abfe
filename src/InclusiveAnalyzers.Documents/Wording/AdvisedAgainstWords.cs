using System;
using System.Collections.Generic;
using InclusiveAnalyzers.Documents.Markdown;

namespace InclusiveAnalyzers.Documents.Wording
{
    /// <summary>
    /// Words a style guide advises against, set in emphasis as words (the way style guides mark a word talked about):
    /// 18F's content guide writes "Avoid describing people as _disabled_, _handicapped_, or _confined to a wheelchair_",
    /// "Avoid terms that contribute to stigmas around disability or mental illness: _crazy_, _dumb_, _lame_" and "use
    /// _they_ or _them_ instead of _he/she_". An emphasized run is such a word when, in its sentence, the advice stands
    /// right before it ("avoid", "don't use", "do not use", "never use", "instead of", "rather than", ", not"), or an
    /// avoiding verb opens a phrase that ends in "as", "like", "such as", "including" or a colon right before it; a run
    /// of such words joined by commas, "or" and "and" goes on. The same word without emphasis ("Avoid describing people as
    /// disabled"), and an emphasized word the advice does not take as its object ("Avoid pushing to *master* directly"),
    /// are still read.
    /// </summary>
    internal static class AdvisedAgainstWords
    {
        private static readonly string[] Cues = { "avoid", "avoid using", "don't use", "don’t use", "do not use", "never use", "don't say", "don’t say", "do not say", "instead of", "rather than", ", not" };

        private static readonly string[] AvoidingVerbs = { "avoid", "don't use", "don’t use", "do not use", "never use" };

        private static readonly string[] PhraseEnds = { " as", " like", " such as", " including", ":" };

        private static readonly string[] Joiners = { ",", "or", "and", ", or", ", and", "/" };

        // The longest lead read before a run: far more than an advice's sentence ("Avoid terms that contribute to stigmas
        // around disability or mental illness:" is 76 characters).
        private const int MaxLead = 400;

        /// <summary>Blanks, in <paramref name="view"/>, the emphasized words an avoiding advice takes as its object.</summary>
        public static void Blank(MarkdownModel model, string text, ProseView view)
        {
            int previousEnd = -1;
            bool previousMentioned = false;
            for (int i = 0; i < text.Length; i++)
            {
                if (!TryRun(model, text, i, out int open, out int close, out int next))
                {
                    continue;
                }

                bool mentioned = previousMentioned && OnlyJoinersBetween(text, previousEnd, i)
                    || AdviceBefore(text, i);
                if (mentioned) view.Blank(open, close);
                previousEnd = next;
                previousMentioned = mentioned;
                i = next - 1;
            }
        }

        // An emphasized run at i: one or two '*' or '_', a few words on the same line, the same marks; open and close
        // bound its words, next is past the closing marks.
        private static bool TryRun(MarkdownModel model, string text, int i, out int open, out int close, out int next)
        {
            open = close = next = -1;
            char mark = text[i];
            if ((mark != '*' && mark != '_') || (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] == mark)))
            {
                return false;
            }

            int marks = i + 1 < text.Length && text[i + 1] == mark ? 2 : 1;
            open = i + marks;
            if (open >= text.Length || !char.IsLetter(text[open]) || model.IsInCode(i))
            {
                return false;
            }

            for (int k = open; k < text.Length && k - open <= 48; k++)
            {
                char c = text[k];
                if (c == '\n' || c == '`')
                {
                    return false;
                }

                if (c != mark)
                {
                    continue;
                }

                int after = k + marks;
                if (marks == 2 && (k + 1 >= text.Length || text[k + 1] != mark))
                {
                    return false;
                }

                if (after < text.Length && char.IsLetterOrDigit(text[after]))
                {
                    return false;
                }

                close = k;
                next = after;
                return close > open;
            }

            return false;
        }

        // Only commas, "or", "and" or a slash between the last run and this one: a list of the words advised against.
        private static bool OnlyJoinersBetween(string text, int from, int to)
        {
            if (from < 0 || to - from > 8)
            {
                return false;
            }

            string between = text.Substring(from, to - from).Trim();
            if (between.Length == 0)
            {
                return true;
            }

            foreach (var joiner in Joiners)
            {
                if (string.Equals(between, joiner, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        // The sentence before the run (back to a line start, a sentence mark or a list marker), read in lower case; at most
        // MaxLead characters of it, from a word's start: every emphasized run reads its lead, and a line of thousands of
        // runs with no sentence mark would otherwise be read again from its start for each one (quadratic time).
        private static bool AdviceBefore(string text, int runStart)
        {
            int start = runStart;
            int limit = Math.Max(0, runStart - MaxLead);
            while (start > limit && !BeginsLead(text, start, runStart))
            {
                start--;
            }

            if (start > 0 && !BeginsLead(text, start, runStart))
            {
                while (start < runStart && text[start] != ' ')
                {
                    start++; // a cut word is no cue
                }
            }

            string lead = text.Substring(start, runStart - start).TrimStart(' ', '\t', '-', '*', '+', '>').TrimEnd().ToLowerInvariant();
            if (lead.Length == 0)
            {
                return false;
            }

            foreach (var cue in Cues)
            {
                if (EndsWithWords(lead, cue))
                {
                    return true;
                }
            }

            foreach (var end in PhraseEnds)
            {
                if (!lead.EndsWith(end, StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (var verb in AvoidingVerbs)
                {
                    if (StartsWithWords(lead, verb) || lead.IndexOf(" " + verb + " ", StringComparison.Ordinal) >= 0)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool BeginsLead(string text, int start, int runStart)
            => start == 0 || text[start - 1] == '\n' || (IsSentenceMark(text[start - 1]) && start < runStart && text[start] == ' ');

        private static bool IsSentenceMark(char c) => c == '.' || c == '!' || c == '?' || c == ';';

        private static bool EndsWithWords(string lead, string cue)
            => lead.EndsWith(cue, StringComparison.Ordinal) && (lead.Length == cue.Length || !char.IsLetter(lead[lead.Length - cue.Length - 1]) || cue[0] == ',');

        private static bool StartsWithWords(string lead, string verb)
            => lead.StartsWith(verb, StringComparison.Ordinal) && (lead.Length == verb.Length || !char.IsLetter(lead[verb.Length]));
    }
}
