using System.Collections.Generic;
using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Documents.Parsing;
using InclusiveAnalyzers.Documents.Text;
using InclusiveAnalyzers.Core.Selection;

namespace InclusiveAnalyzers.Documents.Analysis
{
    /// <summary>
    /// One document while it is being checked: its text, where it lives, what kind of document it is,
    /// and the findings so far. Every rule reports through <see cref="Report"/>, which applies the
    /// rule's configured severity; suppression comments are applied once at the end by the scanner.
    /// </summary>
    internal sealed class DocumentContext
    {
        private readonly RuleGate gate;

        /// <param name="path">The path findings carry: the full path of a file, or the path given for text held in memory.</param>
        /// <param name="relativePath">The display path (relative to the repository root when one is set, with '/').</param>
        public DocumentContext(string path, string relativePath, string text, FileKind kind, DocumentScanOptions options)
        {
            Path = path;
            RelativePath = relativePath;
            Text = text;
            Kind = kind;
            Map = new LineMap(text);
            Options = options;
            gate = new RuleGate(options.Resolver, path);
        }

        /// <summary>The path findings carry (a file's full path; the given path for text held in memory).</summary>
        public string Path { get; }
        /// <summary>The display path findings carry, with '/' (relative to the repository root when one is set); fragment globs and dialects read it.</summary>
        public string RelativePath { get; }
        public string Text { get; }
        public FileKind Kind { get; }
        public LineMap Map { get; }
        public DocumentScanOptions Options { get; }
        public AccessibilityOptions A11y => Options.Accessibility;

        /// <summary>Front matter found at the top of the document (Markdown only), or null.</summary>
        public FrontMatter? FrontMatter { get; set; }

        /// <summary>False for includes and partials: page-level rules skip them.</summary>
        public bool IsStandalone { get; set; } = true;

        /// <summary>A MyST document (Sphinx Markdown): <c>[](target)</c> links take the target's title.</summary>
        public bool IsMyst { get; set; }

        /// <summary>An MkDocs page (it opens an admonition or content tab): headings also take Python-Markdown's anchors.</summary>
        public bool IsMkDocs { get; set; }

        /// <summary>Whether a Markdown dialect (MyST, MDX) blanked markup before the parse, beyond the front matter.</summary>
        public bool DialectBlanked { get; set; }

        /// <summary>MyST target labels (<c>(label)=</c> lines): anchors for fragment links.</summary>
        public System.Collections.Generic.IReadOnlyList<string> MystTargets { get; set; } = System.Array.Empty<string>();

        public List<Finding> Findings { get; } = new List<Finding>();

        /// <summary>The parsed Markdown (Markdown documents only), for checks that need the syntax tree.</summary>
        public Markdig.Syntax.MarkdownDocument? Markdown { get; set; }

        /// <summary>The parsed HTML: the page for HTML files; for Markdown, its raw HTML parsed together (may be null).</summary>
        public AngleSharp.Dom.IDocument? Html { get; set; }

        /// <summary>What the Markdown walk found (Markdown documents only).</summary>
        internal Markdown.MarkdownModel? MarkdownModel { get; set; }

        /// <summary>Glob matcher for configured fragment globs.</summary>
        public System.Func<string, string, bool>? GlobMatch { get; set; } = Core.Configuration.Glob.IsMatch;

        /// <summary>Suppression comments, read by the analyzer that knows which comments are code; null: read them from the raw text.</summary>
        public Suppression.SuppressionMap? Suppressions { get; set; }

        public bool IsEnabled(string ruleId) => gate.IsEnabled(ruleId);

        public RuleGate Gate => gate;

        /// <summary>Wording findings with the matches behind them (the fixer rewrites from these).</summary>
        public List<(Finding Finding, Core.Terms.TermMatch Match)> WordingMatches { get; } = new List<(Finding, Core.Terms.TermMatch)>();

