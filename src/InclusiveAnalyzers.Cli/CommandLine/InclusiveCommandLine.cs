using System.CommandLine;
using System.CommandLine.Parsing;
using InclusiveAnalyzers.Core;

namespace InclusiveAnalyzers.Cli.CommandLine;

/// <summary>
/// The <c>inclusive</c> command line on System.CommandLine: the commands, their options and aliases,
/// the checks between options, and the binding of a parse to <see cref="CliOptions"/>.
/// </summary>
/// <remarks>
/// Startup: every option is string-typed and values are read by <see cref="OptionValues"/> (no
/// reflection binding). System.CommandLine's code for reference-typed options is precompiled in its
/// ReadyToRun image, while each value-typed instantiation (<c>Option&lt;bool&gt;</c>,
/// <c>Option&lt;int?&gt;</c>) is JIT-compiled at every start: 56 methods and about 10 ms of CPU per run
/// when they were typed. A flag is therefore an option with no value, read by its presence.
/// </remarks>
internal sealed class InclusiveCommandLine
{
    private readonly Option<string> verbose = Flag("--verbose", "Say which symbolic links were not followed, and why", "-v");
    private readonly Option<string> includeFrozen = Flag("--include-frozen", "Also read frozen copies (versioned doc snapshots, archives)");
    private readonly Option<string> noGitIgnore = Flag("--no-gitignore", "Also read files that .gitignore excludes");
    private readonly Option<string> noFold = Flag("--no-fold", "List every copy of a finding repeated in 3 or more documents, and every repeat of a heading-level decision in one document (by default one line, at the first copy, with the count)");
    private readonly Option<string> dryRun = Flag("--dry-run", "Print what would change as a patch (git diff format, renames included; 'git apply' takes it) and write nothing; exit code 1 when something would change");
    private readonly Option<string> merge = Flag("--merge", "The PATHs are SARIF 2.1.0 logs (CLI or build ErrorLog), or folders holding *.sarif: one page with a row per repository");

    private readonly Option<string> config = Value("--config", "FILE", "Use this inclusive.json instead of the nearest one above the paths", "-c");
    private readonly Option<string> output = Value("--output", "FILE", "Write to FILE instead of standard output", "-o");
    private readonly Option<string> solution = Value("--solution", "FILE", "Load every project of this solution (.sln, .slnx) through MSBuild");

    // Defaults are applied when binding and stated in the descriptions.
    private readonly Option<string> failOn = Value("--fail-on", string.Join('|', OptionValues.FailOnLevels), "The lowest severity that makes the exit code 1 [default: warning]");
    private readonly Option<string> maxFileSize = Value("--max-file-size", "SIZE", "Skip larger files, reporting them as not checked (e.g. 512KB, 50MB) [default: 10MB]");
    private readonly Option<string> history = Value("--history", "N", "Add the trend over N points of the git history: release tags when the repository has them, else commits spaced evenly along the first-parent line; read from git's object store (nothing is checked out), each file content scanned once");

