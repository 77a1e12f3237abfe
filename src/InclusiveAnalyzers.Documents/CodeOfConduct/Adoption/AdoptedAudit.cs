using System.Collections.Generic;
using System.Linq;
using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Rules;
using InclusiveAnalyzers.Documents.CodeOfConduct.Checks;

namespace InclusiveAnalyzers.Documents.CodeOfConduct.Adoption
{
    /// <summary>
    /// The audit of a file that adopts a code by reference. The adopted code's elements and reporting route are
    /// the organisation's (codes-of-conduct.json), so the pointer is not asked to copy or fork them. What the file
    /// itself says is still read: leftover placeholders, dismissive wording and, for a template, the project's contact.
    /// </summary>
    internal static class AdoptedAudit
    {
        private static readonly Dictionary<string, string> ElementLabels = new Dictionary<string, string>
        {
            ["scope"] = "scope",
            ["standards"] = "standards of behaviour",
            ["enforcement"] = "enforcement responsibilities",
            ["consequences"] = "consequences",
            ["reporterProtection"] = "reporter protection",
        };

        /// <summary>The summary's note for a code at the repository's own organisation's names.</summary>
        internal const string OwnOrganisationNote =
            "Adopted by reference from the project's own organisation (the address is at the repository's own names); the code is not catalogued and was not checked.";

        public static CodeOfConductReport Run(CocAudit audit, CodeAdoption adoption)
        {
            audit.Adoption = adoption;
            PlaceholderCheck.Run(audit);
            DismissiveLanguageCheck.Run(audit);

            var code = adoption.Code;
            var notes = new List<string>();
            var properties = new Dictionary<string, string> { ["adopts"] = adoption.Url, ["adopted"] = adoption.DisplayName };
            if (code == null)
            {
                audit.HasReportingContact = true; // the organisation's route, which cannot be read offline
                if (AdoptionDetector.IsRepositoryPath(adoption.Url))
                {
                    // The project's own code in another file of the repository: that file is the code, not this pointer.
                    notes.Add($"A pointer to the project's code at {adoption.Url} in the repository; that file was not read here.");
                }
                else if (audit.Options.Repository?.Owns(adoption.Url) == true)
                {
                    // The project's own organisation's or foundation's code (rubyonrails.org for rails/rails): nothing to declare.
                    notes.Add(OwnOrganisationNote);
                }
                else if (ContactCheck.StatesPrivateAddress(audit))
                {
                    // Another organisation's code with this project's own private contact: its route is readable here.
                    notes.Add("Adopted by reference, with this file's own reporting contact; the code is not catalogued and was not checked.");
                }
                else
                {
                    audit.Add(RuleCatalog.CocLinkOnly, adoption.Start, adoption.End,
                        $"This file adopts the code of conduct at {adoption.Url} by reference. That code is not in the catalog of known codes, so "
                        + "its contents and reporting route cannot be checked offline. If it is the project's code, declare it in inclusive.json: "
                        + $"\"codeOfConduct\": {{\"adopts\": \"{adoption.Url}\", \"contact\": \"<where to report>\"}}.",
                        Severity.Suggestion, CocAudit.Props("variant", "adopted-by-reference", "adopts", adoption.Url));
                    notes.Add("Adopted by reference; the code is not catalogued and was not checked.");
                }

                return Finish(audit, adoption, Grader.Adopted(adoption.DisplayName + " (not checked)"), notes, properties);
            }

            properties["adoptedId"] = code.Id;
            if (code.IsTemplate)
            {
                if (!string.IsNullOrWhiteSpace(audit.Options.Contact)) audit.HasReportingContact = true;
                else ContactCheck.Run(audit);
            }
            else
            {
                // The organisation's route counts, and so does a declared code's (the project vouches for it).
                audit.HasReportingContact = true;
                if (!code.HasOwnReportingRoute && !code.IsDeclared) ContactCheck.Run(audit);
            }

            string? route = code.Contact ?? code.ReportingUrl;
            if (!code.IsTemplate && route != null) notes.Add($"Reports go to the organisation: {route}.");
            if (code.IsDeclared) notes.Add("Declared in inclusive.json.");
            // What the catalog lacks but this file says itself is stated, not missing.
            var statedHere = AdoptedCode.ElementNames.Where(n => code.Elements.TryGetValue(n, out var value) && value != true && SectionCheck.FileStates(audit, n)).ToList();
            var notStated = ElementsWhere(code, false, statedHere);
            var notVerified = ElementsWhere(code, null, statedHere);
            if (notStated.Count > 0) notes.Add("The adopted code does not state: " + string.Join(", ", notStated) + ".");
            if (notVerified.Count > 0)
            {
                notes.Add((code.IsDeclared && AdoptedCodeCatalog.Find(adoption.Url) == null ? "Not checked: " : "Not verified in the catalog: ")
                    + string.Join(", ", notVerified) + ".");
            }
            if (statedHere.Count > 0) notes.Add("This file states: " + string.Join(", ", statedHere.Select(n => ElementLabels[n])) + ".");

            string grade = code.IsTemplate && !audit.HasReportingContact ? Grader.Red : Grader.Adopted(adoption.DisplayName);
            return Finish(audit, adoption, grade, notes, properties);
        }

        private static CodeOfConductReport Finish(CocAudit audit, CodeAdoption adoption, string grade, List<string> notes, Dictionary<string, string> properties)
        {
            var missing = new List<string>();
            if (audit.HasPlaceholder) missing.Add("no-placeholders");
            if (!audit.HasReportingContact) missing.Add("reporting-contact");
            var redFlags = new List<string>();
            if (audit.HasPlaceholder) redFlags.Add("placeholder");
            if (audit.HasPublicOnlyChannel) redFlags.Add("public-channel");
            if (audit.HasDismissiveLanguage) redFlags.Add("dismissive-language");
            string? template = adoption.Code?.IsTemplate == true ? "contributor-covenant" : null;
            string? version = template != null && adoption.DisplayName.Length > adoption.Code!.Name.Length ? adoption.DisplayName.Substring(adoption.Code.Name.Length + 1) : null;
            return CodeOfConductAuditor.Complete(audit, grade, missing, redFlags, notes, properties, version, template);
        }

        private static List<string> ElementsWhere(AdoptedCode code, bool? state, List<string> statedHere) =>
            AdoptedCode.ElementNames.Where(n => code.Elements.TryGetValue(n, out var value) && value == state && !statedHere.Contains(n)).Select(n => ElementLabels[n]).ToList();
    }
}
