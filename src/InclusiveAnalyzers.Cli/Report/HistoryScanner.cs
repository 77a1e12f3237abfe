using InclusiveAnalyzers.Cli.Files;
using InclusiveAnalyzers.Cli.Scanning;
using InclusiveAnalyzers.Cli.Scanning.CSharp;
using InclusiveAnalyzers.Core;

namespace InclusiveAnalyzers.Cli.Report;

/// <summary>
/// Scans past revisions from git's object store with the scanners <c>scan</c> uses, each file content
/// scanned once across all points: findings are kept by (blob id, path), so a point costs what changed
/// since the points before it. Every point is judged with today's configuration (the line shows the
/// wording changing, not the rules), and ends through <see cref="ScanRunner.Finish"/> as a scan does.
/// </summary>
/// <remarks>
/// The key holds the path as well as the blob because inclusive.json overrides and .editorconfig sections
/// depend on it: a file moved to another folder is scanned again. C# is compiled with every .cs file of the
/// point and analysed only in the new files (<see cref="CSharpHistory"/>).
/// </remarks>
public sealed class HistoryScanner
{
    private readonly ScanSession session;
    private readonly GitRepository git;
    private readonly string scanRoot;
    private readonly bool audit;
    private readonly IReadOnlyList<IFileScanner> scanners;
    private readonly DocumentFileScanner? documents;
    private readonly FileCollector selection;
    private readonly long maxFileBytes;
    private readonly Dictionary<string, List<Finding>> cache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> auditTexts = new(StringComparer.Ordinal);
    private readonly CSharpHistory csharp;

    /// <param name="scanRoot">The PATH being reported on (the repository's top or a folder in it).</param>
    public HistoryScanner(ScanSession session, GitRepository git, string scanRoot, long maxFileBytes, bool includeFrozen)
    {
        this.session = session;
        this.git = git;
        this.scanRoot = scanRoot;
        this.maxFileBytes = maxFileBytes;
        audit = string.Equals(scanRoot, git.TopLevel, StringComparison.Ordinal);

        // The scanners scan builds, with no repository to audit: the audit runs per point over the whole tree.
        scanners = ScannerFactory.Create(new ScannerContext(session.Configuration, session.Policy, Array.Empty<string>(), scanRoot, maxFileBytes));
        documents = scanners.OfType<DocumentFileScanner>().FirstOrDefault();
        csharp = new CSharpHistory(session.Configuration, session.Policy, maxFileBytes);
        var config = session.Configuration.Settings.Config;
        selection = new FileCollector(
            path => scanners.Any(s => s.Handles(path)),
            useGitIgnore: false,
            session.Configuration.Directory,
            config?.Include ?? Array.Empty<string>(),
            config?.Exclude ?? Array.Empty<string>(),
            scanRoot,
            includeFrozen || config?.ScanFrozenCopies == true);
    }

    /// <summary>File contents scanned so far (each (blob, path) once).</summary>
    public int FilesScanned { get; private set; }

    /// <summary>Files whose findings were reused from an earlier point.</summary>
    public int FilesReused { get; private set; }

    /// <summary>Files a scanner failed on (a bug; their findings are missing from the points).</summary>
    public int Failures { get; private set; }

