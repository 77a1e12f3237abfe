using System;
using System.Collections.Generic;
using System.Text;
using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Configuration;
using InclusiveAnalyzers.Core.Rules;
using InclusiveAnalyzers.Core.Terms;
using InclusiveAnalyzers.Documents.Analysis;

namespace InclusiveAnalyzers.Documents.Wording
{
    /// <summary>
    /// The engine's matcher for one document, and how its matches become findings: condescending
    /// terms are INCL202 (off unless the user turns the rule or the category on), every other category INCL201.
    /// </summary>
    internal sealed class WordingMatcher
    {
        private static readonly MatcherOptions CondescendingOn = new MatcherOptions { EnableCategories = new[] { Categories.Condescending } };

        private readonly DocumentContext context;
        private readonly TermMatcher matcher;
        private readonly bool wordingOn;
        private readonly bool condescendingOff;
        // Read at the first match that asks (most documents have none): the declared language when it is not English
        // (terms that are ordinary words of it are skipped), and the title (a system named there makes its fixed names
        // hold on every line).
        private string? language;
        private bool languageRead;
        private string? subject;
        private List<TermMatch>? buffer;

        private WordingMatcher(DocumentContext context)
        {
            this.context = context;
            var gate = context.Gate;
            bool condescendingAsked = gate.IsUserSet(RuleCatalog.DocumentCondescending) && gate.IsEnabled(RuleCatalog.DocumentCondescending);
            condescendingOff = gate.IsUserSet(RuleCatalog.DocumentCondescending) && !gate.IsEnabled(RuleCatalog.DocumentCondescending);
            var settings = context.Options.Settings ?? InclusiveSettings.Default;
            var severities = context.Options.Resolver;
            matcher = settings.GetMatcher(severities.ConfigRelativePath(context.Path), Extra(severities.TermOptionsFor(context.Path), condescendingAsked));
            wordingOn = gate.IsEnabled(RuleCatalog.DocumentWording);
        }

        /// <summary>A catalogued system's fixed name on a page about that system (Tk's master on the tkinter.ttk page).</summary>
        private bool IsNameOfSubject(Term term)
        {
            if (term.Names.Count == 0 || !matcher.MaskNames) return false;
            subject ??= DocumentSubject.Of(context);
            return subject.Length > 0 && term.IsNameThroughout(subject);
        }

        /// <summary>A term whose spelling is an ordinary word of the document's declared language ("lame" in Romanian: llamas).</summary>
        private bool IsWordOfLanguage(Term term)
        {
            if (term.Homographs.Count == 0) return false;
            if (!languageRead)
            {
                var declared = DocumentLanguage.Of(context);
                language = declared != null && !LanguageTags.IsEnglish(declared) ? declared : null;
                languageRead = true;
            }
            return language != null && term.IsWordOf(language);
        }

        // .editorconfig's switches, then INCL202's category when the rule is asked for (it must not be switched off again).
        private static MatcherOptions? Extra(MatcherOptions? host, bool condescendingAsked)
        {
            if (host == null || host.IsEmpty) return condescendingAsked ? CondescendingOn : null;
            return condescendingAsked ? MatcherOptions.Combine(new[] { host, CondescendingOn }) : host;
        }

        public static WordingMatcher For(DocumentContext context) => context.Wording ??= new WordingMatcher(context);

        /// <summary>Whether names and mentions are skipped (the default; a setting turns it off).</summary>
        public bool MaskNames => matcher.MaskNames;

        /// <summary>Whether any term could start in <paramref name="view"/>: when none can, the rest of the wording pass is skipped.</summary>
        public bool HasCandidate(ProseView view) => view.HasCandidate(matcher);

        /// <summary>Checks prose in context.Text[start, start + length).</summary>
        public void CheckProse(int start, int length) => CheckProse(context.Text, start, length);

        /// <summary>Checks prose in <paramref name="view"/>, a copy of the text with the same offsets (markup blanked).</summary>
        public void CheckProse(string view, int start, int length)
        {
            if (length <= 0) return;
            // Windows around the candidates: a long document is tokenized only near its terms.
            if (!matcher.FindInProseAround(view, start, length, ref buffer) || buffer == null) return;
            foreach (var match in buffer) Report(match, view);
            buffer.Clear();
        }

