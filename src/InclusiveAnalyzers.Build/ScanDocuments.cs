using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using InclusiveAnalyzers.Build.Caching;
using InclusiveAnalyzers.Build.Reporting;
using InclusiveAnalyzers.Build.Sarif;
using InclusiveAnalyzers.Build.Selection;
using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Configuration;
using InclusiveAnalyzers.Core.Policy;
using InclusiveAnalyzers.Core.Rules;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace InclusiveAnalyzers.Build
{
    /// <summary>
    /// Scans Markdown and HTML documents and logs each finding as a build warning, error or message.
    /// Two modes: a project's own documents (<see cref="Documents"/>), or, with
    /// <see cref="ScanRepository"/>, the repository-level documents found below
    /// <see cref="RepositoryRoot"/> (called once per build through InclusiveAnalyzers.Repository.proj).
    /// It never fails the build by crashing: an unexpected exception becomes warning INCL000.
    /// </summary>
    public sealed class ScanDocuments : Task
    {
        /// <summary>Code of the warning logged when the scan itself fails (not a finding): RuleCatalog.DocumentCheckFailed.</summary>
        public const string InternalErrorCode = RuleCatalog.DocumentCheckFailed;

        // A constant, so the link is at hand even when InclusiveAnalyzers.Core is what failed to load.
        private const string InternalErrorHelpLink = RuleCatalog.HelpLinkBase + InternalErrorCode + ".md";

        /// <summary>The project's documents (InclusiveDocument items), or extra repository documents.</summary>
        public ITaskItem[]? Documents { get; set; }

        /// <summary>The project's folder: documents in nested projects' folders below it are left to those projects.</summary>
        public string? ProjectDirectory { get; set; }

        /// <summary>The repository root; its documents are scanned once per build, by the repository scan only.</summary>
        public string? RepositoryRoot { get; set; }

        /// <summary>Globs relative to <see cref="RepositoryRoot"/> (leading '/' anchors to it) naming repository documents.</summary>
        public string[]? RepositoryDocumentGlobs { get; set; }

        /// <summary>
        /// This project's documents its compiler checks (AdditionalFiles with InclusiveDocument metadata): only their
        /// code-of-conduct audit is reported here, so no finding is reported twice.
        /// </summary>
        public ITaskItem[]? CompilerDocuments { get; set; }

        /// <summary>
        /// Repository scan: C# projects' compilers check their folders' documents and docs/ (the package's default,
        /// MSBuild property InclusiveDocumentsInCompiler), so those documents get only their code-of-conduct audit here.
        /// </summary>
        public bool DocumentsInCompiler { get; set; }

        /// <summary>Documents left to the compiler's document analyzer in this run.</summary>
        [Output] public int LeftToCompilerCount { get; private set; }

        /// <summary>True: scan the repository documents (and <see cref="Documents"/>) together, with the checks across files.</summary>
        public bool ScanRepository { get; set; }

        /// <summary>The inclusive.json that applies; empty for the built-in defaults.</summary>
        public string? ConfigFile { get; set; }

        /// <summary>Log inclusive.json problems as INCL001 (off where the analyzer already reports them).</summary>
        public bool ReportConfigurationErrors { get; set; }

        /// <summary>Where findings are remembered between builds (in obj/); empty for no cache.</summary>
        public string? CacheFile { get; set; }

        public string? NoWarn { get; set; }
        public string? WarningsAsErrors { get; set; }
        public string? WarningsNotAsErrors { get; set; }
        public bool TreatWarningsAsErrors { get; set; }

        /// <summary>
        /// Report a finding that is an error only by its rule's default as a warning
        /// (MSBuild property InclusiveDocumentErrorsAsWarnings, true by default). Errors chosen in
        /// .editorconfig or inclusive.json, WarningsAsErrors and TreatWarningsAsErrors still fail the build.
        /// </summary>
        public bool DefaultErrorsAsWarnings { get; set; } = true;

        /// <summary>The compiler's ErrorLog ("PATH" or "PATH,version=2.1"): document findings are added to it.</summary>
        public string? ErrorLog { get; set; }

        /// <summary>Scan frozen copies too (MSBuild property InclusiveScanFrozenCopies; inclusive.json "scanFrozenCopies").</summary>
        public bool ScanFrozenCopies { get; set; }

        /// <summary>Larger files are not read (0: the scanner's default).</summary>
        public long MaxFileBytes { get; set; }

        /// <summary>
        /// Log a finding repeated on the same markup in 3 or more documents once, with the count
        /// (MSBuild property InclusiveFoldRepeatedFindings, true by default); false logs every copy.
        /// </summary>
        public bool FoldRepeatedFindings { get; set; } = true;

        /// <summary>Copies of repeated findings folded into another warning instead of being logged themselves.</summary>
        [Output] public int FoldedCount { get; private set; }

        /// <summary>Documents looked at in this run, and how many of them came from the cache.</summary>
        [Output] public int DocumentCount { get; private set; }
        [Output] public int CachedCount { get; private set; }
        [Output] public int ScannedCount { get; private set; }

        /// <summary>Findings reported as warnings because they were errors only by their rule's default.</summary>
        [Output] public int DefaultErrorsReportedAsWarnings { get; private set; }

        /// <summary>Documents left out because they are in frozen copies (versioned snapshots, archives).</summary>
        [Output] public int FrozenCopiesSkipped { get; private set; }

        /// <summary>Symbolic links not followed because their targets lie outside the repository root.</summary>
        [Output] public int LinksNotFollowed { get; private set; }

        /// <summary>
        /// True: findings are not logged but returned in <see cref="DeferredFindings"/> for the calling
        /// project's ReportFindings task to log. The repository scan runs in the package's project file,
        /// which is nobody's project; logged there, its findings would name that file.
        /// </summary>
        public bool DeferReporting { get; set; }

        /// <summary>With <see cref="DeferReporting"/>: the findings, levels decided, each with this run's id (metadata Run).</summary>
        [Output] public ITaskItem[] DeferredFindings { get; private set; } = Array.Empty<ITaskItem>();

        /// <summary>Tests replace the document checks here.</summary>
        internal Func<SeverityResolver, long, string?, IDocumentScan>? ScanFactory { get; set; }

        public override bool Execute()
        {
            try
            {
                Run();
            }
            catch (Exception e)
            {
                // Also catches a dependency that fails to load: Run is compiled only when called here.
                ReportCheckFailure(e);
            }

            return !Log.HasLoggedErrors;
        }

        // INCL000 honours NoWarn, WarningsAsErrors and TreatWarningsAsErrors like every other code (the
        // repository scan is not an SDK project, so MSBuild would not apply them for it). Strings only:
        // nothing here may need InclusiveAnalyzers.Core, which may be what failed to load.
        private void ReportCheckFailure(Exception e)
        {
            const string Format = "InclusiveAnalyzers could not check documents ({0}: {1}). The build goes on without document findings; "
                + "set InclusiveScanDocuments=false to skip the check, and please report this with the build log.";
            if (ListsCode(NoWarn, InternalErrorCode))
            {
                Log.LogMessage(MessageImportance.Normal, "InclusiveAnalyzers: " + InternalErrorCode + " (in NoWarn): " + Format, e.GetType().Name, e.Message);
            }
            else if (ListsCode(WarningsAsErrors, InternalErrorCode) || (TreatWarningsAsErrors && !ListsCode(WarningsNotAsErrors, InternalErrorCode)))
            {
                Log.LogError(null, InternalErrorCode, InternalErrorCode, InternalErrorHelpLink, null, 0, 0, 0, 0, Format, e.GetType().Name, e.Message);
            }
            else
            {
                Log.LogWarning(null, InternalErrorCode, InternalErrorCode, InternalErrorHelpLink, null, 0, 0, 0, 0, Format, e.GetType().Name, e.Message);
            }

            Log.LogMessage(MessageImportance.Low, "{0}", e.ToString());
        }

        // Core's BuildSwitches parses these lists for findings; here Core may be what failed to load.
        private static bool ListsCode(string? list, string code) =>
            (list ?? string.Empty).Split(';', ',').Any(c => string.Equals(c.Trim(), code, StringComparison.OrdinalIgnoreCase));

        [MethodImpl(MethodImplOptions.NoInlining)]
        private void Run()
        {
            var baseDirectory = string.IsNullOrWhiteSpace(ProjectDirectory) ? Directory.GetCurrentDirectory() : Path.GetFullPath(ProjectDirectory);
            var root = string.IsNullOrWhiteSpace(RepositoryRoot) ? null : Path.GetFullPath(Path.Combine(baseDirectory, RepositoryRoot));
            var logger = new FindingLogger(Log, DeferReporting);
            var timings = new Reporting.PhaseTimings();
            var (settings, configText, configProblems) = LoadSettings(baseDirectory);
            var severities = new SeverityResolver(settings, new EditorConfigResolver(),
                new BuildSwitches(NoWarn, WarningsAsErrors, WarningsNotAsErrors, TreatWarningsAsErrors, DefaultErrorsAsWarnings));
            foreach (var problem in configProblems)
            {
                var decided = Decide(severities, severities.Resolve(problem));
                logger.Log(decided.Key, decided.Value);
            }

            var selection = new DocumentSelection(root, RepositoryDocumentGlobs, ScanFrozenCopies || settings.Config?.ScanFrozenCopies == true);
            var documents = SelectDocuments(baseDirectory, selection, settings.Config);
            DocumentCount = documents.Count;
            timings.End("select");
            ReportLeftOut(selection);
            if (documents.Count == 0 && !ScanRepository)
            {
                Log.LogMessage(MessageImportance.Low, "InclusiveAnalyzers: no documents to check.");
                MergeIntoErrorLog(baseDirectory, new List<KeyValuePair<Finding, ReportLevel>>());
                return;
            }

            var cachePath = string.IsNullOrWhiteSpace(CacheFile) ? null : Path.GetFullPath(Path.Combine(baseDirectory, CacheFile));
            var cache = DocumentCache.Load(cachePath, ConfigurationHash(configText, root));
            timings.End("cache load");
            var scan = new Lazy<IDocumentScan>(() => (ScanFactory ?? ((s, m, r) => new DocumentScan(s, m, r, FoldRepeatedFindings)))(severities, MaxFileBytes, root ?? baseDirectory));

            var coverage = CoverageOf(baseDirectory);
            var findings = ScanEach(documents, cache, scan, severities, coverage, root ?? baseDirectory, timings);
            if (ScanRepository && root != null)
            {
                findings.AddRange(scan.Value.CheckRepository(root, documents));
                timings.End("checks across files");
            }

            CachedCount = cache.Hits;
            ScannedCount = cache.Misses;

            // The scanner applied inclusive.json and .editorconfig; only the build's switches are left.
            var results = findings
                .OrderBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Column).ThenBy(f => f.RuleId, StringComparer.Ordinal)
                .Select(f => Decide(severities, f))
                .ToList();

            timings.End("severities");
            FoldedCount = FoldedLog.Write(logger, results, FoldRepeatedFindings);
            if (FoldedCount > 0)
            {
                Log.LogMessage(MessageImportance.Normal,
                    "InclusiveAnalyzers: {0} more copies of findings repeated in {1} or more documents are counted in the first copy's message, not logged (set InclusiveFoldRepeatedFindings to false to log every copy; the ErrorLog has them all).",
                    FoldedCount, Core.Reporting.FindingFolder.DefaultThreshold);
            }

            if (DefaultErrorsReportedAsWarnings > 0)
            {
                Log.LogMessage(MessageImportance.Normal,
                    "InclusiveAnalyzers: {0} finding(s) of rules that are errors by default reported as warnings (InclusiveDocumentErrorsAsWarnings). "
                    + "To fail the build on them, set their severity in .editorconfig or inclusive.json, or set InclusiveDocumentErrorsAsWarnings to false.",
                    DefaultErrorsReportedAsWarnings);
            }

            timings.End("log");
            MergeIntoErrorLog(baseDirectory, results);
            timings.End("error log");
            SaveCache(cache, cachePath);
            timings.End("cache save");
            Defer(logger, cachePath);
            Log.LogMessage(MessageImportance.Low, "InclusiveAnalyzers: time spent: {0}.", timings);

            // The counts prove an incremental build re-reported without parsing ("N from cache").
            Log.LogMessage(MessageImportance.Normal,
                "InclusiveAnalyzers: {0} {1} checked ({2} scanned, {3} from cache){4}: {5} error(s), {6} warning(s), {7} message(s).",
                documents.Count, ScanRepository ? "repository document(s)" : "document(s)", ScannedCount, CachedCount,
                LeftToCompilerCount > 0 ? string.Format(CultureInfo.InvariantCulture, ", {0} left to the compiler's document analyzer", LeftToCompilerCount) : string.Empty,
                logger.Errors, logger.Warnings, logger.Messages);
        }

        /// <summary>The settings, the text that keys the cache, and inclusive.json's problems as INCL001 findings (when this task reports them).</summary>
        private (InclusiveSettings Settings, string ConfigText, List<Finding> Problems) LoadSettings(string baseDirectory)
        {
            var problems = new List<Finding>();
            if (string.IsNullOrWhiteSpace(ConfigFile))
            {
                return (InclusiveSettings.Default, string.Empty, problems);
            }

            var path = Path.GetFullPath(Path.Combine(baseDirectory, ConfigFile));
            if (!File.Exists(path))
            {
                Log.LogMessage(MessageImportance.Low, "InclusiveAnalyzers: {0} does not exist; the defaults apply.", path);
                return (InclusiveSettings.Default, string.Empty, problems);
            }

            var text = File.ReadAllText(path);
            var errors = new List<ConfigError>();
            var config = InclusiveConfig.Parse(text, path, errors);
            foreach (var error in errors)
            {
                if (ReportConfigurationErrors)
                {
                    problems.Add(new Finding(RuleCatalog.InvalidConfiguration, RuleCatalog.Get(RuleCatalog.InvalidConfiguration).DefaultSeverity,
                        error.Message, path, error.Line, error.Line > 0 ? Math.Max(1, error.Column) : 0, error.Line, error.Line > 0 ? Math.Max(1, error.Column) + 1 : 0));
                }
                else
                {
                    Log.LogMessage(MessageImportance.Low, "InclusiveAnalyzers: {0}({1},{2}): {3} (reported by the analyzer as INCL001)", path, error.Line, error.Column, error.Message);
                }
            }

            return (InclusiveSettings.Create(config), path + "\n" + text, problems);
        }

        private List<string> SelectDocuments(string baseDirectory, DocumentSelection selection, InclusiveConfig? config)
        {
            var seen = new HashSet<string>(DocumentSelection.PathComparer);
            var documents = new List<string>();
            if (ScanRepository)
            {
                foreach (var path in selection.EnumerateRepositoryDocuments())
                {
                    if (seen.Add(path))
                    {
                        documents.Add(path);
                    }
                }
            }

            foreach (var item in Documents ?? Array.Empty<ITaskItem>())
            {
                var itemPath = Path.GetFullPath(Path.Combine(baseDirectory, item.ItemSpec));
                if (!File.Exists(itemPath) || !(selection.Admit(itemPath, ScanRepository ? selection.RepositoryRoot : baseDirectory) is { } path) || !seen.Add(path))
                {
                    continue;
                }

                if (!ScanRepository && (selection.IsRepositoryDocument(path) || selection.IsInNestedProject(path, baseDirectory)))
                {
                    Log.LogMessage(MessageImportance.Low, "InclusiveAnalyzers: {0} is left to {1}.", path,
                        selection.IsRepositoryDocument(path) ? "the repository scan" : "the nested project that holds it");
                    continue;
                }

                documents.Add(path);
            }

            if (config != null)
            {
                documents.RemoveAll(path => !ConfigSelection.IsSelected(path, config));
            }

            documents.Sort(DocumentSelection.PathComparer);
            return documents;
        }

        // Said once per run, at normal verbosity, so a log reader knows why those files have no findings.
        private void ReportLeftOut(DocumentSelection selection)
        {
            FrozenCopiesSkipped = selection.FrozenCopiesSkipped;
            LinksNotFollowed = selection.LinksNotFollowed;
            if (FrozenCopiesSkipped > 0)
            {
                Log.LogMessage(MessageImportance.Normal,
                    "InclusiveAnalyzers: {0} document(s) in frozen copies (versioned doc snapshots such as versioned_docs/ or version-X.Y/, archives) skipped; "
                    + "set InclusiveScanFrozenCopies=true or \"scanFrozenCopies\": true in inclusive.json to check them.", FrozenCopiesSkipped);
            }

            if (LinksNotFollowed > 0)
            {
                Log.LogMessage(MessageImportance.Normal,
                    "InclusiveAnalyzers: {0} symbolic link(s) to files outside the repository not followed.", LinksNotFollowed);
            }
        }

        // A document's key is its bytes plus the .editorconfig properties that reach its checks.
        private static string DocumentHash(string path, SeverityResolver severities)
        {
            var content = ContentHash.Of(File.ReadAllBytes(path));
            var options = EditorConfigKey.Of(severities.EditorConfigFor(path));
            return options.Length == 0 ? content : ContentHash.Of(content + "\n" + options);
        }

        private CompilerCoverage CoverageOf(string baseDirectory)
        {
            if (ScanRepository)
            {
                return DocumentsInCompiler ? CompilerCoverage.ByProjectFolders() : CompilerCoverage.None;
            }

            var items = CompilerDocuments ?? Array.Empty<ITaskItem>();
            return items.Length == 0 ? CompilerCoverage.None : CompilerCoverage.Of(items.Select(i => Path.GetFullPath(Path.Combine(baseDirectory, i.ItemSpec))));
        }

        /// <summary>
        /// Each document is its own cache entry, keyed by its bytes and .editorconfig: only changed documents are
        /// read by the checks, in parallel. The checks across files are not cached (the caller runs them: they read
        /// the path list and the README and CONTRIBUTING texts, nothing more). A document the compiler checks is
        /// not scanned unless it is a code of conduct, and then only its audit is kept.
        /// </summary>
        private List<Finding> ScanEach(List<string> documents, DocumentCache cache, Lazy<IDocumentScan> scan, SeverityResolver severities, CompilerCoverage coverage, string root, Reporting.PhaseTimings timings)
        {
            var wanted = new List<string>(documents.Count);
            foreach (var path in documents)
            {
                if (!coverage.IsEmpty && coverage.Covers(path) && !IsCodeOfConduct(path, root))
                {
                    LeftToCompilerCount++;
                    continue;
                }

                wanted.Add(path);
            }

            // Hashing reads every document: done in parallel, then the cache (not thread-safe) is asked in order.
            var hashes = new string[wanted.Count];
            System.Threading.Tasks.Parallel.For(0, wanted.Count, i => hashes[i] = DocumentHash(wanted[i], severities));
            timings.End("hash");
            var perFile = new IReadOnlyList<Finding>[wanted.Count];
            var misses = new List<int>();
            for (var i = 0; i < wanted.Count; i++)
            {
                if (cache.TryGet(wanted[i], hashes[i], out var cached))
                {
                    perFile[i] = cached;
                }
                else
                {
                    misses.Add(i);
                }
            }

            if (misses.Count > 0)
            {
                // As the CLI: one document per core, largest first (so a big page does not start last). An unbounded
                // loop in MSBuild's process, whose thread pool keeps many threads, parses more documents at once than
                // there are cores: more memory alive, more garbage collection, no more speed.
                var scanner = scan.Value;
                var bySize = misses.OrderByDescending(i => SafeLength(wanted[i])).ToArray();
                System.Threading.Tasks.Parallel.ForEach(bySize, new System.Threading.Tasks.ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
                    i => perFile[i] = scanner.ScanFile(wanted[i]));
                foreach (var i in misses)
                {
                    cache.Set(wanted[i], hashes[i], perFile[i]);
                }
            }

            timings.End("scan");

            var findings = new List<Finding>();
            for (var i = 0; i < wanted.Count; i++)
            {
                var covered = !coverage.IsEmpty && coverage.Covers(wanted[i]);
                foreach (var finding in perFile[i])
                {
                    if (!covered || CompilerCoverage.IsTaskRule(finding.RuleId))
                    {
                        findings.Add(finding);
                    }
                }
            }

            return findings;
        }

        private static long SafeLength(string path)
        {
            try
            {
                return new FileInfo(path).Length;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                return 0;
            }
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static bool IsCodeOfConduct(string fullPath, string root)
        {
            var prefix = root.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal) ? root : root + Path.DirectorySeparatorChar;
            var relative = fullPath.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? fullPath.Substring(prefix.Length) : Path.GetFileName(fullPath);
            return global::InclusiveAnalyzers.Documents.CodeOfConduct.CodeOfConductAuditor.IsCodeOfConductPath(relative.Replace('\\', '/'));
        }

        /// <summary>The build's switches over a finding whose configuration layers are applied (Core's one resolver decides).</summary>
        private KeyValuePair<Finding, ReportLevel> Decide(SeverityResolver severities, Finding finding)
        {
            var decision = severities.Decide(finding);
            if (decision.DemotedDefaultError)
            {
                DefaultErrorsReportedAsWarnings++;
            }

            return new KeyValuePair<Finding, ReportLevel>(decision.Finding, decision.Level);
        }

        private string ConfigurationHash(string configText, string? root)
        {
            var identity = string.Join("|",
                typeof(ScanDocuments).Assembly.ManifestModule.ModuleVersionId.ToString(),
                typeof(Finding).Assembly.ManifestModule.ModuleVersionId.ToString(),
                DocumentsAssemblyIdentity(),
                ScanRepository ? "repository" : "project",
                root ?? string.Empty,
                MaxFileBytes.ToString(CultureInfo.InvariantCulture),
                ScanFrozenCopies ? "frozen" : string.Empty,
                FoldRepeatedFindings ? string.Empty : "unfolded", // the outline fold happens in the scan, so cached findings carry it
                string.Join(";", RepositoryDocumentGlobs ?? Array.Empty<string>()),
                configText);
            return ContentHash.Of(identity);
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static string DocumentsAssemblyIdentity() =>
            typeof(global::InclusiveAnalyzers.Documents.DocumentScanner).Assembly.ManifestModule.ModuleVersionId.ToString();

        private void MergeIntoErrorLog(string baseDirectory, List<KeyValuePair<Finding, ReportLevel>> results)
        {
            var target = ErrorLogTarget.Parse(ErrorLog, baseDirectory);
            if (target is null)
            {
                return;
            }

            try
            {
                var version = typeof(ScanDocuments).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
                if (!SarifMerger.Merge(target, results, version))
                {
                    Log.LogMessage(MessageImportance.Normal, "InclusiveAnalyzers: {0} is not a SARIF log this task can extend; document findings are not in it.", target.Path);
                }
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                Log.LogMessage(MessageImportance.Normal, "InclusiveAnalyzers: could not add document findings to {0}: {1}", target.Path, e.Message);
            }
        }

        // One id per real run: every project handed this run's cached result shares it, and the first to
        // claim it logs the findings (ReportFindings); markers of earlier runs go first.
        private void Defer(FindingLogger logger, string? cachePath)
        {
            if (logger.Deferred is null)
            {
                return;
            }

            var run = Guid.NewGuid().ToString("N");
            foreach (var item in logger.Deferred)
            {
                item.SetMetadata("Run", run);
            }

            DeferredFindings = logger.Deferred.ToArray();
            if (cachePath != null && Path.GetDirectoryName(cachePath) is { Length: > 0 } folder)
            {
                ReportFindings.ForgetEarlierRuns(folder);
            }
        }

        private void SaveCache(DocumentCache cache, string? cachePath)
        {
            if (cachePath is null)
            {
                return;
            }

            try
            {
                cache.Save(cachePath);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                // A cache that cannot be written only costs time on the next build.
                Log.LogMessage(MessageImportance.Low, "InclusiveAnalyzers: could not write the cache {0}: {1}", cachePath, e.Message);
            }
        }
    }
}
