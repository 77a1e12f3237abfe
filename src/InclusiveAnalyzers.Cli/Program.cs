using System.CommandLine;
using System.CommandLine.Invocation;
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
        Native.NativeImage.TryReplaceProcess(args); // returns only when the run stays in this process
        if (WarmsParsers(args, Directory.GetCurrentDirectory()))
        {
            // The parsers' first use (about 0.1 s) on the second core, while this thread reads the configuration and lists files.
            Documents.Parsing.ParserWarmup.Start();
            Scanning.HeadStart.Enabled = true;

            // The output format's first use, by the first scan worker left without files (it would otherwise come after the scan, on one core).
            if (Reporting.OutputWarmup.FormatOf(args) is { } format)
            {
                Scanning.IdleWork.Offer(() => Reporting.OutputWarmup.Run(format));
            }
        }

        // Buffered, BOM-less UTF-8: a scan can print thousands of lines, and Console.Out flushes every write.
        var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false };
        var error = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true };
        try
        {
            return Run(args, CliConsole.FromSystem(output, error));
        }
        catch (Native.ManagedRuntimeRequiredException e)
        {
            // The native image met C#: nothing is written yet, and the .NET build starts over with the same command line.
            return Native.NativeImage.RunInDotNet(args, error, e.Message);
        }
        finally
        {
            output.Flush();
        }
    }

    /// <summary>
    /// A head start on the parsers pays off for the commands that parse documents over a folder (a repository: the
    /// current one when no path is named). A run over files named one by one (a pre-commit hook, an editor) is short,
    /// may need neither parser, and would only share its cores with the warm-up.
    /// </summary>
    internal static bool WarmsParsers(string[] args, string workingDirectory)
    {
        if (args.Length == 0 || (args[0] != "scan" && args[0] != "fix" && args[0] != "report")) return false;
        bool namesFile = false;
        for (int i = 1; i < args.Length; i++)
        {
            if (args[i].StartsWith('-')) continue; // an option; its value, if any, is judged as a path would be
            var path = Path.Combine(workingDirectory, args[i]);
            if (Directory.Exists(path)) return true;
            namesFile |= File.Exists(path);
        }

        return !namesFile;
    }

    /// <summary>Runs the command with plain writers (no terminal, no colour, no progress bar).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, string? workingDirectory = null) =>
        Run(args, new CliConsole(output, error, workingDirectory ?? Directory.GetCurrentDirectory()));

    public static int Run(string[] args, CliConsole console) => Run(args, console, RunCommand);

    /// <summary>The program with the commands replaced (tests read what the command line bound).</summary>
    internal static int Run(string[] args, CliConsole console, Func<CliOptions, CliConsole, int> runCommand)
    {
        PhaseTimes.StartIfAsked(console);
        try
        {
            return ParseAndRun(args, console, runCommand);
        }
        catch (UsageException e)
        {
            // Raised after parsing: a path that does not exist, a --config file that cannot be read, an unwritable --output.
            console.Error.WriteLine("inclusive: " + e.Message);
            return ExitCodes.UsageOrConfiguration;
        }
        catch (Exception e) when (e is not OutOfMemoryException and not Native.ManagedRuntimeRequiredException)
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

    private static int ParseAndRun(string[] args, CliConsole console, Func<CliOptions, CliConsole, int> runCommand)
    {
        var invocation = new InvocationConfiguration
        {
            Output = console.Out,
            Error = console.Error,
            // Run's own handler: one line and exit code 3, not System.CommandLine's stack trace.
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = null,
        };
        InclusiveCommandLine? line = null;
        line = new InclusiveCommandLine(
            options => runCommand(options, console),
            command => line!.Root.Parse(command == line.Root ? new[] { "--help" } : new[] { command.Name, "--help" }).Invoke(invocation),
            directives: args.Length > 0 && args[0].StartsWith('['));
        HelpText.Install(line, console);
        line.VersionFlag.Action = new WriteVersion(console.Out);
        foreach (var option in line.Root.Options)
        {
            if (option is VersionOption version)
            {
                version.Action = line.VersionFlag.Action;
            }
        }

        // @FILE.rsp response files and the [suggest] completion directive come with the parser's defaults.
        var parse = line.Root.Parse(args);
        var runsCommand = parse.Action == parse.CommandResult.Command.Action || parse.Action is ParseErrorAction;
        if (runsCommand && line.OptionsTakenAsPaths(parse) is { Count: > 0 } unknown)
        {
            parse = line.ParseAsUnknown(parse.CommandResult.Command, unknown);
        }

        if (parse.Action is ParseErrorAction)
        {
            return UsageErrors.Write(parse, console.Error);
        }

        return parse.Invoke(invocation);
    }

    private static int RunCommand(CliOptions options, CliConsole console) => options.Command switch
    {
        CommandKind.Scan => ScanCommand.Run(options, console),
        CommandKind.Fix => FixCommand.Run(options, console),
        CommandKind.Rules => RulesCommand.Run(options, console),
        CommandKind.Report => RunReport(options, console),
        _ => throw new InvalidOperationException("Unknown command " + options.Command),
    };

    private static int RunReport(CliOptions options, CliConsole console)
    {
        if (!Native.CodeSupport.IsAvailable)
        {
            throw new Native.ManagedRuntimeRequiredException("reports"); // each point of the history compiles its C#
        }

        return ReportCommand.Run(options, console);
    }

    public static string Version =>
        typeof(Program).Assembly.GetName().Version is { } v ? $"{v.Major}.{v.Minor}.{v.Build}" : "0.0.0";

    /// <summary>--version prints "inclusive X.Y.Z", without the source revision System.CommandLine would add.</summary>
    private sealed class WriteVersion(TextWriter output) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            output.WriteLine("inclusive " + Version);
            return ExitCodes.Success;
        }
    }
}