        /// <summary>True when the text holds a term (used to decide whether a name is worth masking).</summary>
        public bool HasTerm(string text)
        {
            List<TermMatch>? found = null;
            return text.Length > 0 && matcher.FindInProse(text, 0, text.Length, ref found);
        }

        /// <summary>INCL203: the file name (without extension) read as an identifier.</summary>
        public void CheckFileName(string relativePath)
        {
            if (!context.IsEnabled(RuleCatalog.DocumentFileName)) return;
            var name = relativePath;
            int slash = name.LastIndexOfAny(new[] { '/', '\\' });
            if (slash >= 0) name = name.Substring(slash + 1);
            int dot = name.IndexOf('.');
            if (dot > 0) name = name.Substring(0, dot);
            if (name.Length == 0) return;
            List<TermMatch>? found = null;
            if (!matcher.FindInIdentifier(name, ref found) || found == null) return;
            if (FileNamedCode.Is(relativePath, context.MarkdownModel)) return; // slaveof.md documents `SLAVEOF`: asked only once a term is found
            string words = "";
            var spoken = matcher.MaskNames ? ReadAsWords(name, out words) : null;
            foreach (var match in found)
            {
                if (match.Term.Category == Categories.Condescending || IsWordOfLanguage(match.Term)) continue;
                if (spoken != null && SeparateWords(name, match) && !SaidAt(spoken, match)) continue; // 4531-rename-master-to-main.md: the rename, the old name mentioned
                if (spoken != null && IsNameOfTitledSystem(match, words)) continue; // master-accounts.md titled "Master Accounts (Dovecot)"
                var original = name.Substring(match.Start, match.Length);
                context.ReportFile(RuleCatalog.DocumentFileName,
                    $"The file name contains '{original}' ({match.Term.Category}): {Advice(name, match, TextKind.Identifier)}. Rename the file and update links to it.",
                    term: match.Term.Id, replacements: match.Replacements);
            }
        }

        // The file name read as the words it spells: separators as spaces, in lower case (so capitals are no command
        // name); the prose matches of it, or an empty list when the words mention the term (a news fragment named
        // "4531-rename-master-to-main" records the rename of the branch, as the same words in prose would).
        private List<TermMatch> ReadAsWords(string name, out string spokenText)
        {
            var words = new char[name.Length];
            for (int i = 0; i < name.Length; i++)
            {
                char c = name[i];
                words[i] = c == '-' || c == '_' || c == '.' ? ' ' : char.ToLowerInvariant(c);
            }
            List<TermMatch>? said = null;
            var text = new string(words);
            spokenText = text;
            matcher.FindInProse(text, 0, text.Length, ref said);
            return said ?? new List<TermMatch>();
        }

        /// <summary>
        /// A catalogued system's fixed name spelled by the file name, when the page's title names the system: the words of
        /// the name hold the name's words at the occurrence (master before accounts) and the title holds its near words
        /// ("Master Accounts (Dovecot)"), as a C# file's imports stand for its near words. docker-mailserver keeps Dovecot's
        /// master users in master-accounts.md; the same file name under a title that names no such system is still reported.
        /// The words of the name have the name's offsets (one character for one).
        /// </summary>
        private bool IsNameOfTitledSystem(TermMatch match, string words)
        {
            var term = match.Term;
            if (!term.HasNearNames || words.Length == 0) return false;
            subject ??= DocumentSubject.Of(context);
            int end = match.Start + match.Length;
            return subject.Length > 0 && end <= words.Length
                && term.IsNameInCode(words, 0, words.Length, match.Start, end, words, 0, words.Length, subject);
        }

        // The match stands between separators or the ends of the name (master in "rename-master-to-main"); a term glued
        // into a longer word (whitelistManager) is read as an identifier only, as before.
        private static bool SeparateWords(string name, TermMatch match)
        {
            int end = match.Start + match.Length;
            return (match.Start == 0 || IsNameSeparator(name[match.Start - 1])) && (end == name.Length || IsNameSeparator(name[end]));
        }

