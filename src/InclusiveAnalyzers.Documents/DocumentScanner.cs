using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Configuration;
using InclusiveAnalyzers.Core.Policy;
using InclusiveAnalyzers.Core.Rules;
using InclusiveAnalyzers.Core.Selection;
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
            _ = this.options.Resolver; // made once here, before threads share the options
        }

        public DocumentScanOptions Options => options;

        /// <summary>
        /// Builds what the first documents all need before they can be checked: the rule table, the term catalog and
        /// the matcher a document at <paramref name="path"/> is checked with (the one most documents share). A host that
        /// runs this on a spare core while it lists files spares its first workers that wait; without it the first
        /// document builds them. Safe to call from any thread, any number of times.
        /// </summary>
        public void Prepare(string path)
        {
            path ??= "";
            var context = new DocumentContext(path, RelativePaths.Display(path, options.RepositoryRoot), "", KindOf(path), options);
            _ = Wording.WordingMatcher.For(context);
        }

        /// <summary>The parser used for a path, from its extension.</summary>
        public static FileKind KindOf(string path) => FileKinds.IsDocument(path) ? FileKinds.Of(path) : FileKind.Unknown;

        /// <summary>What a door hands the scanner from a walk: a document it parses, or a code of conduct by its name (CODE_OF_CONDUCT.txt is read as plain text).</summary>
        public static bool Reads(string path) => IsDocument(path) || CocPaths.HasCodeOfConductName(Path.GetFileName(path ?? string.Empty));

        /// <summary>True when <see cref="Scan"/> has a parser for the path (not plain text): what a host hands over as a document.</summary>
        public static bool IsDocument(string path) => FileKinds.IsDocument(path);

        /// <summary>
        /// A README or CONTRIBUTING guide in plain text, reStructuredText or AsciiDoc (<c>README.rst</c>, <c>docs/CONTRIBUTING.txt</c>)
        /// at <paramref name="relativePath"/> ('/'-separated, from the repository root): read by the repository audit only.
        /// </summary>
        public static bool IsPlainTextEntryPoint(string relativePath)
            => !string.IsNullOrEmpty(relativePath) && FileKinds.IsPlainText(relativePath) && CodeOfConductAuditor.IsEntryPoint(relativePath);

        /// <summary>
        /// Checks one document held in memory. <paramref name="path"/> picks the parser and is what findings
        /// carry (a full path also finds its .editorconfig); their display path is relative to the repository root.
        /// </summary>
        public IReadOnlyList<Finding> Scan(string path, string text)
        {
            path ??= "";
            var display = RelativePaths.Display(path, options.RepositoryRoot);
            if (text == null) return Skipped(path, display, "The document has no text, so it was not checked.");
            if (text.Length > options.MaxFileBytes)
            {
                return Skipped(path, display, $"The document holds {text.Length:N0} characters, more than the {DocumentReader.DescribeSize(options.MaxFileBytes)} limit, so it was not checked. " +
                                         "Exclude it from the scan, or raise the size limit if it really is a document.");
            }
            return Analyze(path, display, text);
        }

        /// <summary>Reads and checks one file. Binary, oversized, unreadable and non-UTF-8 files give one INCL002 finding.</summary>
        public IReadOnlyList<Finding> ScanFile(string fullPath)
        {
            fullPath ??= "";
            var display = RelativePaths.Display(fullPath, options.RepositoryRoot);
            if (fullPath.Length == 0) return Skipped(fullPath, display, "No file name was given, so nothing was checked.");
            if (!DocumentReader.TryRead(fullPath, options.MaxFileBytes, out var text, out var problem)) return Skipped(fullPath, display, problem);
            return Analyze(fullPath, display, text);
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
            all.AddRange(AuditRepository(root, paths));
            return all;
        }

        /// <summary>
        /// Only the checks across files (a code of conduct in a standard place, linked from the README or the
        /// CONTRIBUTING guide), over the documents <paramref name="fullPaths"/> below <paramref name="root"/>: they
        /// need the list of paths and the texts of those entry points, nothing else, so a host that caches each
        /// document's findings (the build task) or scans the files itself (the CLI) runs this alone.
        /// <see cref="ScanRepository"/> calls it after its own file scans.
        /// </summary>
        /// <param name="readText">Reads a document's text by full path (a host holding documents in memory); null: from disk.</param>
        /// <param name="findPlainTextEntryPoints">
        /// True: README/CONTRIBUTING guides in plain text or reStructuredText (<see cref="IsPlainTextEntryPoint"/>) are found on
        /// disk below <paramref name="root"/>, since hosts hand over only the documents they scan. False: the host lists them
        /// itself (a scan of a past commit, whose files are not the ones on disk).
        /// </param>
        public IReadOnlyList<Finding> AuditRepository(string root, IEnumerable<string> fullPaths, Func<string, string?>? readText = null, bool findPlainTextEntryPoints = true)
        {
            var paths = (fullPaths ?? Enumerable.Empty<string>()).Where(p => !string.IsNullOrEmpty(p)).ToArray();
            if (findPlainTextEntryPoints) paths = paths.Concat(PlainTextEntryPoints.OnDisk(root, paths)).ToArray();
            var all = new List<Finding>();
            var relative = paths.Select(p => RelativePaths.Display(p, root)).ToList();
            var byRelative = new Dictionary<string, string>(StringComparer.Ordinal);
            for (int i = 0; i < paths.Length; i++) byRelative[relative[i]] = paths[i];
            IReadOnlyList<Finding> repository;
            try
            {
                repository = CodeOfConductAuditor.AuditRepository(root, relative, r => !byRelative.TryGetValue(r, out var full) ? null : readText != null ? readText(full) : DocumentReader.TryRead(full, options.MaxFileBytes, out var t, out _) ? t : null,
                    CodeOfConductOptions.For(options.Settings?.Config?.CodeOfConduct, options.RepositoryIdentityFor(root)));
            }
            catch (Exception e) when (!(e is OutOfMemoryException))
            {
                repository = new[] { new Finding(RuleCatalog.DocumentSkipped, Severity.Warning, $"The repository checks could not run ({e.GetType().Name}: {e.Message}). Please report this.", "", 0, 0, 0, 0) };
            }
            foreach (var finding in repository)
            {
                var full = Path.GetFullPath(Path.Combine(root, finding.Path));
                var placed = Placed(finding, full, RelativePaths.Display(full, options.RepositoryRoot ?? root), options.Resolver);
                if (placed != null) all.Add(placed);
            }
            return all;
        }

        /// <summary>
        /// A code-of-conduct finding (made with a relative path) at its file's full and display paths, at the
        /// severity the user chose for its rule there; null when the rule is off there.
        /// </summary>
        private static Finding? Placed(Finding finding, string fullPath, string displayPath, SeverityResolver severities, int offset = -1)
        {
            var severity = severities.RuleSeverity(finding.RuleId, fullPath);
            if (severity == Severity.None) return null;
            return new Finding(finding.RuleId, severities.ChosenSeverity(finding.RuleId, fullPath).HasValue ? severity : finding.Severity,
                finding.Message, fullPath, finding.Line, finding.Column, finding.EndLine, finding.EndColumn)
            {
                DisplayPath = displayPath,
                Offset = finding.Offset >= 0 ? finding.Offset : offset,
                Length = finding.Length,
                Term = finding.Term,
                Replacements = finding.Replacements,
                Fingerprint = finding.Fingerprint,
                Properties = finding.Properties,
            };
        }

        private IReadOnlyList<Finding> Analyze(string path, string display, string text)
        {
            var kind = KindOf(display);
            var context = new DocumentContext(path, display, text, kind, options);
            try
            {
                switch (kind)
                {
                    case FileKind.Markdown:
                        MarkdownDocumentAnalyzer.Analyze(context);
                        break;
                    case FileKind.Html:
                        HtmlDocumentAnalyzer.Analyze(context);
                        break;
                    case FileKind.Razor:
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
                return Skipped(path, display, e.Message);
            }
            catch (Exception e) when (!(e is OutOfMemoryException || e is InsufficientExecutionStackException))
            {
                // A bug of ours must not stop the scan of the other files; say so plainly.
                return Skipped(path, display, $"The document could not be checked because of an internal error ({e.GetType().Name}: {e.Message}). Please report this with the file attached.");
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
                context.Path, 0, 0, 0, 0)
            { DisplayPath = context.RelativePath };
            var all = new List<Finding>(findings.Count + 1);
            all.AddRange(findings);
            all.Add(summary);
            return all;
        }

        /// <summary>The code-of-conduct audit of this document, with the user's rule severities applied.</summary>
        private static void AddCodeOfConduct(DocumentContext context)
        {
            var report = CodeOfConductAuditor.Audit(context.RelativePath, context.Text, CodeOfConductOptions.For(context.Options.Settings?.Config?.CodeOfConduct, context.Options.RepositoryIdentityFor(context.Options.RepositoryRoot)), context);
            foreach (var finding in report.Findings)
            {
                var offset = finding.Line > 0 ? context.Map.LineStart(finding.Line) + Math.Max(0, finding.Column - 1) : -1;
                var placed = Placed(finding, context.Path, context.RelativePath, context.Options.Resolver, offset);
                // Located findings (a placeholder address on every line of a generated file) count against the
                // per-file cap like any other; the file-level verdicts (grade, missing elements) are always listed.
                if (placed != null && (finding.Line == 0 || !context.CountIfFull(placed.RuleId))) context.Findings.Add(placed);
            }
        }

        internal static IReadOnlyList<Finding> ApplySuppressions(DocumentContext context)
        {
            if (context.Findings.Count == 0) return context.Findings;
            var map = context.Suppressions ?? SuppressionMap.Parse(context.Text, context.Map, null);
            if (map.IsEmpty) return context.Findings;
            return context.Findings.Where(f => !map.IsSuppressed(f, context.Text.Length)).ToList();
        }

        private IReadOnlyList<Finding> Skipped(string path, string display, string message)
        {
            var severity = options.Resolver.RuleSeverity(RuleCatalog.DocumentSkipped, path);
            if (severity == Severity.None) return Array.Empty<Finding>();
            return new[] { new Finding(RuleCatalog.DocumentSkipped, severity, message, path, 0, 0, 0, 0) { DisplayPath = display } };
        }
    }
}
