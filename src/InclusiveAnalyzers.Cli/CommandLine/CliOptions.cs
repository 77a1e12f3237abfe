using InclusiveAnalyzers.Core;

namespace InclusiveAnalyzers.Cli.CommandLine;

public enum CommandKind
{
    Scan,
    Fix,
    Rules,
    Report,
}

public enum OutputFormat
{
    Text,
    Json,
    Sarif,
    GitHub,
    Html,
}

/// <summary>What the command line asked for, already validated (bound by <see cref="InclusiveCommandLine"/>).</summary>
public sealed class CliOptions
{
    /// <summary>The default size limit: larger files are skipped with a message.</summary>
    public const long DefaultMaxFileBytes = 10L * 1024 * 1024;

    public CommandKind Command { get; init; }

    /// <summary>Files and folders as typed; empty means the current folder.</summary>
    public IReadOnlyList<string> Paths { get; init; } = Array.Empty<string>();

    public OutputFormat Format { get; init; } = OutputFormat.Text;
    public string? OutputPath { get; init; }
    public string? ConfigPath { get; init; }

    /// <summary>The lowest severity that fails the run; <see cref="Severity.None"/> never fails.</summary>
    public Severity FailOn { get; init; } = Severity.Warning;

    public bool DryRun { get; init; }

    /// <summary>--verbose: say what was left out and why (links out of the root, frozen copies).</summary>
    public bool Verbose { get; init; }

    /// <summary>--include-frozen: scan versioned doc snapshots and archives too.</summary>
    public bool IncludeFrozen { get; init; }
    public bool UseGitIgnore { get; init; } = true;

    /// <summary>Report a template's finding once with its count (false: --no-fold lists every copy).</summary>
    public bool Fold { get; init; } = true;
    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;

    /// <summary>--project files as typed: loaded through MSBuild instead of walking PATHs.</summary>
    public IReadOnlyList<string> Projects { get; init; } = Array.Empty<string>();

    /// <summary>--solution file as typed, or null.</summary>
    public string? SolutionPath { get; init; }

    /// <summary>report --history N: the number of points over git history (0: none).</summary>
    public int HistoryPoints { get; init; }

    /// <summary>report --merge: the PATHs are SARIF logs (or folders of them) to merge into one page.</summary>
    public bool Merge { get; init; }

    /// <summary>Whether C# comes from real projects (--project or --solution).</summary>
    public bool LoadsProjects => SolutionPath != null || Projects.Count > 0;
}