        private static bool IsNameSeparator(char c) => c == '-' || c == '_' || c == '.';

        // Whether the words of the name still say the identifier match's term where the name spells it.
        private static bool SaidAt(List<TermMatch> spoken, TermMatch match)
        {
            foreach (var said in spoken)
            {
                if (said.Term.Id == match.Term.Id && said.Start < match.Start + match.Length && match.Start < said.Start + said.Length) return true;
            }
            return false;
        }

        // view: the text the match was found in, markup blanked (the neighbours of a homograph are read there).
        private void Report(TermMatch match, string view)
        {
            bool condescending = match.Term.Category == Categories.Condescending;
            string ruleId = condescending ? RuleCatalog.DocumentCondescending : RuleCatalog.DocumentWording;
            if (condescending ? condescendingOff : !wordingOn) return;
            if (IsWordOfLanguage(match.Term) || IsNameOfSubject(match.Term)) return;
            if (HomographNeighbours.AmongWordsOf(match.Term, view, match.Start, match.End)) return;
            if (context.CountIfFull(ruleId)) return; // past the cap: counted, no message built

            var original = context.Text.Substring(match.Start, match.Length);
            string message = condescending
                ? $"'{original}' can sound condescending: readers who find this hard feel left out. {CondescendingAdvice(match)}"
                : $"'{original}' ({match.Term.Category}): {Advice(context.Text, match, TextKind.Prose)}.";

            Finding? finding;
            if (condescending && !context.IsEnabled(ruleId))
            {
                // The user switched the category on in inclusive.json without naming the rule: report at its default.
                finding = context.Report(ruleId, match.Start, match.Length, message, term: match.Term.Id, replacements: match.Replacements);
                finding ??= ReportAnyway(ruleId, match, message);
            }
            else
            {
                finding = context.Report(ruleId, match.Start, match.Length, message, condescending ? (Severity?)null : match.Severity,
                    term: match.Term.Id, replacements: match.Replacements);
            }
            if (finding == null) return;
            if (!condescending) finding.Suggestions = CasedSuggestions(context.Text, match);
            context.WordingMatches.Add((finding, match));
        }

        private Finding? ReportAnyway(string ruleId, TermMatch match, string message)
        {
            var (line, column) = context.Map.GetPosition(match.Start);
            var (endLine, endColumn) = context.Map.GetPosition(match.End);
            var finding = new Finding(ruleId, RuleCatalog.Get(ruleId).DefaultSeverity, message, context.Path, line, column, endLine, endColumn)
            {
                DisplayPath = context.RelativePath,
                Offset = match.Start,
                Length = match.Length,
                Term = match.Term.Id,
                Replacements = match.Replacements,
            };
            context.Findings.Add(finding);
            return finding;
        }

        private static string CondescendingAdvice(TermMatch match)
        {
            if (match.Replacements.Count == 0) return "Leave it out, or say what makes the step easy.";
            return $"Consider '{match.Replacements[0]}', or leave it out.";
        }

        /// <summary>The suggestions in the original's casing and word form (at most three), or the term's own replacements.</summary>
        private static IReadOnlyList<string> CasedSuggestions(string text, TermMatch match, TextKind kind = TextKind.Prose)
        {
            try
            {
                return TermRewriter.Suggestions(text, match, kind, 3);
            }
            catch (Exception e) when (e is ArgumentException || e is IndexOutOfRangeException)
            {
                return match.Replacements;
            }
        }

        /// <summary>"consider 'a', 'b' or 'c'": distinct suggestions in the original's casing, or the term's reason.</summary>
        private static string Advice(string text, TermMatch match, TextKind kind)
        {
            var suggestions = CasedSuggestions(text, match, kind);
            if (suggestions.Count == 0) return match.Term.Reason.Length > 0 ? match.Term.Reason.TrimEnd('.') : "rephrase";
            var sb = new StringBuilder("consider ");
            int count = Math.Min(3, suggestions.Count);
            for (int i = 0; i < count; i++)
            {
                if (i > 0) sb.Append(i == count - 1 ? " or " : ", ");
                sb.Append('\'').Append(suggestions[i]).Append('\'');
            }
            return sb.ToString();
        }
    }
}
