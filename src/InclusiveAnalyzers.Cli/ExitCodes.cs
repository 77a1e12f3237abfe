namespace InclusiveAnalyzers.Cli;

/// <summary>The process exit codes (docs/cli.md).</summary>
public static class ExitCodes
{
    /// <summary>Nothing at or above the --fail-on level (or, for fix, the files were rewritten).</summary>
    public const int Success = 0;

    /// <summary>Findings at or above the --fail-on level; for <c>fix --dry-run</c>, files that would change.</summary>
    public const int Findings = 1;

    /// <summary>A usage error, or a configuration that cannot be used (missing --config, malformed inclusive.json).</summary>
    public const int UsageOrConfiguration = 2;

    /// <summary>A file could not be scanned because of a bug in the tool; the other files were still reported.</summary>
    public const int InternalError = 3;
}
