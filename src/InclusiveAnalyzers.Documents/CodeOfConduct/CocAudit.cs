using System.Collections.Generic;
using System.Linq;
using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Rules;

namespace InclusiveAnalyzers.Documents.CodeOfConduct
{
    /// <summary>The state one document's audit builds up: findings, what was recognised, and what the grade needs.</summary>
    internal sealed class CocAudit
    {
        private readonly List<Finding> findings = new List<Finding>();
        private readonly DisjointSpans placeholderSpans = new DisjointSpans();
        private readonly HashSet<string> privateEmailSet = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase);

        public CocAudit(CocDocument document, CodeOfConductOptions options)
        {
            Document = document;
            Options = options;
        }

        public CocDocument Document { get; }
        public CodeOfConductOptions Options { get; }
        public IReadOnlyList<Finding> Findings => findings;

        public VersionMention? Version { get; set; }
        public bool NamesCovenant { get; set; }
        /// <summary>True for a translated template whose sections were matched by position.</summary>
        public bool IsTranslatedTemplate { get; set; }
        public CovenantTemplate? Template { get; set; }
        /// <summary>The code this document adopts by reference, when it is a pointer rather than a code of its own.</summary>
        public Adoption.CodeAdoption? Adoption { get; set; }

        // What the grade is made of (reference section 3, "Grading").
        public bool HasPlaceholder { get; set; }
        public bool HasReportingContact { get; set; }
        public bool HasPrivateContact { get; set; }
        public bool IsLinkOnly { get; set; }
        public bool HasPublicOnlyChannel { get; set; }
        public bool HasDismissiveLanguage { get; set; }
        public bool AttributionMissing { get; set; }
        public HashSet<SectionKind> MissingElements { get; } = new HashSet<SectionKind>();
        public HashSet<SectionKind> PresentElements { get; } = new HashSet<SectionKind>();
        public List<string> Hints { get; } = new List<string>();
        /// <summary>The private addresses, each once (ignoring case), in the order found; add through <see cref="AddPrivateEmail"/>.</summary>
        public List<string> PrivateEmails { get; } = new List<string>();
        public bool HasNamedPeople { get; set; }

        public bool OverlapsPlaceholder(int start, int end) => placeholderSpans.Overlaps(start, end);

        /// <summary>A placeholder's span; callers add only spans that <see cref="OverlapsPlaceholder"/> said no to.</summary>
        public void AddPlaceholderSpan(int start, int end) => placeholderSpans.Add(start, end);

        /// <summary>Adds an address unless it is listed already (a set, not a scan of the list: a file can hold thousands).</summary>
        public void AddPrivateEmail(string address)
        {
            if (privateEmailSet.Add(address)) PrivateEmails.Add(address);
        }

        public Finding Add(string ruleId, int start, int end, string message, Severity? severity = null, IReadOnlyDictionary<string, string>? properties = null)
        {
            Document.Position(start, out int line, out int column);
            Document.Position(end, out int endLine, out int endColumn);
            var finding = new Finding(ruleId, severity ?? RuleCatalog.Get(ruleId).DefaultSeverity, message, Document.Path, line, column, endLine, endColumn)
            {
                Offset = start,
                Length = end - start,
                Properties = properties,
            };
            findings.Add(finding);
            return finding;
        }

        public Finding AddFileLevel(string ruleId, string message, Severity? severity = null, IReadOnlyDictionary<string, string>? properties = null)
        {
            var finding = new Finding(ruleId, severity ?? RuleCatalog.Get(ruleId).DefaultSeverity, message, Document.Path, 0, 0, 0, 0)
            {
                Properties = properties,
            };
            findings.Add(finding);
            return finding;
        }

        /// <summary>True when any heading (or, for translated templates, any mapped section) is of the kind.</summary>
        public bool HasSection(SectionKind kind) => Document.Headings.Any(h => h.Kind == kind);

        /// <summary>Offsets of the text a check should read: everything visible except the attribution section.</summary>
        public bool IsInAttribution(int offset) => Document.IsInSectionOfKind(offset, SectionKind.Attribution);

        public static Dictionary<string, string> Props(params string[] pairs)
        {
            var dictionary = new Dictionary<string, string>();
            for (int i = 0; i + 1 < pairs.Length; i += 2) dictionary[pairs[i]] = pairs[i + 1];
            return dictionary;
        }
    }
}
