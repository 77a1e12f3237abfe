using System.Globalization;
using InclusiveAnalyzers.Core;

namespace InclusiveAnalyzers.Cli.CommandLine;

/// <summary>
/// Reads <c>inclusive COMMAND [PATH...] [OPTIONS]</c>. Options take their value as the next argument or
/// after '=' (<c>--format=json</c>); <c>--</c> ends the options. Every mistake is a <see cref="UsageException"/>.
/// </summary>
public static class ArgumentParser
{
    private static readonly string[] Commands = { "scan", "fix", "rules", "report" };

    public static CliOptions Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0)
        {
            throw new UsageException("no command given; use 'scan', 'fix', 'rules' or 'report'.");
        }

        var first = args[0];
        switch (first)
        {
            case "-h":
            case "--help":
            case "-?":
            case "help":
                return new CliOptions { Command = CommandKind.Help, HelpFor = args.Count > 1 && Commands.Contains(args[1]) ? args[1] : null };
            case "--version":
                return new CliOptions { Command = CommandKind.Version };
        }

        if (!Commands.Contains(first))
        {
            throw new UsageException(first.StartsWith('-')
                ? $"'{first}' comes after a command; use 'inclusive scan {first} ...'."
                : $"unknown command '{first}'; use 'scan', 'fix', 'rules' or 'report'.");
        }

        var command = first;
        var paths = new List<string>();
        var format = OutputFormat.Text;
        string? output = null, config = null;
        var failOn = Severity.Warning;
        var dryRun = false;
        var verbose = false;
        var includeFrozen = false;
        var gitIgnore = true;
        var fold = true;
        var maxBytes = CliOptions.DefaultMaxFileBytes;
        var optionsEnded = false;
        var projects = new List<string>();
        string? solution = null;
        var history = 0;
        var merge = false;

        for (var i = 1; i < args.Count; i++)
        {
            var arg = args[i];
            if (optionsEnded || arg == "-" || !arg.StartsWith('-'))
            {
                if (command == "rules")
                {
                    throw new UsageException($"'rules' takes no paths (got '{arg}').", command);
                }

                paths.Add(arg);
                continue;
            }

            if (arg == "--")
            {
                optionsEnded = true;
                continue;
            }

            string name = arg;
            string? inlineValue = null;
            var equals = arg.IndexOf('=');
            if (arg.StartsWith("--", StringComparison.Ordinal) && equals > 2)
            {
                name = arg[..equals];
                inlineValue = arg[(equals + 1)..];
            }

            string Value()
            {
                if (inlineValue != null)
                {
                    return inlineValue;
                }

                if (i + 1 >= args.Count)
                {
                    throw new UsageException($"{name} needs a value.", command);
                }

                return args[++i];
            }

            void Flag()
            {
                if (inlineValue != null)
                {
                    throw new UsageException($"{name} takes no value.", command);
                }
            }

            switch (name)
            {
                case "-h":
                case "--help":
                    return new CliOptions { Command = CommandKind.Help, HelpFor = command };
                case "-f":
                case "--format":
                    format = ParseFormat(Value(), command);
                    break;
                case "-o" when command != "fix":
                case "--output" when command != "fix":
                    output = NonEmpty(Value(), name, command);
                    break;
                case "-c":
                case "--config":
                    config = NonEmpty(Value(), name, command);
                    break;
                case "--fail-on" when command == "scan":
                    failOn = ParseFailOn(Value(), command);
                    break;
                case "--dry-run" when command == "fix":
                    Flag();
                    dryRun = true;
                    break;
                case "-v" when command != "rules":
                case "--verbose" when command != "rules":
                    Flag();
                    verbose = true;
                    break;
                case "--include-frozen" when command != "rules":
                    Flag();
                    includeFrozen = true;
                    break;
                case "--no-fold" when command == "scan":
                    Flag();
                    fold = false;
                    break;
                case "--no-gitignore" when command != "rules":
                    Flag();
                    gitIgnore = false;
                    break;
                case "--max-file-size" when command != "rules":
                    maxBytes = ParseSize(Value(), command);
                    break;
                case "--project" when command != "rules":
                    projects.Add(NonEmpty(Value(), name, command));
                    break;
                case "--solution" when command != "rules":
                    if (solution != null)
                    {
                        throw new UsageException("--solution can be given once.", command);
                    }

                    solution = NonEmpty(Value(), name, command);
                    break;
                case "--history" when command == "report":
                    history = ParseCount(Value(), name, command);
                    break;
                case "--merge" when command == "report":
                    Flag();
                    merge = true;
                    break;
                default:
                    throw new UsageException($"unknown option '{name}' for '{command}'.", command);
            }
        }

        if (command == "fix" && format != OutputFormat.Text)
        {
            throw new UsageException("'fix' has no --format; it prints what it changed (with --dry-run, a unified diff).", command);
        }

        if (command == "rules" && format is OutputFormat.Sarif or OutputFormat.GitHub)
        {
            throw new UsageException("'rules' prints text or json.", command);
        }

        if (command == "report" && format is not (OutputFormat.Text or OutputFormat.Html or OutputFormat.Json))
        {
            throw new UsageException("'report' writes html (the default) or json.", command);
        }

        if (command != "report" && format == OutputFormat.Html)
        {
            throw new UsageException($"'{command}' has no html format; 'inclusive report' writes the page.", command);
        }

        if (merge && (history > 0 || solution != null || projects.Count > 0))
        {
            throw new UsageException("--merge reads SARIF logs; it takes no --history, --project or --solution.", command);
        }

        if (history > 0 && (solution != null || projects.Count > 0))
        {
            throw new UsageException("--history reads folders from git; it takes no --project or --solution.", command);
        }

        if (solution != null && projects.Count > 0)
        {
            throw new UsageException("use --solution or --project, not both.", command);
        }

        if ((solution != null || projects.Count > 0) && paths.Count > 0)
        {
            // The projects say which files are theirs; a PATH beside them would be ambiguous.
            throw new UsageException($"--{(solution != null ? "solution" : "project")} takes no PATH (got '{paths[0]}'); documents in the project folders are scanned too.", command);
        }

        return new CliOptions
        {
            Command = command switch { "scan" => CommandKind.Scan, "fix" => CommandKind.Fix, "report" => CommandKind.Report, _ => CommandKind.Rules },
            Paths = paths,
            OutputPath = output,
            ConfigPath = config,
            FailOn = failOn,
            DryRun = dryRun,
            Verbose = verbose,
            IncludeFrozen = includeFrozen,
            UseGitIgnore = gitIgnore,
            Fold = fold,
            MaxFileBytes = maxBytes,
            Projects = projects,
            SolutionPath = solution,
            HistoryPoints = history,
            Merge = merge,
            Format = command == "report" && format == OutputFormat.Text ? OutputFormat.Html : format,
        };
    }

    private static string NonEmpty(string value, string name, string command) =>
        string.IsNullOrWhiteSpace(value) ? throw new UsageException($"{name} needs a value.", command) : value;

    private static OutputFormat ParseFormat(string value, string command) => value.ToLowerInvariant() switch
    {
        "text" => OutputFormat.Text,
        "json" => OutputFormat.Json,
        "sarif" => OutputFormat.Sarif,
        "github" => OutputFormat.GitHub,
        "html" => OutputFormat.Html,
        _ => throw new UsageException(command == "report" ? $"unknown format '{value}'; use html or json." : $"unknown format '{value}'; use text, json, sarif or github.", command),
    };

    private static Severity ParseFailOn(string value, string command)
    {
        if (SeverityNames.TryParse(value, out var severity) && severity != Severity.Silent)
        {
            return severity;
        }

        throw new UsageException($"unknown --fail-on level '{value}'; use error, warning, suggestion or none.", command);
    }

    /// <summary>A whole number from 1 to 1,000 (--history).</summary>
    private static int ParseCount(string value, string name, string command) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count is >= 1 and <= 1000
            ? count
            : throw new UsageException($"{name} '{value}' is not a number of points from 1 to 1000.", command);

    /// <summary>Bytes, or a number with K/KB, M/MB, G/GB (powers of 1024).</summary>
    internal static long ParseSize(string value, string command)
    {
        var text = value.Trim().ToUpperInvariant();
        long unit = 1;
        foreach (var (suffix, factor) in new[] { ("KB", 1024L), ("MB", 1024L * 1024), ("GB", 1024L * 1024 * 1024), ("K", 1024L), ("M", 1024L * 1024), ("G", 1024L * 1024 * 1024), ("B", 1L) })
        {
            if (text.EndsWith(suffix, StringComparison.Ordinal))
            {
                unit = factor;
                text = text[..^suffix.Length].TrimEnd();
                break;
            }
        }

        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) && number > 0 && number * unit <= long.MaxValue)
        {
            return (long)(number * unit);
        }

        throw new UsageException($"--max-file-size '{value}' is not a size; use e.g. 10MB, 512KB or 1048576.", command);
    }
}
