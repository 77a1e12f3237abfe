namespace InclusiveAnalyzers.Cli;

/// <summary>Where the program writes and what it knows about its terminal and environment.</summary>
public sealed class CliConsole
{
    private readonly Func<string, string?> environment;

    public CliConsole(
        TextWriter output,
        TextWriter error,
        string workingDirectory,
        bool outputIsTerminal = false,
        bool errorIsTerminal = false,
        Func<string, string?>? environment = null)
    {
        Out = output;
        Error = error;
        WorkingDirectory = Path.GetFullPath(workingDirectory);
        OutputIsTerminal = outputIsTerminal;
        ErrorIsTerminal = errorIsTerminal;
        this.environment = environment ?? (_ => null);
    }

    public TextWriter Out { get; }
    public TextWriter Error { get; }

    /// <summary>Relative PATH arguments and --config/--output resolve against this folder.</summary>
    public string WorkingDirectory { get; }

    public bool OutputIsTerminal { get; }
    public bool ErrorIsTerminal { get; }

    /// <summary>Width to wrap --help to: the terminal's, else 100 columns.</summary>
    public int OutputWidth { get; init; } = 100;

    /// <summary>Width for the progress bar; 80 when unknown.</summary>
    public int ErrorWidth { get; init; } = 80;

    public string? GetEnvironmentVariable(string name) => environment(name);

    /// <summary>CI=true (or any CI value but false/0), as GitHub Actions, Azure Pipelines, GitLab and most others set it.</summary>
    public bool IsContinuousIntegration =>
        GetEnvironmentVariable("CI") is { Length: > 0 } ci && !ci.Equals("false", StringComparison.OrdinalIgnoreCase) && ci != "0"
        || !string.IsNullOrEmpty(GetEnvironmentVariable("TF_BUILD"))
        || !string.IsNullOrEmpty(GetEnvironmentVariable("GITHUB_ACTIONS"));

    /// <summary>Colour only on a terminal, and never when NO_COLOR is set (no-color.org) or TERM=dumb.</summary>
    public bool UseColor =>
        OutputIsTerminal
        && string.IsNullOrEmpty(GetEnvironmentVariable("NO_COLOR"))
        && !string.Equals(GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal);

    /// <summary>A progress bar only where a person watches it: stderr is a terminal and this is not CI.</summary>
    public bool AllowProgress => ErrorIsTerminal && !IsContinuousIntegration;

    public static CliConsole FromSystem(TextWriter output, TextWriter error)
    {
        var outputIsTerminal = !Console.IsOutputRedirected;
        var errorIsTerminal = !Console.IsErrorRedirected;
        return new CliConsole(output, error, Directory.GetCurrentDirectory(), outputIsTerminal, errorIsTerminal, Environment.GetEnvironmentVariable)
        {
            ErrorWidth = TerminalWidth(errorIsTerminal, 80),
            OutputWidth = TerminalWidth(outputIsTerminal, 100),
        };
    }

    private static int TerminalWidth(bool isTerminal, int otherwise)
    {
        if (isTerminal)
        {
            try
            {
                return Math.Max(40, Console.WindowWidth);
            }
            catch (IOException)
            {
            }
        }

        return otherwise;
    }
}
