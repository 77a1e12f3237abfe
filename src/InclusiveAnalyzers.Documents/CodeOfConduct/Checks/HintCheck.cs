using System.Linq;
using System.Text.RegularExpressions;

namespace InclusiveAnalyzers.Documents.CodeOfConduct.Checks
{
    /// <summary>
    /// Report-only hints for the audit summary (checks 7, 8, 12 and 18): they never raise a finding
    /// of their own, because each is a judgement a person should make.
    /// </summary>
    internal static class HintCheck
    {
        private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

        private static readonly Regex RoleAlias = new Regex(
            @"^(?:conduct|coc|code-?of-?conduct|moderat\w*|community|team|info|hello|contact|abuse|safety|report\w*|support|admin|maintainers?|security|opensource|oss|core|board|committee)@",
            Options);

        private static readonly Regex ResponseProcess = new Regex(
            @"\backnowledg\w*\b|\bwithin\s+\d+\s+(?:hours?|days?|business\s+days?|weeks?)\b|\brespond\w*\b|\bresponse\b|\bfollow[- ]up\b|\bwhat\s+happens\b|\binvestigat\w*\b",
            Options);

        private static readonly (string Group, Regex Pattern)[] ProtectedGroups =
        {
            ("race or ethnicity", new Regex(@"\brac(?:e|ial)\b|\bethnic(?:ity)?\b", Options)),
            ("gender identity and expression", new Regex(@"\bgender\b", Options)),
            ("sexual orientation", new Regex(@"\bsexual\s+(?:orientation|identity)\b", Options)),
            // "mental and physical ability" (the values-list codes: Speak Up!, Django, ESLint) names disability in other words.
            ("disability", new Regex(@"\bdisabilit(?:y|ies)\b|\bdisabled\b|\b(?:mental|physical)\s+(?:and\s+(?:mental|physical)\s+)?abilit(?:y|ies)\b", Options)),
            ("religion", new Regex(@"\breligio(?:n|us)\b", Options)),
        };

        private static readonly Regex Revision = new Regex(
            @"\blast\s+(?:updated|revised|modified|changed)\b|\brevision(?:s)?\b|\bchangelog\b|\bversion\s+history\b|\bupdated\s+on\b|\beffective\s+(?:date|as\s+of|from)\b|\b(?:19|20)\d\d-\d\d-\d\d\b|\btranslat(?:ion|ions|ed)\b",
            Options);

        // A conflict-of-interest clause: reports about a responder go to someone else, so one contact is enough.
        private static readonly Regex ConflictClause = new Regex(
            @"\bconflicts?\s+of\s+interest\b|\brecus(?:e|es|ed|al)\b|\b(?:reports?|complaints?|incidents?)\s+(?:involving|about|against|concerning)\s+(?:a|an|any|one)?\s*(?:members?|one)\s+of\s+the\s+(?:\w+\s+){0,2}(?:team|committee|leaders?|leadership|moderators?|maintainers?)\b",
            Options);

        public static void Run(CocAudit audit)
        {
            var document = audit.Document;
            string text = document.Masked;

            if (audit.PrivateEmails.Count == 1 && !audit.HasNamedPeople && !ReportReaders.AreNamed(document, audit.PrivateEmails[0]))
            {
                string address = audit.PrivateEmails[0];
                if (RoleAlias.IsMatch(address) || ContactCheck.IsTeamListAddress(address))
                {
                    audit.Hints.Add($"responders: name the people who read {address}, so reporters can tell whether someone involved will see the report");
                }
                else if (!ConflictClause.IsMatch(text))
                {
                    audit.Hints.Add($"responders: {address} is the only contact; add a second person for reports about the first (conflicts of interest)");
                }
            }

            if (audit.PresentElements.Contains(SectionKind.Reporting) && !audit.IsTranslatedTemplate && !ResponseProcess.IsMatch(text))
            {
                audit.Hints.Add("reporting process: say what to include in a report, what happens next and how soon reporters will hear back");
            }

            if (!audit.IsTranslatedTemplate)
            {
                var missing = ProtectedGroups.Where(g => !g.Pattern.IsMatch(text)).Select(g => g.Group).ToList();
                if (missing.Count > 0) audit.Hints.Add("protected groups: the pledge does not name " + string.Join(", ", missing));
            }

            bool dated = Revision.IsMatch(text) || document.FrontMatter?.Get("date") != null || document.FrontMatter?.Get("lastmod") != null
                || document.FrontMatter?.Get("last_updated") != null;
            if (!dated) audit.Hints.Add("revision history: add a last-updated date or a short change history, and links to translations if any");
        }
    }
}
