namespace InclusiveAnalyzers.Cli.Files;

/// <summary>A file chosen for scanning: its full path, size, and whether the user named it.</summary>
public sealed record CandidateFile(string FullPath, long Length, bool IsExplicit);

/// <summary>A file left out with a reason the user should see (binary, too large, unreadable).</summary>
public sealed record SkippedFile(string FullPath, string Reason);
