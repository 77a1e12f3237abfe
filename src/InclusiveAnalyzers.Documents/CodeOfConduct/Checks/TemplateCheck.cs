using System;
using System.Linq;
using System.Text.RegularExpressions;
using InclusiveAnalyzers.Core.Rules;

namespace InclusiveAnalyzers.Documents.CodeOfConduct.Checks
{
    /// <summary>
    /// What the document says about its template: INCL406 (Contributor Covenant before 2.0), INCL408
    /// (only a link to a template), INCL410 (attribution, version and licence) and INCL412 (a copy
    /// GitHub may not recognise: restructured, or still carrying the template source's TOML front matter).
    /// </summary>
    internal static class TemplateCheck
    {
        private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

        private static readonly Regex AdaptedFrom = new Regex(
            @"\b(?:adapted|derived|based|taken|copied|forked|modified|remixed)\s+(?:from|on)\b|\binspired\s+by\b|\b(?:we|this\s+project)\s+(?:have\s+)?adopt(?:s|ed)?\b|\bfollows\s+the\b",
            Options);

        private static readonly Regex ShareAlike = new Regex(@"\bCC\s+BY-SA\b|creativecommons\.org/licenses/by-sa\b|Attribution-ShareAlike", Options);

        private static readonly Regex TemplateHost = new Regex(
            @"contributor-covenant\.org|citizencodeofconduct\.org|djangoproject\.com/conduct|policies/participation|geekfeminism|\bcode[-_]of[-_]conduct\b|/conduct\b", Options);

        private static readonly Regex UrlText = new Regex(@"(?:https?://|mailto:)\S+", Options);

        public static void Run(CocAudit audit)
        {
            CheckOutdated(audit);
            CheckLinkOnly(audit);
            CheckAttribution(audit);
            CheckRecognition(audit);
        }

        private static void CheckOutdated(CocAudit audit)
        {
            var version = audit.Version;
            if (!audit.NamesCovenant || version == null || !version.IsBefore("2.0")) return;
            audit.Add(RuleCatalog.CocOutdatedTemplate, version.Start, version.End,
                $"This code of conduct is adapted from Contributor Covenant {version.Version}. Version 2.0 added enforcement guidelines "
                + "(a graduated consequence ladder) and reporter privacy: consider moving to version 2.1 or 3.0.",
                null, CocAudit.Props("version", version.Version));
        }

        /// <summary>Check 3: a short note that mostly points at a template elsewhere, with few of the elements of a code.</summary>
        private static void CheckLinkOnly(CocAudit audit)
        {
            var document = audit.Document;
            var templateLink = document.Links.FirstOrDefault(l => TemplateHost.IsMatch(l.Url) && !audit.IsInAttribution(l.Start));
            int linkStart, linkEnd;
            if (templateLink != null)
            {
                linkStart = templateLink.Start;
                linkEnd = templateLink.End;
            }
            else
            {
                var bare = UrlText.Matches(document.Masked).Cast<Match>().FirstOrDefault(m => TemplateHost.IsMatch(m.Value) && !audit.IsInAttribution(m.Index));
                if (bare == null) return;
                linkStart = bare.Index;
                linkEnd = bare.Index + bare.Length;
            }

            int letters = Adoption.AdoptionDetector.ProseLetters(document);
            int elements = new[] { SectionKind.Standards, SectionKind.Scope, SectionKind.Consequences, SectionKind.Responsibilities }
                .Count(k => audit.PresentElements.Contains(k));
            if (letters >= Adoption.AdoptionDetector.PointerLetters || elements >= 2) return;

            audit.IsLinkOnly = true;
            audit.Add(RuleCatalog.CocLinkOnly, linkStart, linkEnd,
                "This code of conduct is only a pointer to a template on another site: copy the template into this file and edit it "
                + "(contact, scope, enforcement), so that it says how it applies to this project.");
        }

