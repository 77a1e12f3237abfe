using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Configuration;
using InclusiveAnalyzers.Core.Rules;
using InclusiveAnalyzers.Documents.CodeOfConduct;
using InclusiveAnalyzers.Documents.Analysis;
using InclusiveAnalyzers.Documents.Html;
using InclusiveAnalyzers.Documents.Markdown;
using InclusiveAnalyzers.Documents.Suppression;
using InclusiveAnalyzers.Documents.Text;

namespace InclusiveAnalyzers.Documents
{
    /// <summary>
    /// Checks Markdown, HTML, Razor (.razor, .cshtml) and plain-text documents: wording (INCL2xx), accessibility (INCL3xx) and,
    /// through the code-of-conduct part of this class, INCL4xx. One instance can be shared by threads.
    /// Nothing here throws for bad input: a document that cannot be checked gives one INCL002 finding.
    /// </summary>
    public sealed class DocumentScanner
    {
        private readonly DocumentScanOptions options;

        public DocumentScanner(DocumentScanOptions options)
        {
            this.options = options ?? throw new ArgumentNullException(nameof(options));
            this.options.Settings ??= InclusiveSettings.Default;
        }

        public DocumentScanOptions Options => options;

        /// <summary>The parser used for a path, from its extension.</summary>
        public static DocumentKind KindOf(string path)
        {
            var extension = Path.GetExtension(path ?? "").ToLowerInvariant();
            switch (extension)
            {
                case ".md":
                case ".markdown":
                case ".mdx":
                case ".mdown":
                case ".mkd":
                case ".mkdn":
                    return DocumentKind.Markdown;
                case ".htm":
                case ".html":
                case ".xhtml":
                    return DocumentKind.Html;
                case ".razor":
                case ".cshtml":
                    return DocumentKind.Razor;
                default:
                    return DocumentKind.Unknown;
            }
        }

        /// <summary>True when <see cref="Scan"/> has a parser for the path (not plain text): what a host hands over as a document.</summary>
        public static bool IsDocument(string path) => KindOf(path) != DocumentKind.Unknown;

        /// <summary>Checks one document held in memory. <paramref name="path"/> picks the parser and is what findings carry.</summary>
        public IReadOnlyList<Finding> Scan(string path, string text)
        {
            var display = PathText.Relativize(path ?? "", options.RepositoryRoot);
            if (text == null) return Skipped(display, "The document has no text, so it was not checked.");
            if (text.Length > options.MaxFileBytes)
            {
                return Skipped(display, $"The document holds {text.Length:N0} characters, more than the {DocumentReader.DescribeSize(options.MaxFileBytes)} limit, so it was not checked. " +
                                         "Exclude it from the scan, or raise the size limit if it really is a document.");
            }
            return Analyze(display, text);
        }

        /// <summary>Reads and checks one file. Binary, oversized, unreadable and non-UTF-8 files give one INCL002 finding.</summary>
        public IReadOnlyList<Finding> ScanFile(string fullPath)
        {
            var display = PathText.Relativize(fullPath ?? "", options.RepositoryRoot);
            if (string.IsNullOrEmpty(fullPath)) return Skipped(display, "No file name was given, so nothing was checked.");
            if (!DocumentReader.TryRead(fullPath!, options.MaxFileBytes, out var text, out var problem)) return Skipped(display, problem);
            return Analyze(display, text);
        }

        /// <summary>
        /// Checks every file, then the repository as a whole (a code of conduct in a standard place and
        /// linked from the README). Files are checked in parallel; the result keeps the order of <paramref name="fullPaths"/>.
        /// </summary>
        public IReadOnlyList<Finding> ScanRepository(string root, IEnumerable<string> fullPaths)
        {
            var paths = (fullPaths ?? Enumerable.Empty<string>()).Where(p => !string.IsNullOrEmpty(p)).ToArray();
            var perFile = new IReadOnlyList<Finding>[paths.Length];
            Parallel.For(0, paths.Length, i => perFile[i] = ScanFile(paths[i]));
            var all = new List<Finding>();
            foreach (var list in perFile) all.AddRange(list);
            all.AddRange(CheckRepository(root, paths));
            return all;
        }

        /// <summary>
        /// Only the checks across files (a code of conduct in a standard place, linked from the README or the
        /// CONTRIBUTING guide): they need the list of paths and the texts of those entry points, nothing else, so a
        /// host that caches each document's findings runs this alone when one document changed.
        /// </summary>
        public IReadOnlyList<Finding> CheckRepository(string root, IEnumerable<string> fullPaths)
        {
            var paths = (fullPaths ?? Enumerable.Empty<string>()).Where(p => !string.IsNullOrEmpty(p)).ToArray();
            var all = new List<Finding>();
            var relative = paths.Select(p => PathText.Relativize(p, root)).ToList();
            var byRelative = new Dictionary<string, string>(StringComparer.Ordinal);
            for (int i = 0; i < paths.Length; i++) byRelative[relative[i]] = paths[i];
            IReadOnlyList<Finding> repository;
            try
            {
                repository = CodeOfConductAuditor.AuditRepository(root, relative, r => byRelative.TryGetValue(r, out var full) && DocumentReader.TryRead(full, options.MaxFileBytes, out var t, out _) ? t : null,
                    CodeOfConductOptions.For(options.Settings?.Config?.CodeOfConduct));
            }
            catch (Exception e) when (!(e is OutOfMemoryException))
            {
                repository = new[] { new Finding(RuleCatalog.DocumentSkipped, Severity.Warning, $"The repository checks could not run ({e.GetType().Name}: {e.Message}). Please report this.", "", 0, 0, 0, 0) };
            }
            foreach (var finding in repository)
            {
                var display = RepositoryPath(root, finding.Path);
                var gate = new RuleGate(options.Settings!, finding.Path, options.RuleSeverityFor, display);
                var severity = gate.Severity(finding.RuleId);
                if (severity == Severity.None) continue;
                if (gate.IsUserSet(finding.RuleId)) finding.Severity = severity;
                finding.Path = display;
                all.Add(finding);
            }
            return all;
        }

