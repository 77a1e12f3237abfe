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

        /// <summary>When set, finding paths are relative to it, with forward slashes.</summary>
        public string? RepositoryRoot { get; set; }

        /// <summary>Thresholds and choices of the accessibility rules.</summary>
        public AccessibilityOptions Accessibility { get; set; } = new AccessibilityOptions();
    }
}
