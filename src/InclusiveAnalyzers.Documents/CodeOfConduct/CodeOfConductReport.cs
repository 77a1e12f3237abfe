using System.Collections.Generic;
using InclusiveAnalyzers.Core;

namespace InclusiveAnalyzers.Documents.CodeOfConduct
{
    /// <summary>The audit of one code of conduct: its findings, its grade and what was recognised.</summary>
    public sealed class CodeOfConductReport
    {
        internal CodeOfConductReport(string path, IReadOnlyList<Finding> findings, string grade, string? version, string? template,
            IReadOnlyList<string> missingElements, IReadOnlyList<string> redFlags, IReadOnlyList<string> hints)
        {
            Path = path;
            Findings = findings;
            Grade = grade;
            Version = version;
            Template = template;
            MissingElements = missingElements;
            RedFlags = redFlags;
            Hints = hints;
        }

        public string Path { get; }
        /// <summary>Every INCL4xx finding in the file, the INCL400 grade summary last.</summary>
        public IReadOnlyList<Finding> Findings { get; }
        /// <summary>"green" (acceptable), "yellow" (needs improvement) or "red" (unacceptable).</summary>
        public string Grade { get; }
        /// <summary>The template version the document names ("2.1"), or null.</summary>
        public string? Version { get; }
        /// <summary>"contributor-covenant" when the document is (adapted from) the Contributor Covenant, else null.</summary>
        public string? Template { get; }
        /// <summary>Required elements that are missing, as short names (reporting-contact, scope, ...).</summary>
        public IReadOnlyList<string> MissingElements { get; }
        /// <summary>Red flags found: link-only, placeholder, public-channel, dismissive-language.</summary>
        public IReadOnlyList<string> RedFlags { get; }
        /// <summary>Report-only advice (responders, protected groups, revision history, reporting process).</summary>
        public IReadOnlyList<string> Hints { get; }
    }
}
