using System.Collections.Generic;

namespace InclusiveAnalyzers.Core.Rules
{
    public static partial class RuleCatalog
    {
        public const string CocAuditSummary = "INCL400";
        public const string CocMissing = "INCL401";
        public const string CocPlaceholder = "INCL402";
        public const string CocNoReportingContact = "INCL403";
        public const string CocPublicReportingChannel = "INCL404";
        public const string CocMissingSection = "INCL405";
        public const string CocOutdatedTemplate = "INCL406";
        public const string CocNotLinked = "INCL407";
        public const string CocLinkOnly = "INCL408";
        public const string CocDismissiveLanguage = "INCL409";
        public const string CocAttributionMissing = "INCL410";
        public const string CocNoConfidentiality = "INCL411";
        public const string CocNotRecognisedTemplate = "INCL412";

        // INCL4xx: code-of-conduct audit (see docs/rules/INCL4xx.md).
        // Severities follow reference/code-of-conduct.md section 4; "info" there is Severity.Suggestion here.
        private static IEnumerable<RuleInfo> CodeOfConductRules() => new[]
        {
            new RuleInfo(CocAuditSummary, "Code of conduct audit grade", CodeOfConductCategory, Severity.Suggestion, true,
                "The audit summary of one code of conduct: a green, yellow or red grade (after Mozilla's code-of-conduct assessment), "
                + "the required elements that are missing, the red flags found, and hints on responders, protected groups and revision history. "
                + "A short file that adopts a known organisation's code by link is graded 'adopted: NAME' and judged by that code. "
                + "JSON and SARIF carry the grade in the 'grade' property."),
            new RuleInfo(CocMissing, "Add a code of conduct in a standard location", CodeOfConductCategory, Severity.Error, true,
                "The repository has no CODE_OF_CONDUCT file in the root, docs/ or .github/. When a conduct file exists only elsewhere "
                + "(for example policies/conduct.md) it is reported as a warning: people and GitHub's community profile look in the standard places. "
                + "A README or CONTRIBUTING guide that adopts an organisation's code by link counts as the project's code."),
            new RuleInfo(CocPlaceholder, "Fill in the code of conduct's placeholders", CodeOfConductCategory, Severity.Error, true,
                "A template placeholder is still in the code of conduct: [INSERT CONTACT METHOD], [INSERT EMAIL ADDRESS] and their translations, "
                + "the Contributor Covenant 3.0 [NOTE: ...] editor notes, generator leftovers such as <%= email %>, angle-bracket pseudo-tags that "
                + "vanish when rendered, reserved example addresses, or a sentence whose contact was deleted. The 3.0 adopter note opening "
                + "'Addressing and Repairing Harm' is reported at info level with the property variant=adopter-note."),
            new RuleInfo(CocNoReportingContact, "Give a visible reporting contact", CodeOfConductCategory, Severity.Error, true,
                "The code of conduct gives no way to report a violation that a reader can see: no e-mail address, mailto: link, form, "
                + "or named people. A placeholder or an address hidden in an HTML comment does not count. A file that adopts the "
                + "Contributor Covenant by link still needs the project's own contact; an organisation's adopted code brings its own."),
            new RuleInfo(CocPublicReportingChannel, "Offer a private reporting channel", CodeOfConductCategory, Severity.Warning, true,
                "The only reporting route is public (an issue tracker, GitHub Discussions, a public chat, a mailing list or social media). "
                + "People reporting harassment need a private channel such as an e-mail address or a form."),
            new RuleInfo(CocMissingSection, "Cover the required code of conduct elements", CodeOfConductCategory, Severity.Warning, true,
                "An essential element is missing: how to report, the scope, expected and unacceptable behaviour, who enforces it, "
                + "or a graduated set of consequences. One finding per missing element."),
            new RuleInfo(CocOutdatedTemplate, "Update an outdated Contributor Covenant", CodeOfConductCategory, Severity.Suggestion, true,
                "The code of conduct is adapted from Contributor Covenant 1.x. Version 2.0 added enforcement guidelines and reporter privacy; "
                + "consider version 2.1 or 3.0."),
            new RuleInfo(CocNotLinked, "Link the code of conduct from the README or CONTRIBUTING", CodeOfConductCategory, Severity.Warning, true,
                "Neither the README nor the CONTRIBUTING guide links to the code of conduct, so people cannot find it where they start."),
            new RuleInfo(CocLinkOnly, "Include the code of conduct, not only a link to a template", CodeOfConductCategory, Severity.Warning, true,
                "The code of conduct is a short note pointing at a template on another site. Adopt an edited copy so that the scope, "
                + "contact and enforcement apply to this project. A link to another organisation's code that the catalog does not know is "
                + "a suggestion (variant=adopted-by-reference) to declare it in inclusive.json."),
            new RuleInfo(CocDismissiveLanguage, "Avoid dismissive or vague wording in the code of conduct", CodeOfConductCategory, Severity.Warning, true,
                "Phrases such as 'be nice', 'we're all adults', 'don't be a jerk', 'assume good intent' or 'resolve it yourselves first' "
                + "are vague or put the burden on the people harmed."),
            new RuleInfo(CocAttributionMissing, "Keep the template's attribution, version and licence", CodeOfConductCategory, Severity.Warning, true,
                "The code of conduct is adapted from a template but does not say so with the version and a link "
                + "(Contributor Covenant 2.x is CC BY 4.0, 3.0 is CC BY-SA 4.0, both require attribution)."),
            new RuleInfo(CocNoConfidentiality, "Say how reporters' privacy is protected", CodeOfConductCategory, Severity.Warning, true,
                "The code of conduct does not promise confidentiality or privacy to the people who report."),
            new RuleInfo(CocNotRecognisedTemplate, "Keep the template recognisable", CodeOfConductCategory, Severity.Suggestion, true,
                "The code of conduct names a template but its structure differs from that template, or it still carries the template "
                + "source's TOML front matter, so GitHub's community profile may not recognise it."),
        };
    }
}
