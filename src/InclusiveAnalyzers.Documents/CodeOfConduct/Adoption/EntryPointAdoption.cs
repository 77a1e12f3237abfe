using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Rules;
using InclusiveAnalyzers.Documents.CodeOfConduct.Checks;

namespace InclusiveAnalyzers.Documents.CodeOfConduct.Adoption
{
    /// <summary>
    /// A repository without a CODE_OF_CONDUCT file whose README or CONTRIBUTING guide adopts a code by link
    /// ("Since this project is part of the .NET Foundation, we ask our contributors to abide by their Code of
    /// Conduct"). That is the project's code of conduct: no INCL401, and the adoption is judged as in a pointer file.
    /// </summary>
    internal static class EntryPointAdoption
    {
        private static readonly Regex MailTo = new Regex(@"mailto:", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        /// <summary>The findings for an entry point that adopts a code, or null when it adopts none.</summary>
        public static IReadOnlyList<Finding>? Audit(string path, string text, CodeOfConductOptions options)
        {
            var document = CocDocument.Parse(path, text);
            var adoption = AdoptionDetector.InEntryPoint(document, options);
            if (adoption == null) return null;

            var findings = new List<Finding>();
            var code = adoption.Code;
            if (code == null)
            {
                string grade = Grader.Adopted(adoption.DisplayName + " (not checked)");
                bool own = options.Repository?.Owns(adoption.Url) == true;
                if (own || HasContactNear(document, adoption.Start))
                {
                    findings.Add(Summary(path, grade, $"Code of conduct grade: {grade}: adopted by reference in {path}"
                        + (own ? " from the project's own organisation (the address is at the repository's own names)" : ", with the project's own reporting contact")
                        + "; the code is not catalogued and was not checked.", adoption.Url));
                    return findings;
                }

                findings.Add(At(document, adoption, RuleCatalog.CocLinkOnly, Severity.Suggestion,
                    $"{path} adopts the code of conduct at {adoption.Url} by reference. That code is not in the catalog of known codes, so its "
                    + "contents and reporting route cannot be checked offline. If it is the project's code, declare it in inclusive.json: "
                    + $"\"codeOfConduct\": {{\"adopts\": \"{adoption.Url}\", \"contact\": \"<where to report>\"}}.",
                    CocAudit.Props("variant", "adopted-by-reference", "adopts", adoption.Url, "grade", grade)));
                findings.Add(Summary(path, grade, $"Code of conduct grade: {grade}: adopted by reference in {path}; the code is not catalogued and was not checked.", adoption.Url));
                return findings;
            }

            if (code.IsTemplate && string.IsNullOrWhiteSpace(options.Contact) && !HasContactNear(document, adoption.Start))
            {
                findings.Add(At(document, adoption, RuleCatalog.CocNoReportingContact, RuleCatalog.Get(RuleCatalog.CocNoReportingContact).DefaultSeverity,
                    ContactCheck.AdoptedTemplateMessage(adoption.DisplayName), CocAudit.Props("grade", Grader.Red, "adopts", adoption.Url)));
                findings.Add(Summary(path, Grader.Red,
                    $"Code of conduct grade: {Grader.Describe(Grader.Red)}: {path} adopts {adoption.DisplayName} by link without a reporting contact.", adoption.Url));
                return findings;
            }

            string adopted = Grader.Adopted(adoption.DisplayName);
            string route = code.IsTemplate ? string.Empty : (code.Contact ?? code.ReportingUrl) is { } r ? $" Reports go to the organisation: {r}." : string.Empty;
            findings.Add(Summary(path, adopted, $"Code of conduct grade: {adopted} (by reference in {path}).{route}", adoption.Url));
            return findings;
        }

        /// <summary>The INCL400 grade summary of a code adopted from an entry point (or declared), at that file.</summary>
        public static Finding Summary(string path, string grade, string message, string url) =>
            new Finding(RuleCatalog.CocAuditSummary, RuleCatalog.Get(RuleCatalog.CocAuditSummary).DefaultSeverity, message, path, 0, 0, 0, 0)
            {
                Properties = CocAudit.Props("grade", grade, "adopts", url),
            };

        private static Finding At(CocDocument document, CodeAdoption adoption, string ruleId, Severity severity, string message, Dictionary<string, string> properties)
        {
            document.Position(adoption.Start, out int line, out int column);
            document.Position(adoption.End, out int endLine, out int endColumn);
            return new Finding(ruleId, severity, message, document.Path, line, column, endLine, endColumn)
            {
                Offset = adoption.Start,
                Length = adoption.End - adoption.Start,
                Properties = properties,
            };
        }

        /// <summary>A private address in the section that adopts the template (a README is too long to search whole).</summary>
        private static bool HasContactNear(CocDocument document, int offset)
        {
            var section = document.SectionAt(offset);
            int start = section?.Start ?? Math.Max(0, offset - 1000);
            int end = section?.SectionEnd ?? Math.Min(document.Masked.Length, offset + 1000);
            string text = document.Masked.Substring(start, end - start);
            foreach (Match match in PlaceholderCheck.Email.Matches(text))
            {
                if (!PlaceholderCheck.IsReservedAddress(match.Value)) return true;
            }

            return MailTo.IsMatch(text);
        }
    }
}
