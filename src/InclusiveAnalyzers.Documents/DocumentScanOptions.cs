using System;
using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Configuration;

namespace InclusiveAnalyzers.Documents
{
    /// <summary>Everything a scan needs besides the files. Set once, then share between threads.</summary>
    public sealed class DocumentScanOptions
    {
        /// <summary>The term catalog and the user's inclusive.json (term switches, rule severities, path overrides).</summary>
        public InclusiveSettings Settings { get; set; } = InclusiveSettings.Default;

        /// <summary>Files larger than this are reported (INCL002) instead of being read.</summary>
        public long MaxFileBytes { get; set; } = 10 * 1024 * 1024;

        /// <summary>
        /// Findings listed per file; past it they are counted, and one INCL002 finding says how many more
        /// of each rule there were (a generated 7 MB line can hold 400,000 copies of one problem).
        /// </summary>
        public int MaxFindingsPerFile { get; set; } = 1000;

        /// <summary>
        /// The last guard against input no other limit catches: a file whose checks run longer than this
        /// plus <see cref="FileTimeBudgetPerMegabyte"/> per MB of text is reported (INCL002) and skipped,
        /// and the scan goes on with the other files. Wall time, so it is generous: a loaded CI machine
        /// runs ten times slower than an idle one, and a checked file must not turn into a skipped one.
        /// </summary>
        public System.TimeSpan FileTimeBudget { get; set; } = System.TimeSpan.FromSeconds(30);

        /// <summary>Added to <see cref="FileTimeBudget"/> per million characters of text.</summary>
        public System.TimeSpan FileTimeBudgetPerMegabyte { get; set; } = System.TimeSpan.FromSeconds(5);

        /// <summary>When set, finding paths are relative to it, with forward slashes.</summary>
        public string? RepositoryRoot { get; set; }

        /// <summary>
        /// Audit a code of conduct (INCL4xx) when the path names one. The compiler's document analyzer turns
        /// this off: the audit needs the repository around the file, which the build task and the CLI have.
        /// </summary>
        public bool AuditCodeOfConduct { get; set; } = true;

        /// <summary>Thresholds and choices of the accessibility rules.</summary>
        public AccessibilityOptions Accessibility { get; set; } = new AccessibilityOptions();

        /// <summary>
        /// Per-file term switches layered over inclusive.json (a host passes .editorconfig's
        /// <c>inclusive_analyzers.*</c> here). Gets the path findings carry: relative to
        /// <see cref="RepositoryRoot"/> when set, else the path as given. Null or empty: none. Must be thread-safe.
        /// </summary>
        public Func<string, MatcherOptions?>? TermOptionsFor { get; set; }

        /// <summary>
        /// Per-file rule severity that wins over inclusive.json (a host passes .editorconfig's
        /// <c>dotnet_diagnostic.ID.severity</c> here), so a rule off by default runs when it is set above
        /// <c>none</c>. Gets the rule id and the same path as <see cref="TermOptionsFor"/>; null leaves the
        /// rule to inclusive.json and its default. Must be thread-safe.
        /// </summary>
        public Func<string, string, Severity?>? RuleSeverityFor { get; set; }

        /// <summary>The full path of a path handed to the hooks (relative to <see cref="RepositoryRoot"/> when set).</summary>
        public string FullPathOf(string path)
        {
            if (string.IsNullOrEmpty(path) || System.IO.Path.IsPathRooted(path) || string.IsNullOrEmpty(RepositoryRoot)) return System.IO.Path.GetFullPath(string.IsNullOrEmpty(path) ? "." : path);
            return System.IO.Path.GetFullPath(System.IO.Path.Combine(RepositoryRoot, path));
        }
    }
}
