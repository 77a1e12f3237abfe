using System.Linq;
using System.Text.RegularExpressions;
using InclusiveAnalyzers.Core.Rules;

namespace InclusiveAnalyzers.Documents.CodeOfConduct.Checks
{
    /// <summary>
    /// INCL405 (one finding per missing element: reporting, scope, standards, enforcement
    /// responsibilities, consequences; checks 8, 10, 11, 13, 14) and INCL411 (confidentiality, check 9).
    /// An element is present when a heading names it, or when the body says it in the words templates
    /// and hand-written codes use; a translated template whose structure matches counts as complete.
    /// </summary>
    internal static class SectionCheck
    {
        private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

        // The patterns read the document's unwrapped text (CocDocument.Unwrapped), where a line wrap inside a paragraph is
        // spaces: a gap between words is any run of spaces but a line break, so a phrase never runs across paragraphs,
        // list items or headings.
        private static Regex Phrase(string pattern) => new Regex(pattern.Replace(@"\s+", @"[^\S\n]+"), Options);

        private static readonly Regex ReportingBody = Phrase(@"\breport(?:ed|ing|s)?\b[^.\n]{0,100}\b(?:to|at|via|by|with)\b|\bcontact(?:ing)?\s+(?:the|a|any|one|our|us)\b");
        private static readonly Regex ScopeBody = Phrase(@"\b(?:this|our|the)\s+code\s+of\s+conduct\s+(?:also\s+)?applies\b|\bapplies\s+(?:with)?in\s+all\b|\bapplies\s+to\s+(?:all|everyone|anyone)\b|\bofficially\s+representing\b");
        private static readonly Regex StandardsBody = Phrase(@"\bunacceptable\s+behaviou?rs?\b|\bexamples\s+of\s+(?:unacceptable|positive|negative|encouraged|restricted)\b|\b(?:is|are)\s+not\s+tolerated\b|\bharassment\s+includes\b|\bwe\s+expect\s+(?:all|everyone|participants|contributors)\b"
            // The values-list codes (Speak Up!, Django, jQuery, ESLint): "Be friendly", "Be respectful", then "Harassment and other
            // exclusionary behavior aren't acceptable. This includes ...": the negated verdict introduces the unacceptable list.
            + @"|\b(?:aren['’]t|isn['’]t|are\s+not|is\s+not)\s+acceptable\b");

        // Enforcement responsibilities in prose (check 13: who decides and enforces, and how). A named party, then in the
        // same sentence (a line wrap allowed: the text is unwrapped; not a paragraph or list-item break) a power or duty to act on conduct:
        // "maintainers ... responsible for ... enforcing" (CC 2.x), "have the right and responsibility to remove, edit, or
        // reject" (CC 1.0-2.x), "take appropriate and fair corrective action" (CC 1.4-2.x), "moderation is set by the
        // maintainers", "the maintainers enforce this code". A party named in passing ("ask the maintainers"), a right to do
        // something else ("the right to decide the roadmap") and a bare commitment to apply the principles (CC 1.x "commit
        // themselves to ... applying") say nothing about who acts on conduct.
        private const string Party = @"\b(?:maintainers?|leaders|leads|moderators?|team|committee|stewards|organi[sz]ers|admins|administrators|owners|staff|council)\b";

        private static string SameSentence(int max) => "[^.\n]{0," + max + "}";

        private static readonly Regex ResponsibilitiesBody = Phrase(
            @"\bcommunity\s+moderators\b|\b(?:moderation|enforcement|conduct)\s+(?:team|committee|group)\b"
            + "|" + Party + SameSentence(60) + @"\bresponsib(?:le|ility|ilities)\b" + SameSentence(40) + @"\benforc"
            + "|" + Party + SameSentence(40) + @"\b(?:have|has|reserves?|retains?)\s+the\s+(?:right|responsibility|duty)(?:\s+and\s+(?:the\s+)?(?:right|responsibility|duty|obligation))?\s+to\s+(?:remove|edit|reject|delete|ban|block|moderate|hide|lock|warn|exclude|expel|suspend)\b"
            + "|" + Party + SameSentence(120) + @"\btake\s+(?:appropriate\s+(?:and\s+fair\s+)?)?corrective\s+action\b"
            + "|" + @"\b(?:moderation|enforcement)\b" + SameSentence(80) + @"\b(?:set|handled|decided|carried\s+out|performed|done|managed|overseen)\s+by\b" + SameSentence(30) + Party
            + "|" + Party + @"\s+(?:will\s+|shall\s+)?(?:moderate|enforce)s?\b"
            // The values-list codes say who handles reports and who may step in: "Reports will receive urgent and immediate
            // attention from the project leads", "any team member may act immediately to end the situation".
            + "|" + @"\breports?\b" + SameSentence(60) + @"\b(?:attention|reviewed|handled|investigated|considered)\s+(?:from|by)\s+(?:the\s+)?(?:project\s+|community\s+)?" + Party
            + "|" + Party + @"(?:\s+members?)?\s+(?:may|will|must|should|can)\s+act\b");