    private readonly Option<string[]> project = new("--project")
    {
        Description = "Load this C# project through MSBuild instead of walking PATHs (repeatable)",
        HelpName = "FILE",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<string> scanFormat = Format("scan", OptionValues.ScanFormats, "Text, JSON, SARIF 2.1.0 or GitHub workflow annotations [default: text]");
    private readonly Option<string> rulesFormat = Format("rules", OptionValues.RulesFormats, "A table or JSON [default: text]");
    private readonly Option<string> reportFormat = Format("report", OptionValues.ReportFormats, "The page or its numbers as JSON [default: html]");

    /// <summary>'fix' prints what it changed: --format is kept only to say so.</summary>
    private readonly Option<string> fixFormat = new("--format", "-f") { Hidden = true };

    private readonly Argument<string[]> scanPaths = Paths("Files and folders to scan (default: the current folder)");
    private readonly Argument<string[]> fixPaths = Paths("Files and folders to fix (default: the current folder)");
    private readonly Argument<string[]> reportPaths = Paths("The folder to report on (default: the current folder); with --merge, SARIF logs or folders of them");

    /// <summary>'rules' takes no PATH: the hidden argument exists to say so.</summary>
    private readonly Argument<string[]> rulesPaths = new("PATH") { Arity = ArgumentArity.ZeroOrMore, Hidden = true };

    /// <param name="run">Runs a command with its bound options and returns the exit code.</param>
    /// <param name="help">Writes a command's help (for 'inclusive help COMMAND').</param>
    /// <param name="directives">
    /// Whether the command line starts with a directive (<c>[suggest:N]</c>, as dotnet-suggest calls the
    /// tool): only a <see cref="RootCommand"/> reads directives. Otherwise the root is a plain command with
    /// our own --help and --version: RootCommand builds its help option's description from
    /// System.CommandLine's resources, and loading them costs about 10 ms of CPU at every start.
    /// </param>
    public InclusiveCommandLine(Func<CliOptions, int> run, Func<Command, int> help, bool directives = false)
    {
        Scan = new Command("scan", "Report non-inclusive wording, accessibility and code-of-conduct problems (text, JSON, SARIF 2.1.0, GitHub annotations)")
        {
            scanPaths, project, solution, scanFormat, output, config, failOn, noGitIgnore, includeFrozen, noFold, maxFileSize, verbose,
        };
        Fix = new Command("fix", "Rewrite document wording in place and apply the C# code fixes (--dry-run prints a patch)")
        {
            fixPaths, project, solution, dryRun, config, noGitIgnore, includeFrozen, maxFileSize, verbose, fixFormat,
        };
        Rules = new Command("rules", "List every rule and every term of the catalog in force")
        {
            rulesPaths, rulesFormat, output, config,
        };
        Report = new Command("report", "Write a community-health page (one self-contained HTML file, or JSON)")
        {
            reportPaths, history, merge, reportFormat, output, config, noGitIgnore, includeFrozen, maxFileSize, verbose, project, solution,
        };

        failOn.CompletionSources.Add(OptionValues.FailOnLevels);
        OptionValues.Check(config, OptionValues.NonEmpty("--config"));
        OptionValues.Check(output, OptionValues.NonEmpty("--output"));
        OptionValues.Check(solution, OptionValues.NonEmpty("--solution"));
        OptionValues.Check(failOn, OptionValues.FailOnProblem);
        OptionValues.Check(maxFileSize, OptionValues.SizeProblem);
        OptionValues.Check(history, OptionValues.HistoryPointsProblem);
        fixFormat.Validators.Add(r => r.AddError("'fix' has no --format; it prints what it changed (with --dry-run, a unified diff)."));
        rulesPaths.Validators.Add(r =>
        {
            if (r.Tokens.Count > 0)
            {
                r.AddError($"'rules' takes no paths (got '{r.Tokens[0].Value}').");
            }
        });
        foreach (var command in new[] { Scan, Fix, Report })
        {
            command.Validators.Add(CheckProjects);
        }

        Report.Validators.Add(CheckReport);

        Scan.SetAction(r => run(Bind(r, CommandKind.Scan, scanPaths, scanFormat)));
        Fix.SetAction(r => run(Bind(r, CommandKind.Fix, fixPaths, null)));
        Rules.SetAction(r => run(Bind(r, CommandKind.Rules, null, rulesFormat)));
        Report.SetAction(r => run(Bind(r, CommandKind.Report, reportPaths, reportFormat)));

        // 'inclusive help [COMMAND]', as git and dotnet take it; hidden, since --help is the documented form.
        var helpTopic = new Argument<string?>("COMMAND") { Arity = ArgumentArity.ZeroOrOne };
        var helpCommand = new Command("help", "Show help for a command") { helpTopic };
        helpCommand.Hidden = true;
        Root = directives
            ? new RootCommand(HelpText.RootDescription)
            : new Command("inclusive", HelpText.RootDescription) { HelpFlag, VersionFlag };
        Root.Add(Scan);
        Root.Add(Fix);
        Root.Add(Rules);
        Root.Add(Report);
        Root.Add(helpCommand);
        helpCommand.SetAction(r => help(r.GetValue(helpTopic) switch
        {
            "scan" => Scan,
            "fix" => Fix,
            "rules" => Rules,
            "report" => Report,
            _ => Root,
        }));
    }

    public Command Root { get; }

    /// <summary>-h, --help, -? for every command (a root command has its own <see cref="System.CommandLine.Help.HelpOption"/>).</summary>
    public Option<string> HelpFlag { get; } = new("--help", "-h", "-?")
    {
        Description = "Show help and usage information",
        Arity = ArgumentArity.Zero,
        Recursive = true,
    };

    public Option<string> VersionFlag { get; } = new("--version")
    {
        Description = "Show version information",
        Arity = ArgumentArity.Zero,
    };
    public Command Scan { get; }
    public Command Fix { get; }
    public Command Rules { get; }
    public Command Report { get; }

    private CliOptions Bind(ParseResult r, CommandKind command, Argument<string[]>? paths, Option<string>? format) => new()
    {
        Command = command,
        Paths = paths is null ? Array.Empty<string>() : r.GetValue(paths) ?? Array.Empty<string>(),
        Format = (format is null || r.GetValue(format) is not { } name ? null : OptionValues.Format(name, command.ToString().ToLowerInvariant(), out _))
            ?? (command == CommandKind.Report ? OutputFormat.Html : OutputFormat.Text),
        OutputPath = r.GetValue(output),
        ConfigPath = r.GetValue(config),
        FailOn = r.GetValue(failOn) is { } level ? OptionValues.FailOn(level) ?? Severity.Warning : Severity.Warning,
        DryRun = r.GetResult(dryRun) != null,
        Verbose = r.GetResult(verbose) != null,
        IncludeFrozen = r.GetResult(includeFrozen) != null,
        UseGitIgnore = r.GetResult(noGitIgnore) is null,
        Fold = r.GetResult(noFold) is null,
        MaxFileBytes = r.GetValue(maxFileSize) is { } size ? OptionValues.Size(size) ?? CliOptions.DefaultMaxFileBytes : CliOptions.DefaultMaxFileBytes,
        Projects = r.GetValue(project) ?? Array.Empty<string>(),
        SolutionPath = r.GetValue(solution),
        HistoryPoints = r.GetValue(history) is { } points ? OptionValues.HistoryPoints(points) ?? 0 : 0,
        Merge = r.GetResult(merge) != null,
    };

    /// <summary>--project and --solution name the files to load: one of them, and no PATH beside them.</summary>
    private void CheckProjects(CommandResult result)
    {
        // Read as tokens: a value that did not parse has its own error already.
        var projects = result.GetResult(project)?.Tokens ?? (IReadOnlyList<Token>)Array.Empty<Token>();
        var solutionGiven = result.GetResult(solution) != null;
        var paths = result.GetResult(result.Command.Arguments[0])?.Tokens ?? (IReadOnlyList<Token>)Array.Empty<Token>();
        if (projects.Any(t => string.IsNullOrWhiteSpace(t.Value)))
        {
            result.AddError("--project needs a value.");
        }
        else if (solutionGiven && projects.Count > 0)
        {
            result.AddError("use --solution or --project, not both.");
        }
        else if ((solutionGiven || projects.Count > 0) && paths.Count > 0)
        {
            // The projects say which files are theirs; a PATH beside them would be ambiguous.
            result.AddError($"--{(solutionGiven ? "solution" : "project")} takes no PATH (got '{paths[0].Value}'); documents in the project folders are scanned too.");
        }
    }

    /// <summary>
    /// The tokens a PATH took that look like options (before any <c>--</c>). System.CommandLine gives a
    /// command's arguments every token no option claims, so a mistyped option would be read as a file name.
    /// </summary>
    public IReadOnlyList<string> OptionsTakenAsPaths(ParseResult parse)
    {
        var taken = parse.CommandResult.Command.Arguments.Count == 0
            ? null
            : parse.GetResult(parse.CommandResult.Command.Arguments[0])?.Tokens;
        if (taken is null || taken.Count == 0)
        {
            return Array.Empty<string>();
        }

        var options = new List<string>();
        foreach (var token in parse.Tokens)
        {
            if (token.Type == TokenType.DoubleDash)
            {
                break;
            }

            if (token.Type == TokenType.Argument && token.Value.Length > 1 && token.Value[0] == '-' && taken.Any(t => ReferenceEquals(t, token)))
            {
                options.Add(token.Value);
            }
        }

        return options;
    }

    /// <summary>
    /// Parses <paramref name="options"/> alone for <paramref name="command"/>, whose PATH now takes nothing:
    /// System.CommandLine then reports them as unrecognized, with its "did you mean" suggestions.
    /// </summary>
    public ParseResult ParseAsUnknown(Command command, IReadOnlyList<string> options)
    {
        foreach (var argument in command.Arguments)
        {
            argument.Arity = ArgumentArity.Zero;
        }

        return Root.Parse(new[] { command.Name }.Concat(options).ToArray());
    }

    private void CheckReport(CommandResult result)
    {
        var hasProjects = result.GetResult(solution) != null || result.GetResult(project) != null;
        if (result.GetResult(merge) != null && (result.GetResult(history) != null || hasProjects))
        {
            result.AddError("--merge reads SARIF logs; it takes no --history, --project or --solution.");
        }
        else if (result.GetResult(history) != null && hasProjects)
        {
            result.AddError("--history reads folders from git; it takes no --project or --solution.");
        }
    }

    /// <summary>An option without a value (<c>--verbose</c>), read by its presence.</summary>
    private static Option<string> Flag(string name, string description, params string[] aliases) => new(name, aliases)
    {
        Description = description,
        Arity = ArgumentArity.Zero,
    };

    private static Option<string> Value(string name, string helpName, string description, params string[] aliases) => new(name, aliases)
    {
        Description = description,
        HelpName = helpName,
    };

    private static Option<string> Format(string command, string[] names, string description)
    {
        var option = Value("--format", string.Join('|', names), description, "-f");
        option.CompletionSources.Add(names);
        OptionValues.Check(option, value => OptionValues.FormatProblem(value, command));
        return option;
    }

    private static Argument<string[]> Paths(string description) => new("PATH")
    {
        Description = description,
        Arity = ArgumentArity.ZeroOrMore,
    };
}