    public HistoryPoint Scan(Revision revision, CancellationToken cancellationToken = default)
    {
        var tree = git.ListTree(revision.Commit);
        var files = tree
            .Select(f => (File: f, FullPath: Path.GetFullPath(Path.Combine(git.TopLevel, f.Path))))
            .Where(f => ScanSession.IsUnder(f.FullPath, scanRoot) && selection.Selects(scanRoot, f.FullPath))
            .ToList();
        var selectedPaths = new HashSet<string>(files.Select(f => f.File.Path), StringComparer.Ordinal);

        var pending = files.Where(f => !cache.ContainsKey(Key(f.File))).ToList();
        ScanNew(files, pending, cancellationToken);

        var findings = new List<Finding>(session.Configuration.Problems.Select(Copy));
        foreach (var (file, _) in files)
        {
            findings.AddRange(cache[Key(file)].Select(Copy));
        }

        if (audit && documents != null)
        {
            var sink = new ScanSink();
            // The commit's own plain-text README/CONTRIBUTING guides (README.rst), which no scanner selects: read by the audit
            // alone, as a scan of the working tree finds them on disk.
            var audited = files.Select(f => f.File).Concat(tree.Where(f => Documents.DocumentScanner.IsPlainTextEntryPoint(f.Path) && !selectedPaths.Contains(f.Path))).ToList();
            var byPath = audited.ToDictionary(f => f.Path, f => f.BlobId, StringComparer.Ordinal);
            documents.Audit(git.TopLevel, audited.Select(f => f.Path).ToList(), relative => AuditText(byPath, relative), sink);
            findings.AddRange(sink.Findings);
        }

        var (reported, _) = ScanRunner.Finish(findings, Array.Empty<Finding>(), session.Policy);
        var summary = new ReportSummary(ReportSummary.CategoryFromCatalog(session.Configuration.Settings.Catalog)) { FilesScanned = files.Count };
        foreach (var finding in reported)
        {
            summary.Add(ReportItem.From(finding, Path.GetRelativePath(session.Root, finding.Path).Replace('\\', '/')));
        }

        FilesReused += files.Count - pending.Count;
        return new HistoryPoint(revision, summary, pending.Count, files.Count - pending.Count);
    }

    private void ScanNew(List<(TreeFile File, string FullPath)> files, List<(TreeFile File, string FullPath)> pending, CancellationToken cancellationToken)
    {
        if (pending.Count == 0)
        {
            return;
        }

        var keyByPath = new Dictionary<string, string>(StringComparer.Ordinal);
        var byScanner = scanners.ToDictionary(s => s, _ => new List<CandidateFile>());
        var csharpNew = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (file, fullPath) in pending)
        {
            var key = Key(file);
            cache[key] = new List<Finding>();
            keyByPath[fullPath] = key;
            var scanner = scanners.First(s => s.Handles(fullPath));
            var content = git.ReadBlob(file.BlobId);
            if (scanner is CSharpFileScanner)
            {
                csharpNew[key] = content;
            }
            else
            {
                byScanner[scanner].Add(new CandidateFile(fullPath, content.Length, IsExplicit: false, content));
            }
        }

        var sink = new ScanSink();
        foreach (var (scanner, candidates) in byScanner)
        {
            if (candidates.Count > 0)
            {
                scanner.Scan(candidates, sink, cancellationToken);
            }
        }

        if (csharpNew.Count > 0)
        {
            // Every C# file of the point goes into the compilation; only the new ones are analysed.
            var point = files
                .Where(f => scanners.First(s => s.Handles(f.FullPath)) is CSharpFileScanner)
                .Select(f => (Key(f.File), f.FullPath, csharpNew.GetValueOrDefault(Key(f.File))))
                .ToList();
            csharp.Scan(point, sink, cancellationToken);
        }

        foreach (var finding in sink.Findings)
        {
            if (keyByPath.TryGetValue(finding.Path, out var key))
            {
                cache[key].Add(finding);
            }
        }

        Failures += sink.Failures.Count();
        FilesScanned += pending.Count;
    }

    private string? AuditText(Dictionary<string, string> blobByPath, string relativePath)
    {
        if (!blobByPath.TryGetValue(relativePath, out var blob))
        {
            return null;
        }

        if (!auditTexts.TryGetValue(blob, out var text))
        {
            text = TextFile.FromBytes(relativePath, git.ReadBlob(blob), maxFileBytes, out _)?.Text;
            auditTexts[blob] = text;
        }

        return text;
    }

    private static string Key(TreeFile file) => file.BlobId + ":" + file.Path;

    /// <summary>A fresh copy: the finish step resolves severities in place, and a cached finding serves many points.</summary>
    private static Finding Copy(Finding f) => new(f.RuleId, f.Severity, f.Message, f.Path, f.Line, f.Column, f.EndLine, f.EndColumn)
    {
        Offset = f.Offset,
        Length = f.Length,
        Term = f.Term,
        Replacements = f.Replacements,
        Fingerprint = f.Fingerprint,
        Properties = f.Properties,
    };
}