        // Sanction families: two distinct ones make a graduated response (check 14); removal alone does not.
        private static readonly Regex[] Sanctions =
        {
            Phrase(@"\bwarn(?:ing|ings|ed)?\b"),
            Phrase(@"\btemporar(?:y|ily)\b[^.\n]{0,30}\b(?:ban|block|remov|exclu|expel|suspen)|\bsuspen(?:d|ded|sion)\b|\btime-?outs?\b|\bcool-?down\b|\bban(?:ned)?\s+temporarily\b|\blimited\s+activities\b"),
            Phrase(@"\bpermanent(?:ly)?\b[^.\n]{0,30}\b(?:ban|block|remov|exclu|expel)|\bexpul(?:sion)?\b|\bexpel(?:led)?\b|\bban(?:ned)?\s+(?:temporarily\s+or\s+)?permanently\b|\bpermanent\s+ban\b"),
            Phrase(@"\bcorrection\b|\bapolog(?:y|ies|ise|ize)\b|\brepair(?:ing)?\s+harm\b"),
            Phrase(@"\b(?:remove|edit|reject|delete)\b[^.\n]{0,40}\b(?:comments?|commits?|contributions?|content|messages?|posts?)\b"),
        };

        // What happens to the enforcers who do not enforce ("project maintainers who do not follow or enforce the Code of Conduct
        // may be permanently removed from the project team", CC 1.0-1.4) is governance, not a response to a violation (check 14).
        private static readonly Regex EnforcerSanction = Phrase(
            Party + @"(?:\s+members)?\s+who\s+(?:do\s+not|don't|fail\s+to|refuse\s+to)\s+(?:follow|enforce|uphold|abide)\b" + SameSentence(300));

        private static readonly Regex Confidentiality = Phrase(
            @"\bconfidential(?:ity|ly)?\b|\bprivacy\b|\banonym(?:ous|ously|ity|ised|ized)\b|\bin\s+(?:strict\s+)?confidence\b|\bdiscre(?:et|etly|tion)\b|\b(?:handled|kept|treated|reviewed|held)\s+(?:in\s+)?privat(?:e|ely)\b");

        private static readonly SectionKind[] Required =
            { SectionKind.Reporting, SectionKind.Scope, SectionKind.Standards, SectionKind.Responsibilities, SectionKind.Consequences };

        public static void Run(CocAudit audit)
        {
            foreach (var kind in Required)
            {
                if (IsPresent(audit, kind))
                {
                    audit.PresentElements.Add(kind);
                    continue;
                }

                audit.MissingElements.Add(kind);
                audit.AddFileLevel(RuleCatalog.CocMissingSection, MissingMessage(kind) + TemplateHint(audit, kind), null, CocAudit.Props("element", ElementName(kind)));
            }

            if (!audit.IsTranslatedTemplate && !HasConfidentiality(audit))
            {
                audit.AddFileLevel(RuleCatalog.CocNoConfidentiality,
                    "Nothing says how reporters are protected: state that reports are handled confidentially and that the privacy "
                    + "and safety of the people who report are respected.");
            }
        }

        /// <summary>How many of the elements that make a code (standards, scope, consequences, responsibilities) the text has, reporting no finding.</summary>
        public static int CodeElementCount(CocAudit audit) =>
            new[] { SectionKind.Standards, SectionKind.Scope, SectionKind.Consequences, SectionKind.Responsibilities }.Count(k => IsPresent(audit, k));

        /// <summary>
        /// Does the file's own text state an adopted code's element (codes-of-conduct.json names: scope, standards,
        /// enforcement, consequences, reporterProtection)? A pointer that also copies the code's text states what the
        /// catalog could not verify.
        /// </summary>
        public static bool FileStates(CocAudit audit, string element)
        {
            switch (element)
            {
                case "scope": return IsPresent(audit, SectionKind.Scope);
                case "standards": return IsPresent(audit, SectionKind.Standards);
                case "enforcement": return IsPresent(audit, SectionKind.Responsibilities);
                case "consequences": return IsPresent(audit, SectionKind.Consequences);
                case "reporterProtection": return HasConfidentiality(audit);
                default: return false;
            }
        }

