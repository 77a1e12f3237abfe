using InclusiveAnalyzers.Core.Policy;
using InclusiveAnalyzers.Cli.Configuration;
using InclusiveAnalyzers.Cli.Files;
using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Rules;
using System.Collections.Concurrent;
using InclusiveAnalyzers.Documents;
using InclusiveAnalyzers.Documents.Fixing;
using InclusiveAnalyzers.Documents.CodeOfConduct;
using InclusiveAnalyzers.Core.Selection;

namespace InclusiveAnalyzers.Cli.Scanning;

/// <summary>
/// Markdown, HTML and code-of-conduct files through InclusiveAnalyzers.Documents, in parallel on every
/// core. Findings come back with full paths and display paths relative to the scan root, at the
/// severities of the session's one resolver. The repository audit (a code of conduct present and
/// linked) runs through DocumentScanner.AuditRepository, as in the build, for each PATH that is a
/// repository root (holds .git).
/// </summary>
public sealed class DocumentFileScanner : IFileScanner
{
    private readonly DocumentScanner scanner;
    private readonly SeverityResolver policy;
    private readonly string repositoryRoot;
    private readonly IReadOnlyList<string> repositoryRoots;
    private readonly long maxFileBytes;

    /// <param name="repositoryRoot">The folder document paths are relative to.</param>
    /// <param name="repositoryRoots">Folders to audit as whole repositories.</param>
    /// <param name="foldOutline">False (--no-fold) lists every occurrence of an outline decision repeated in one document.</param>
    public DocumentFileScanner(LoadedConfiguration configuration, SeverityResolver policy, string repositoryRoot, IReadOnlyList<string> repositoryRoots, long maxFileBytes, bool foldOutline = true)
    {
        this.policy = policy;
        this.repositoryRoot = repositoryRoot;
        this.repositoryRoots = repositoryRoots;
        this.maxFileBytes = maxFileBytes;
        // The session's resolver carries inclusive.json and .editorconfig (term switches, severities that
        // can turn on a rule off by default) to the documents.
        scanner = new DocumentScanner(new DocumentScanOptions
        {
            Severities = policy,
            MaxFileBytes = maxFileBytes,
            RepositoryRoot = repositoryRoot,
            FoldRepeatedOutline = foldOutline,
        });
        HeadStart.Run(() => scanner.Prepare(Path.Combine(repositoryRoot, "README.md")), "inclusive matcher head start");
    }

    public string Name => "documents";

    public bool Handles(string fullPath) =>
        DocumentScanner.Reads(fullPath);

    public void Scan(IReadOnlyList<CandidateFile> files, ScanSink sink, CancellationToken cancellationToken)
    {
        // Largest first, so one big file does not start last and leave the other cores idle; one large file at a time.
        var ordered = files.OrderByDescending(f => f.Length).ToArray();
        FileWorkers.For(new LargeFileQueue(ordered.Select(f => f.Length).ToArray()), ordered.Length, i =>
        {
            var file = ordered[i];
            try
            {
                var findings = file.Content is null ? scanner.ScanFile(file.FullPath) : ScanInMemory(file);
                sink.AddRange(findings);
                sink.Scanned();
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                sink.Fail(file.FullPath, e);
            }
        }, cancellationToken);

        var contents = files.Where(f => f.Content != null).ToDictionary(f => f.FullPath, f => f, StringComparer.Ordinal);
        foreach (var root in repositoryRoots)
        {
            var below = files.Where(f => ScanSession.IsUnder(f.FullPath, root)).Select(f => f.FullPath).ToList();
            sink.AddRange(scanner.AuditRepository(root, below,
                full => contents.TryGetValue(full, out var inMemory) ? TextFile.TryRead(inMemory, maxFileBytes, out _)?.Text : ReadText(full)));
        }
    }

    /// <summary>
    /// The repository audit alone (a code of conduct present, complete and linked), over the files <paramref name="readText"/>
    /// reads: all of them listed, plain-text README/CONTRIBUTING guides included, since they are not the files on disk (a past commit's).
    /// </summary>
    public void Audit(string root, IReadOnlyList<string> relativePaths, Func<string, string?> readText, ScanSink sink)
    {
        var fullPaths = relativePaths.Select(r => Path.GetFullPath(Path.Combine(root, r))).ToList();
        sink.AddRange(scanner.AuditRepository(root, fullPaths, full => readText(RelativePaths.Display(full, root)), findPlainTextEntryPoints: false));
    }

    /// <summary>A document held in memory, decoded as a file on disk would be; undecodable bytes give the INCL002 finding a file would.</summary>
    private IReadOnlyList<Finding> ScanInMemory(CandidateFile file)
    {
        var text = TextFile.TryRead(file, maxFileBytes, out var reason);
        if (text is null)
        {
            return new[] { NotChecked.Finding(file.FullPath, reason!, RelativePaths.Display(file.FullPath, repositoryRoot)) };
        }

        return scanner.Scan(file.FullPath, text.Text);
    }

