using System;
using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Configuration;
using InclusiveAnalyzers.Core.Policy;

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
        public int MaxFindingsPerFile { get; set; } = DefaultMaxFindingsPerFile;

        /// <summary>The per-file cap every door uses unless told otherwise (the CLI's C# findings too).</summary>
        public const int DefaultMaxFindingsPerFile = 1000;

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

        private IdentityCache? repositoryIdentity;

        /// <summary>The identity of the repository at <paramref name="root"/>, made once per root (its files are read only when asked).</summary>
        internal CodeOfConduct.RepositoryIdentity? RepositoryIdentityFor(string? root)
        {
            if (string.IsNullOrWhiteSpace(root)) return null;
            var cached = repositoryIdentity;
            if (cached != null && string.Equals(cached.Root, root, System.StringComparison.Ordinal)) return cached.Identity;
            var made = new IdentityCache(root!, CodeOfConduct.RepositoryIdentity.FromRoot(root));
            repositoryIdentity = made;
            return made.Identity;
        }

        private sealed class IdentityCache
        {
            public IdentityCache(string root, CodeOfConduct.RepositoryIdentity? identity)
            {
                Root = root;
                Identity = identity;
            }

            public string Root { get; }
            public CodeOfConduct.RepositoryIdentity? Identity { get; }
        }

        /// <summary>
        /// Audit a code of conduct (INCL4xx) when the path names one. The compiler's document analyzer turns
        /// this off: the audit needs the repository around the file, which the build task and the CLI have.
        /// </summary>
        public bool AuditCodeOfConduct { get; set; } = true;

        /// <summary>Thresholds and choices of the accessibility rules.</summary>
        public AccessibilityOptions Accessibility { get; set; } = new AccessibilityOptions();

        /// <summary>
        /// One outline decision repeated in a document (the same skipped heading level, or level-1 headings, ten
        /// times or more) is reported once, with the count (INCL320, INCL322). False reports every occurrence:
        /// the CLI's --no-fold and the build's InclusiveFoldRepeatedFindings=false, which list every copy.
        /// </summary>
        public bool FoldRepeatedOutline { get; set; } = true;

        /// <summary>
        /// How each rule is reported in each file (inclusive.json, .editorconfig and its term switches), from
        /// Core's one resolver; the host makes it with its .editorconfig reader. Null: made from
        /// <see cref="Settings"/> without .editorconfig. When set, its settings are the ones the scan uses.
        /// </summary>
        public SeverityResolver? Severities
        {
            get => severities;
            set
            {
                severities = value;
                if (value != null) Settings = value.Settings;
            }
        }

        private SeverityResolver? severities;

        /// <summary>The resolver in use: <see cref="Severities"/>, or one made once from <see cref="Settings"/>.</summary>
        internal SeverityResolver Resolver
        {
            get
            {
                if (severities != null && ReferenceEquals(severities.Settings, Settings)) return severities;
                return severities = new SeverityResolver(Settings);
            }
        }
    }
}