        public static string ElementName(SectionKind kind)
        {
            switch (kind)
            {
                case SectionKind.Reporting: return "reporting";
                case SectionKind.Scope: return "scope";
                case SectionKind.Standards: return "standards";
                case SectionKind.Responsibilities: return "enforcement-responsibilities";
                default: return "consequences";
            }
        }

        private static bool IsPresent(CocAudit audit, SectionKind kind)
        {
            var document = audit.Document;
            if (audit.IsTranslatedTemplate)
            {
                // 3.0 names its Community Moderators in the reporting section; 1.4 lists bans in its responsibilities.
                if (kind == SectionKind.Responsibilities && audit.Template?.Version == "3.0") return audit.HasSection(SectionKind.Reporting);
                if (kind == SectionKind.Consequences && audit.Template?.Version == "1.4") return audit.HasSection(SectionKind.Responsibilities);
                return audit.HasSection(kind);
            }

            string text = document.Unwrapped;
            switch (kind)
            {
                case SectionKind.Reporting:
                    return audit.HasSection(kind) || audit.HasReportingContact || ReportingBody.IsMatch(text);
                case SectionKind.Scope:
                    return audit.HasSection(kind) || ScopeBody.IsMatch(text);
                case SectionKind.Standards:
                    return audit.HasSection(kind) || StandardsBody.IsMatch(text);
                case SectionKind.Responsibilities:
                    return audit.HasSection(kind) || ResponsibilitiesBody.IsMatch(text);
                default:
                    int rungs = document.Headings.Count(h => h.Kind == SectionKind.LadderRung);
                    if (rungs >= 2) return true;
                    // From 2.0 on the template has a ladder section of its own; a copy that dropped it lost the ladder,
                    // whatever sanctions the responsibilities section still names.
                    if (audit.Template != null && audit.Template.Kinds.Contains(SectionKind.Consequences)) return audit.HasSection(SectionKind.Consequences);
                    string consequences = audit.HasSection(SectionKind.Consequences) ? SectionText(audit, SectionKind.Consequences) : text;
                    return SanctionKinds(consequences) >= 2 || (consequences != text && SanctionKinds(text) >= 2);
            }
        }

        /// <summary>How many distinct kinds of sanction the text names for people who break the code.</summary>
        private static int SanctionKinds(string text)
        {
            var forParticipants = EnforcerSanction.Replace(text, m => new string(' ', m.Length)); // the same string when none matches
            return Sanctions.Count(s => s.IsMatch(forParticipants));
        }

        private static bool HasConfidentiality(CocAudit audit)
        {
            var document = audit.Document;
            foreach (Match match in Confidentiality.Matches(document.Unwrapped))
            {
                // A standards list that forbids publishing private information is not a promise to reporters.
                if (document.IsInSectionOfKind(match.Index, SectionKind.Standards) || document.IsInSectionOfKind(match.Index, SectionKind.Pledge)
                    || audit.IsInAttribution(match.Index))
                {
                    continue;
                }

                return true;
            }

            return false;
        }

        private static string SectionText(CocAudit audit, SectionKind kind)
        {
            var document = audit.Document;
            return string.Concat(document.Headings.Where(h => h.Kind == kind).Select(h => document.Unwrapped.Substring(h.Start, h.SectionEnd - h.Start)));
        }

        /// <summary>Names the section the recognised template version uses for the element.</summary>
        private static string TemplateHint(CocAudit audit, SectionKind kind)
        {
            var template = audit.Template;
            if (template == null) return string.Empty;
            for (int i = 0; i < template.Kinds.Count; i++)
            {
                if (template.Kinds[i] != kind) continue;
                string heading = string.Join(" ", template.Headings[i].Split(' ').Select(w => char.ToUpperInvariant(w[0]) + w.Substring(1)));
                return $" Contributor Covenant {template.Version} has it as '{heading}'.";
            }

            return string.Empty;
        }

        private static string MissingMessage(SectionKind kind)
        {
            switch (kind)
            {
                case SectionKind.Reporting:
                    return "Missing element: how to report. Add a reporting section that says whom to contact, what to include and what happens next.";
                case SectionKind.Scope:
                    return "Missing element: scope. Say where the code applies (all community spaces, and people officially representing the project elsewhere).";
                case SectionKind.Standards:
                    return "Missing element: expected and unacceptable behaviour. List examples of both, so that 'be respectful' has a meaning.";
                case SectionKind.Responsibilities:
                    return "Missing element: enforcement responsibilities. Say who decides on and enforces the code (maintainers, moderators, a committee).";
                default:
                    return "Missing element: consequences. Describe graduated responses (for example correction, warning, temporary ban, permanent ban), not removal alone.";
            }
        }
    }
}
