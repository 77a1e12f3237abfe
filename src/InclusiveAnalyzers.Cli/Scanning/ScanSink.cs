using System.Collections.Concurrent;
using InclusiveAnalyzers.Cli.Files;
using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Documents.Fixing;

namespace InclusiveAnalyzers.Cli.Scanning;

/// <summary>Where scanners put what they found; every member is safe to call from many threads.</summary>
public sealed class ScanSink
{
    private readonly ConcurrentBag<Finding> findings = new();
    private readonly ConcurrentBag<Finding> final = new();
    private readonly ConcurrentBag<SkippedFile> skipped = new();
    private readonly ConcurrentBag<SkippedFile> failures = new();
    private readonly ProgressBar? progress;
    private int scanned;

    public ScanSink(ProgressBar? progress = null)
    {
        this.progress = progress;
    }

    public int FilesScanned => Volatile.Read(ref scanned);

    public IEnumerable<Finding> Findings => findings;

    /// <summary>Findings whose severity is already decided (a loaded project's, as its build decides it).</summary>
    public IEnumerable<Finding> FinalFindings => final;
    public IEnumerable<SkippedFile> Skipped => skipped;

    /// <summary>Files a scanner threw on: a bug, reported with exit code 3.</summary>
    public IEnumerable<SkippedFile> Failures => failures;

    /// <summary>A finding whose Path is the file's full path.</summary>
    public void Add(Finding finding) => findings.Add(finding);

    /// <summary>A finding whose severity the configuration layers must not change again.</summary>
    public void AddFinal(Finding finding) => final.Add(finding);

    public void AddRange(IEnumerable<Finding> items)
    {
        foreach (var item in items)
        {
            findings.Add(item);
        }
    }

    /// <summary>A file was read and scanned.</summary>
    public void Scanned()
    {
        Interlocked.Increment(ref scanned);
        progress?.Advance();
    }

    /// <summary>A file was not scanned, for a reason the user should see.</summary>
    public void Skip(string fullPath, string reason)
    {
        skipped.Add(new SkippedFile(fullPath, reason));
        progress?.Advance();
    }

    public void Fail(string fullPath, Exception exception)
    {
        failures.Add(new SkippedFile(fullPath, $"internal error ({exception.GetType().Name}: {exception.Message}); please report it"));
        progress?.Advance();
    }
}

/// <summary>A proposed rewrite: the file as read, its new text, and its new path when the fix renames it (a C# type's file).</summary>
public sealed record FileFix(TextFile File, string NewText, string? NewPath = null)
{
    public bool Renames => NewPath != null && !string.Equals(NewPath, File.FullPath, StringComparison.Ordinal);
}

/// <summary>Where scanners put their rewrites; thread-safe.</summary>
public sealed class FixSink
{
    private readonly ConcurrentBag<FileFix> fixes = new();
    private readonly ConcurrentBag<SkippedFile> skipped = new();
    private readonly ConcurrentBag<SkippedFile> failures = new();

    public IEnumerable<FileFix> Fixes => fixes;
    public IEnumerable<SkippedFile> Skipped => skipped;
    public IEnumerable<SkippedFile> Failures => failures;

    /// <summary>Findings left on purpose (public API no forwarder can keep), for the summary: path, line, column, why.</summary>
    public IEnumerable<(string FullPath, int Line, int Column, string Reason)> Left => left;

    private readonly ConcurrentBag<(string FullPath, int Line, int Column, string Reason)> left = new();

    public void Leave(string fullPath, int line, int column, string reason) => left.Add((fullPath, line, column, reason));

    /// <summary>Why a fix stopped before all was done (the rename budget), for the summary.</summary>
    public IEnumerable<string> Stops => stops;

    private readonly ConcurrentBag<string> stops = new();

    public void Stop(string reason) => stops.Add(reason);

    public void Add(FileFix fix) => fixes.Add(fix);

    /// <summary>Heading anchors the run's rewrites changed, by document: for the summary, since links from outside the run cannot follow.</summary>
    public IEnumerable<(string FullPath, AnchorRename Rename)> Anchors => anchors;

    private readonly ConcurrentBag<(string FullPath, AnchorRename Rename)> anchors = new();

    public void Renamed(string fullPath, AnchorRename rename) => anchors.Add((fullPath, rename));

    /// <summary>Link fragments the run pointed at renamed anchors, by linking document.</summary>
    public IEnumerable<(string FullPath, LinkUpdate Update)> Links => links;

    private readonly ConcurrentBag<(string FullPath, LinkUpdate Update)> links = new();

    public void Followed(string fullPath, LinkUpdate update) => links.Add((fullPath, update));

    public void Skip(string fullPath, string reason) => skipped.Add(new SkippedFile(fullPath, reason));

    public void Fail(string fullPath, Exception exception) =>
        failures.Add(new SkippedFile(fullPath, $"internal error ({exception.GetType().Name}: {exception.Message}); please report it"));
}