    /// <summary>
    /// Rewrites the documents' wording, then points the Markdown links of the run at the heading anchors
    /// the rewrites changed (same document or a relative path into another one), each document once.
    /// </summary>
    public void Fix(IReadOnlyList<CandidateFile> files, FixSink sink, CancellationToken cancellationToken)
    {
        var markdown = new ConcurrentBag<CandidateFile>(); // every Markdown file the run may write: its links may need to follow
        var rewritten = new ConcurrentDictionary<string, (TextFile File, DocumentRewrite Rewrite)>(StringComparer.Ordinal);
        FileWorkers.For(files.Count, index =>
        {
            var file = files[index];
            var text = Readable(file, sink);
            if (text is null)
            {
                return;
            }

            try
            {
                var rewrite = DocumentFixer.Rewrite(file.FullPath, text.Text, scanner.Options);
                var changed = !string.Equals(rewrite.Text, text.Text, StringComparison.Ordinal);
                if (DocumentScanner.KindOf(file.FullPath) == FileKind.Markdown)
                {
                    markdown.Add(file);
                    if (changed)
                    {
                        rewritten[Path.GetFullPath(file.FullPath)] = (text, rewrite);
                    }
                }
                else if (changed)
                {
                    sink.Add(new FileFix(text, rewrite.Text));
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                sink.Fail(file.FullPath, e);
            }
        }, cancellationToken);

        var renames = rewritten.Where(r => r.Value.Rewrite.Anchors.Count > 0)
            .ToDictionary(r => r.Key, r => AnchorLinks.ByOld(r.Value.Rewrite.Anchors), StringComparer.Ordinal);
        var final = new ConcurrentDictionary<string, FileFix>(rewritten.ToDictionary(r => r.Key, r => new FileFix(r.Value.File, r.Value.Rewrite.Text), StringComparer.Ordinal), StringComparer.Ordinal);
        if (renames.Count > 0)
        {
            foreach (var entry in rewritten.Values)
            {
                foreach (var rename in entry.Rewrite.Anchors)
                {
                    sink.Renamed(entry.File.FullPath, rename);
                }
            }

            FollowAnchors(markdown.ToArray(), renames, rewritten, final, sink, cancellationToken);
        }

        foreach (var fix in final.Values)
        {
            sink.Add(fix);
        }
    }

    /// <summary>The second pass: each Markdown file of the run, as rewritten (or as read), with its links to renamed anchors updated once.</summary>
    private void FollowAnchors(CandidateFile[] markdown, Dictionary<string, IReadOnlyDictionary<string, string>> renames,
        ConcurrentDictionary<string, (TextFile File, DocumentRewrite Rewrite)> rewritten, ConcurrentDictionary<string, FileFix> final, FixSink sink, CancellationToken cancellationToken)
    {
        // A link names an old anchor in its text: documents without any are not parsed again.
        var needles = renames.Values.SelectMany(r => r.Keys).SelectMany(a => new[] { a, Uri.EscapeDataString(a) }).Distinct(StringComparer.Ordinal).ToArray();
        FileWorkers.For(markdown.Length, index =>
        {
            var file = markdown[index];
            var key = Path.GetFullPath(file.FullPath);
            TextFile? read;
            string text;
            if (rewritten.TryGetValue(key, out var entry))
            {
                read = entry.File;
                text = entry.Rewrite.Text;
            }
            else
            {
                read = TextFile.TryRead(file, maxFileBytes, out _);
                if (read is null || !read.IsValidEncoding)
                {
                    return;
                }

                text = read.Text;
            }

            if (!needles.Any(n => text.Contains(n, StringComparison.Ordinal)))
            {
                return;
            }

            try
            {
                var updates = new List<LinkUpdate>();
                var updated = AnchorLinks.Update(key, text, target => renames.TryGetValue(target, out var map) ? map : null, updates, read.Text);
                if (updates.Count == 0)
                {
                    return;
                }

                final[key] = new FileFix(read, updated);
                foreach (var update in updates)
                {
                    sink.Followed(file.FullPath, update);
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                sink.Fail(file.FullPath, e);
            }
        }, cancellationToken);
    }

    /// <summary>The file's text when fix may rewrite it, else null (a skip reported where the user should see it).</summary>
    private TextFile? Readable(CandidateFile file, FixSink sink)
    {
        if (DocumentScanner.KindOf(file.FullPath) == FileKind.Unknown)
        {
            return null; // codes of conduct in plain text: audited, not rewritten
        }

        if (policy.RuleSeverity(RuleCatalog.DocumentWording, file.FullPath) == Severity.None)
        {
            return null; // the wording rule is off for this file (inclusive.json or .editorconfig)
        }

        var text = TextFile.TryRead(file, maxFileBytes, out var reason);
        if (text is null)
        {
            sink.Skip(file.FullPath, reason!);
            return null;
        }

        if (!text.IsValidEncoding)
        {
            sink.Skip(file.FullPath, $"not valid {text.Encoding.WebName}; left unchanged so no byte is lost");
            return null;
        }

        return text;
    }

    private string? ReadText(string fullPath) => TextFile.TryRead(fullPath, maxFileBytes, out _)?.Text;
}
