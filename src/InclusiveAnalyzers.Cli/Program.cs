using System.Text;
using InclusiveAnalyzers.Cli.Commands;
using InclusiveAnalyzers.Cli.CommandLine;

namespace InclusiveAnalyzers.Cli;

/// <summary>
/// The <c>inclusive</c> command. <see cref="Run(string[], CliConsole)"/> is the whole program with its
/// console passed in, so tests run it in-process over temporary folders.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        // Buffered, BOM-less UTF-8: a scan can print thousands of lines, and Console.Out flushes every write.
        var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false };
        var error = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true };
        try
        {
            return Run(args, CliConsole.FromSystem(output, error));
        }
        finally
        {
            output.Flush();
        }
    }

    /// <summary>Runs the command with plain writers (no terminal, no colour, no progress bar).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, string? workingDirectory = null) =>
        Run(args, new CliConsole(output, error, workingDirectory ?? Directory.GetCurrentDirectory()));

    public static int Run(string[] args, CliConsole console)
    {
        PhaseTimes.StartIfAsked(console);
        CliOptions options;
        try
        {
            options = ArgumentParser.Parse(args);
        }
        catch (UsageException e)
        {
            console.Error.WriteLine("inclusive: " + e.Message);
            console.Error.WriteLine(e.Command is null ? "Run 'inclusive --help' for usage." : $"Run 'inclusive {e.Command} --help' for usage.");
            return ExitCodes.UsageOrConfiguration;
        }

        try
        {
            return options.Command switch
            {
                CommandKind.Help => HelpText.Write(console.Out, options.HelpFor),
                CommandKind.Version => WriteVersion(console.Out),
                CommandKind.Scan => ScanCommand.Run(options, console),
                CommandKind.Fix => FixCommand.Run(options, console),
                CommandKind.Rules => RulesCommand.Run(options, console),
                CommandKind.Report => ReportCommand.Run(options, console),
                _ => throw new InvalidOperationException("Unknown command " + options.Command),
            };
        }
        catch (UsageException e)
        {
            // Raised after parsing: a path that does not exist, a --config file that cannot be read, an unwritable --output.
            console.Error.WriteLine("inclusive: " + e.Message);
            return ExitCodes.UsageOrConfiguration;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug of ours: say so in one line instead of a crash and a stack trace.
            console.Error.WriteLine($"inclusive: internal error: {e.GetType().Name}: {e.Message}");
            if (!string.IsNullOrEmpty(console.GetEnvironmentVariable("INCLUSIVE_DEBUG")))
            {
                console.Error.WriteLine(e.ToString());
            }
            else
            {
                console.Error.WriteLine("Please report it; set INCLUSIVE_DEBUG=1 to print the details.");
            }

            return ExitCodes.InternalError;
        }
    }

    public static string Version =>
        typeof(Program).Assembly.GetName().Version is { } v ? $"{v.Major}.{v.Minor}.{v.Build}" : "0.0.0";

    private static int WriteVersion(TextWriter output)
    {
        output.WriteLine("inclusive " + Version);
        return ExitCodes.Success;
    }
}