        /// <summary>The document's term matcher, made on first use.</summary>
        internal Wording.WordingMatcher? Wording { get; set; }

        /// <summary>Set by the fixer: only wording is needed, accessibility rules are skipped.</summary>
        public bool WordingOnly { get; set; }

        /// <summary>Findings past <see cref="DocumentScanOptions.MaxFindingsPerFile"/>, by rule: counted, not built.</summary>
        public SortedDictionary<string, int>? Unlisted { get; private set; }

        private readonly System.Diagnostics.Stopwatch clock = System.Diagnostics.Stopwatch.StartNew();
        private int budgetChecks;

        /// <summary>
        /// Throws <see cref="DocumentTooComplexException"/> once the file has used its time budget. Called
        /// from the loops over blocks, elements and matches; reads the clock once every 256 calls.
        /// </summary>
        public void CheckBudget()
        {
            if ((++budgetChecks & 255) == 0) CheckBudgetNow();
        }

        /// <summary>True (and the finding counted) when the file already lists as many findings as allowed. Never while fixing: every occurrence is rewritten.</summary>
        public bool CountIfFull(string ruleId)
        {
            CheckBudget();
            if (WordingOnly || Findings.Count < Options.MaxFindingsPerFile) return false;
            Unlisted ??= new SortedDictionary<string, int>(System.StringComparer.Ordinal);
            Unlisted.TryGetValue(ruleId, out var count);
            Unlisted[ruleId] = count + 1;
            return true;
        }

        public void CheckBudgetNow()
        {
            var budget = Options.FileTimeBudget + System.TimeSpan.FromTicks((long)(Options.FileTimeBudgetPerMegabyte.Ticks * (Text.Length / 1e6)));
            if (clock.Elapsed > budget)
            {
                throw new DocumentTooComplexException(
                    $"Checking the document took longer than the {budget.TotalSeconds:0.#} s allowed for it, so it was not checked. " +
                    "Such a file is usually generated or malformed: exclude it from the scan, or split it.");
            }
        }

        /// <summary>Reports a finding over [offset, offset + length). <paramref name="variant"/> is a per-case severity that the user's choice overrides.</summary>
        public Finding? Report(string ruleId, int offset, int length, string message, Severity? variant = null,
            string? term = null, IReadOnlyList<string>? replacements = null, System.Func<string?>? fingerprintOf = null)
        {
            var severity = Resolve(ruleId, variant);
            if (severity == Severity.None) return null;
            if (CountIfFull(ruleId)) return null;
            if (length < 0) length = 0;
            var (line, column) = Map.GetPosition(offset);
            var (endLine, endColumn) = Map.GetPosition(offset + length);
            var finding = new Finding(ruleId, severity, message, Path, line, column, endLine, endColumn)
            {
                DisplayPath = RelativePath,
                Offset = offset,
                Length = length,
                Term = term,
                Replacements = replacements,
                // Made only for a finding that is reported: an element's fingerprint hashes its source.
                Fingerprint = fingerprintOf != null ? fingerprintOf() : MarkupFingerprint.Of(Text, offset, length),
            };
            Findings.Add(finding);
            return finding;
        }

        /// <summary>Reports a finding about the whole file (line 0).</summary>
        public Finding? ReportFile(string ruleId, string message, Severity? variant = null, string? term = null, IReadOnlyList<string>? replacements = null)
        {
            var severity = Resolve(ruleId, variant);
            if (severity == Severity.None) return null;
            var finding = new Finding(ruleId, severity, message, Path, 0, 0, 0, 0) { DisplayPath = RelativePath, Term = term, Replacements = replacements };
            Findings.Add(finding);
            return finding;
        }

        private Severity Resolve(string ruleId, Severity? variant)
        {
            var configured = gate.Severity(ruleId);
            if (configured == Severity.None) return Severity.None;
            return variant.HasValue && !gate.IsUserSet(ruleId) ? variant.Value : configured;
        }
    }
}
