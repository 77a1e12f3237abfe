using System.Collections.Generic;

namespace InclusiveAnalyzers.Documents.CodeOfConduct.Checks
{
    /// <summary>
    /// The grade, after Mozilla's code-of-conduct assessment (reference section 3): green when every
    /// required element is there (checks 4, 5, 10, 11, 13, 14, 15) and no red flag is raised; red when
    /// significant elements are missing (no reporting contact at all, or four or more required elements)
    /// or three or more red flags are raised; yellow in between.
    /// </summary>
    internal static class Grader
    {
        public const string Green = "green";
        public const string Yellow = "yellow";
        public const string Red = "red";

        /// <summary>Prefix of the grade of a code adopted by reference: "adopted: .NET Foundation Code of Conduct".</summary>
        public const string AdoptedPrefix = "adopted: ";

        public static string Adopted(string name) => AdoptedPrefix + name;

        public static bool IsAdopted(string grade) => grade != null && grade.StartsWith(AdoptedPrefix, System.StringComparison.Ordinal);

        public static string Grade(CocAudit audit, out List<string> missing, out List<string> redFlags)
        {
            missing = new List<string>();
            if (audit.HasPlaceholder) missing.Add("no-placeholders");
            if (!audit.HasReportingContact) missing.Add("reporting-contact");
            foreach (var kind in new[] { SectionKind.Scope, SectionKind.Standards, SectionKind.Responsibilities, SectionKind.Consequences })
            {
                if (audit.MissingElements.Contains(kind)) missing.Add(SectionCheck.ElementName(kind));
            }

            if (audit.AttributionMissing) missing.Add("attribution");

            redFlags = new List<string>();
            if (audit.IsLinkOnly) redFlags.Add("link-only");
            if (audit.HasPlaceholder) redFlags.Add("placeholder");
            if (audit.HasPublicOnlyChannel) redFlags.Add("public-channel");
            if (audit.HasDismissiveLanguage) redFlags.Add("dismissive-language");

            if (missing.Count == 0 && redFlags.Count == 0) return Green;
            if (!audit.HasReportingContact || missing.Count >= 4 || redFlags.Count >= 3) return Red;
            return Yellow;
        }

        public static string Describe(string grade)
        {
            switch (grade)
            {
                case Green: return "green (acceptable)";
                case Yellow: return "yellow (needs improvement)";
                default: return IsAdopted(grade) ? grade : "red (unacceptable)";
            }
        }
    }
}
