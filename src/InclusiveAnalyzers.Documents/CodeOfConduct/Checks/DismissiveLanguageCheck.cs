using System.Text.RegularExpressions;
using InclusiveAnalyzers.Core.Rules;

namespace InclusiveAnalyzers.Documents.CodeOfConduct.Checks
{
    /// <summary>
    /// INCL409: vague or dismissive phrases from Mozilla's list of known problems (check 17). Each
    /// one is reported where it stands, with why it fails and what to write instead.
    /// </summary>
    internal static class DismissiveLanguageCheck
    {
        private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

        private static readonly (Regex Pattern, string Why)[] Phrases =
        {
            (Rx(@"\bbe\s+(?:nice|cool)\b"), "is too vague to act on: list the behaviour you expect and the behaviour you will not accept"),
            (Rx(@"\bwe(?:'|’)?re\s+all\s+adults\b|\bwe\s+are\s+all\s+adults\b"), "dismisses reports as immaturity and excuses harm: describe the standards that apply to everyone"),
            (Rx(@"\bbe\s+excellent\s+to\s+each\s+other\b"), "is a slogan, not a standard: list the behaviour you expect and the behaviour you will not accept"),
            (Rx(@"\bdon(?:'|’)?t\s+be\s+(?:a\s+)?(?:jerk|dick|asshole|an\s+asshole)s?\b|\bdo\s+not\s+be\s+(?:a\s+)?jerks?\b"), "is too vague to enforce and leaves the judgement to the person causing harm: list unacceptable behaviour"),
            (Rx(@"\b(?:always\s+)?assume\s+(?:good|positive|the\s+best)\s+(?:intent(?:ions?)?|faith)\b"), "is used to dismiss the people harmed: judge behaviour by its impact and say how reports are handled"),
            (Rx(@"\b(?:resolve|settle|sort|work)\s+(?:it|this|things|them|(?:any\s+|the\s+)?(?:issues?|conflicts?|disputes?))\s+(?:out\s+)?(?:among|between)?\s*yourselves(?:\s+first)?\b|\bresolve\s+(?:it|this|the\s+issue|the\s+conflict)\s+(?:privately\s+)?first\b"), "puts the burden on the person harmed: offer a reporting contact that can be used at once"),
            (Rx(@"\b(?:grow\s+(?:a\s+)?thick(?:er)?\s+skin|have\s+(?:a\s+)?thick\s+skin|can(?:'|’)?t\s+take\s+a\s+joke)\b"), "blames the people harmed: describe the behaviour that is not acceptable"),
            (Rx(@"\buse\s+(?:your\s+)?common\s+sense\b"), "is too vague to act on: spell out the standards"),
            (Rx(@"\bno\s+drama\b"), "discourages reporting: say how to report and what happens next"),
        };

        public static void Run(CocAudit audit)
        {
            var document = audit.Document;
            foreach (var (pattern, why) in Phrases)
            {
                foreach (Match match in pattern.Matches(document.Masked))
                {
                    if (document.IsInInlineCode(match.Index)) continue;
                    audit.HasDismissiveLanguage = true;
                    audit.Add(RuleCatalog.CocDismissiveLanguage, match.Index, match.Index + match.Length,
                        $"'{SectionNames.Collapse(match.Value)}' {why}.", null, CocAudit.Props("phrase", SectionNames.Collapse(match.Value).ToLowerInvariant()));
                }
            }
        }

        private static Regex Rx(string pattern) => new Regex(pattern, Options);
    }
}
