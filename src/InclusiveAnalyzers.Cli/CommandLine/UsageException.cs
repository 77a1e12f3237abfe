namespace InclusiveAnalyzers.Cli.CommandLine;

/// <summary>A mistake in how the command was called or configured: exit code 2 with this message.</summary>
public sealed class UsageException : Exception
{
    public UsageException(string message, string? command = null)
        : base(message)
    {
        Command = command;
    }

    /// <summary>The command whose --help to point at, when known.</summary>
    public string? Command { get; }
}