        private static void CheckAttribution(CocAudit audit)
        {
            var document = audit.Document;
            var attribution = document.Headings.FirstOrDefault(h => h.Kind == SectionKind.Attribution);
            bool statesSource = attribution != null || AdaptedFrom.IsMatch(document.Masked);
            if (!audit.NamesCovenant)
            {
                // An original code owes no attribution; one that says it is adapted is judged by what it names.
                return;
            }

            if (!statesSource)
            {
                audit.AttributionMissing = true;
                audit.AddFileLevel(RuleCatalog.CocAttributionMissing,
                    "This text is (adapted from) the Contributor Covenant but has no attribution: add an Attribution section naming the "
                    + "Contributor Covenant, its version and its URL (the licence requires attribution).");
                return;
            }

            int anchorStart = attribution?.Start ?? 0;
            int anchorEnd = attribution?.End ?? 0;
            if (audit.Version == null)
            {
                audit.AttributionMissing = true;
                if (attribution != null)
                {
                    audit.Add(RuleCatalog.CocAttributionMissing, anchorStart, anchorEnd,
                        "The attribution does not say which Contributor Covenant version this is adapted from: add the version and its URL "
                        + "(for example version 2.1 and its page on contributor-covenant.org).");
                }
                else
                {
                    audit.AddFileLevel(RuleCatalog.CocAttributionMissing,
                        "The text does not say which Contributor Covenant version it is adapted from: add an Attribution section with the version and its URL.");
                }

                return;
            }

            if (audit.Template?.LicenceInAttribution == true && !audit.IsTranslatedTemplate && !ShareAlike.IsMatch(document.Text))
            {
                audit.AttributionMissing = true;
                string message = "Contributor Covenant 3.0 is licensed CC BY-SA 4.0: keep the licence line in the attribution.";
                if (attribution != null) audit.Add(RuleCatalog.CocAttributionMissing, anchorStart, anchorEnd, message);
                else audit.AddFileLevel(RuleCatalog.CocAttributionMissing, message);
            }
        }

        /// <summary>Check 19: GitHub's community profile recognises an unmodified template, not a restructured one.</summary>
        private static void CheckRecognition(CocAudit audit)
        {
            var document = audit.Document;
            var frontMatter = document.FrontMatter;
            if (frontMatter != null && frontMatter.IsToml && IsDisplayedByGitHub(document.Path))
            {
                audit.Add(RuleCatalog.CocNotRecognisedTemplate, frontMatter.Start, frontMatter.End,
                    "The TOML front matter (+++ ... +++) copied from the template's source is shown as text on GitHub and can keep the "
                    + "community profile from recognising the template: delete it (the version belongs in the attribution).");
            }

            var template = audit.Template;
            if (template == null || audit.IsTranslatedTemplate || audit.IsLinkOnly) return;

            var top = TemplateRecognition.TopLevelHeadings(document).Select(h => h.Normalized).ToList();
            var missing = template.Headings.Where(h => !top.Contains(h)).ToList();
            int extra = top.Count(h => !template.Headings.Contains(h));
            if (missing.Count == 0 && extra < 2) return;

            string detail = missing.Count > 0
                ? "the template's section" + (missing.Count > 1 ? "s " : " ") + string.Join(", ", missing.Select(Title)) + (missing.Count > 1 ? " are" : " is") + " missing or renamed"
                : $"{extra} sections were added";
            audit.AddFileLevel(RuleCatalog.CocNotRecognisedTemplate,
                $"This names Contributor Covenant {template.Version} but {detail}, so GitHub's community profile may not recognise it as that template. "
                + "Keep the template's headings and add your own text inside them.",
                null, CocAudit.Props("version", template.Version));
        }

        private static string Title(string normalized) =>
            "'" + string.Join(" ", normalized.Split(' ').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w.Substring(1))) + "'";

        /// <summary>
        /// A CODE_OF_CONDUCT file outside docs/ and site content folders is shown by GitHub as it is;
        /// in docs/ or content/ the front matter may be a site generator's.
        /// </summary>
        private static bool IsDisplayedByGitHub(string path)
        {
            var segments = (path ?? string.Empty).Replace('\\', '/').Split('/');
            if (!CocPaths.HasCodeOfConductName(segments[segments.Length - 1])) return false;
            string parent = segments.Length >= 2 ? segments[segments.Length - 2] : string.Empty;
            return !parent.Equals("docs", StringComparison.OrdinalIgnoreCase)
                && !segments.Any(s => s.Equals("content", StringComparison.OrdinalIgnoreCase) || s.StartsWith("_", StringComparison.Ordinal));
        }
    }
}