        private string RepositoryPath(string root, string relative)
        {
            if (string.IsNullOrEmpty(options.RepositoryRoot)) return relative;
            return PathText.Relativize(Path.Combine(root, relative), options.RepositoryRoot);
        }

        private IReadOnlyList<Finding> Analyze(string display, string text)
        {
            var kind = KindOf(display);
            var context = new DocumentContext(display, display, text, kind, options);
            try
            {
                switch (kind)
                {
                    case DocumentKind.Markdown:
                        MarkdownDocumentAnalyzer.Analyze(context);
                        break;
                    case DocumentKind.Html:
                        HtmlDocumentAnalyzer.Analyze(context);
                        break;
                    case DocumentKind.Razor:
                        Razor.RazorDocumentAnalyzer.Analyze(context);
                        break;
                    default:
                        PlainTextAnalyzer.Analyze(context);
                        break;
                }
                if (options.AuditCodeOfConduct && CodeOfConductAuditor.IsCodeOfConductPath(display)) AddCodeOfConduct(context);
            }
            catch (DocumentTooComplexException e)
            {
                return Skipped(display, e.Message);
            }
            catch (Exception e) when (!(e is OutOfMemoryException || e is InsufficientExecutionStackException))
            {
                // A bug of ours must not stop the scan of the other files; say so plainly.
                return Skipped(display, $"The document could not be checked because of an internal error ({e.GetType().Name}: {e.Message}). Please report this with the file attached.");
            }
            return WithUnlistedSummary(context, ApplySuppressions(context));
        }

        /// <summary>The findings, plus one INCL002 saying how many past the per-file cap were not listed.</summary>
        private static IReadOnlyList<Finding> WithUnlistedSummary(DocumentContext context, IReadOnlyList<Finding> findings)
        {
            if (context.Unlisted == null) return findings;
            var severity = context.Gate.Severity(RuleCatalog.DocumentSkipped);
            if (severity == Severity.None) return findings;
            var total = context.Unlisted.Values.Sum();
            var byRule = string.Join(", ", context.Unlisted.Select(p => $"{p.Value:N0} {p.Key}"));
            var summary = new Finding(RuleCatalog.DocumentSkipped, severity,
                $"{total:N0} more findings in this file were not listed ({byRule}; counted before suppression comments): only the first {context.Options.MaxFindingsPerFile:N0} are. " +
                "The same problem repeated is usually generated text: fix the listed ones ('inclusive fix' rewrites wording everywhere) and scan again, or exclude the file.",
                context.Path, 0, 0, 0, 0);
            var all = new List<Finding>(findings.Count + 1);
            all.AddRange(findings);
            all.Add(summary);
            return all;
        }

        /// <summary>The code-of-conduct audit of this document, with the user's rule severities applied.</summary>
        private static void AddCodeOfConduct(DocumentContext context)
        {
            var report = CodeOfConductAuditor.Audit(context.Path, context.Text, CodeOfConductOptions.For(context.Options.Settings?.Config?.CodeOfConduct));
            foreach (var finding in report.Findings)
            {
                var severity = context.Gate.Severity(finding.RuleId);
                if (severity == Severity.None) continue;
                if (context.Gate.IsUserSet(finding.RuleId)) finding.Severity = severity;
                finding.Path = context.Path;
                if (finding.Line > 0 && finding.Offset < 0) finding.Offset = context.Map.LineStart(finding.Line) + Math.Max(0, finding.Column - 1);
                context.Findings.Add(finding);
            }
        }

        internal static IReadOnlyList<Finding> ApplySuppressions(DocumentContext context)
        {
            if (context.Findings.Count == 0) return context.Findings;
            var map = context.Suppressions ?? SuppressionMap.Parse(context.Text, context.Map, null);
            if (map.IsEmpty) return context.Findings;
            return context.Findings.Where(f => !map.IsSuppressed(f, context.Text.Length)).ToList();
        }

        private IReadOnlyList<Finding> Skipped(string display, string message)
        {
            var gate = new RuleGate(options.Settings, display, options.RuleSeverityFor);
            var severity = gate.Severity(RuleCatalog.DocumentSkipped);
            if (severity == Severity.None) return Array.Empty<Finding>();
            return new[] { new Finding(RuleCatalog.DocumentSkipped, severity, message, display, 0, 0, 0, 0) };
        }
    }
}
