using InclusiveAnalyzers.Cli.Files;
using InclusiveAnalyzers.Core;

namespace InclusiveAnalyzers.Cli.Scanning;

/// <summary>A finished scan, ready for any output format. Finding paths are full paths.</summary>
public sealed class ScanReport
{
    public ScanReport(
        string root,
        string workingDirectory,
        IReadOnlyList<Finding> findings,
        int filesScanned,
        IReadOnlyList<SkippedFile> skipped,
        IReadOnlyList<SkippedFile> failures,
        string? configPath,
        TimeSpan elapsed,
        IReadOnlyList<(string FullPath, string Grade)>? codeOfConductGrades = null,
        int linksNotFollowed = 0,
        int frozenCopiesSkipped = 0)
    {
        LinksNotFollowed = linksNotFollowed;
        FrozenCopiesSkipped = frozenCopiesSkipped;
        Root = root;
        WorkingDirectory = workingDirectory;
        Findings = findings;
        FilesScanned = filesScanned;
        Skipped = skipped;
        Failures = failures;
        ConfigPath = configPath;
        Elapsed = elapsed;
        CodeOfConductGrades = codeOfConductGrades ?? Array.Empty<(string, string)>();
    }

    public string Root { get; }
    public string WorkingDirectory { get; }

    /// <summary>Sorted by path, line, column, rule; severities final; none/silent removed.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    public int FilesScanned { get; }
    public IReadOnlyList<SkippedFile> Skipped { get; }
    public IReadOnlyList<SkippedFile> Failures { get; }
    public string? ConfigPath { get; }
    public TimeSpan Elapsed { get; }

    /// <summary>Each audited code of conduct and its grade (green, yellow, red, or "adopted: NAME"), whatever the rule severities.</summary>
    public IReadOnlyList<(string FullPath, string Grade)> CodeOfConductGrades { get; }

    /// <summary>Symbolic links left alone because their targets lie outside the scanned root.</summary>
    public int LinksNotFollowed { get; }

    /// <summary>Documents left out because they are in frozen copies (versioned snapshots, archives).</summary>
    public int FrozenCopiesSkipped { get; }

    public int Count(Severity severity) => Findings.Count(f => f.Severity == severity);

    /// <summary>Files that have findings; a repository-level finding anchored on the repository folder is not a file.</summary>
    public int FilesWithFindings => Findings.Select(f => f.Path).Distinct(StringComparer.Ordinal).Count(path => !Directory.Exists(path));

    /// <summary>Relative to the scan root with '/', as JSON and SARIF give it.</summary>
    public string RelativeToRoot(string fullPath) => Relative(Root, fullPath);

    /// <summary>Relative to the working folder with '/', as text and GitHub annotations give it.</summary>
    public string ForDisplay(string fullPath) => Relative(WorkingDirectory, fullPath);

    private static string Relative(string baseDirectory, string fullPath)
    {
        return Path.GetRelativePath(baseDirectory, fullPath).Replace('\\', '/');
    }
}
