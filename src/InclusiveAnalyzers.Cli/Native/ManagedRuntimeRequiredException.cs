namespace InclusiveAnalyzers.Cli.Native;

/// <summary>
/// Raised by the native image before it scans or writes anything, when the run needs Roslyn or MSBuild
/// (C# files, --project, --solution, the history report): <see cref="Program.Main"/> then runs the same command
/// line in the .NET build.
/// </summary>
public sealed class ManagedRuntimeRequiredException : Exception
{
    public ManagedRuntimeRequiredException(string what)
        : base(what + " need the .NET build of inclusive (inclusive.dll)")
    {
    }

    public ManagedRuntimeRequiredException()
    {
    }

    public ManagedRuntimeRequiredException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
