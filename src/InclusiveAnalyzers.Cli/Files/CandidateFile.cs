namespace InclusiveAnalyzers.Cli.Files;

/// <summary>
/// A file chosen for scanning: its full path, size, and whether the user named it. <paramref name="Content"/>
/// holds its bytes when they come from somewhere other than the disk (git's object store for
/// <c>report --history</c>); scanners then read those bytes and never the path.
/// </summary>
public sealed record CandidateFile(string FullPath, long Length, bool IsExplicit, byte[]? Content = null);

/// <summary>A file left out with a reason the user should see (binary, too large, unreadable).</summary>
public sealed record SkippedFile(string FullPath, string Reason);
