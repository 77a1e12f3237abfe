using InclusiveAnalyzers.Cli.CommandLine;
using InclusiveAnalyzers.Core;

namespace InclusiveAnalyzers.Cli.Tests.CommandLine;

/// <summary>The command line as System.CommandLine reads it: what each command binds, and every mistake is exit code 2.</summary>
public class CommandLineTests
{
    /// <summary>Runs the program with the command replaced: the options it would have run with, or null.</summary>
    private static (CliOptions? Options, Cli.Result Result) Run(params string[] args)
    {
        CliOptions? bound = null;
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Program.Run(args, new CliConsole(output, error, Directory.GetCurrentDirectory()), (options, _) =>
        {
            bound = options;
            return ExitCodes.Success;
        });
        return (bound, new Cli.Result(code, output.ToString(), error.ToString()));
    }

    private static CliOptions Parse(params string[] args)
    {
        var (options, result) = Run(args);
        Assert.True(options != null, result.ToString());
        return options;
    }

    private static Cli.Result Mistake(params string[] args)
    {
        var (options, result) = Run(args);
        Assert.Null(options);
        Assert.Equal(ExitCodes.UsageOrConfiguration, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        return result;
    }

    [Fact]
    public void Scan_defaults()
    {
        var options = Parse("scan");
        Assert.Equal(CommandKind.Scan, options.Command);
        Assert.Empty(options.Paths);
        Assert.Equal(OutputFormat.Text, options.Format);
        Assert.Equal(Severity.Warning, options.FailOn);
        Assert.True(options.UseGitIgnore);
        Assert.Equal(10L * 1024 * 1024, options.MaxFileBytes);
        Assert.True(options.Fold);
        Assert.False(options.Verbose);
        Assert.Null(options.OutputPath);
        Assert.Null(options.ConfigPath);
    }

    [Fact]
    public void Report_defaults_to_html_and_reads_text_as_html() // 'report --format text' meant the page before html had its name
    {
        Assert.Equal(OutputFormat.Html, Parse("report").Format);
        Assert.Equal(OutputFormat.Html, Parse("report", "--format", "text").Format);
        Assert.Equal(OutputFormat.Json, Parse("report", "-f", "json").Format);
    }

    [Fact]
    public void No_fold_lists_every_copy() => Assert.False(Parse("scan", "--no-fold").Fold);

    [Fact]
    public void Scan_with_every_option()
    {
        var options = Parse("scan", "docs", "README.md", "--format", "sarif", "--output:out.sarif", "--config=cfg.json", "--fail-on", "error", "--no-gitignore", "--max-file-size", "512KB");
        Assert.Equal(new[] { "docs", "README.md" }, options.Paths);
        Assert.Equal(OutputFormat.Sarif, options.Format);
        Assert.Equal("out.sarif", options.OutputPath);
        Assert.Equal("cfg.json", options.ConfigPath);
        Assert.Equal(Severity.Error, options.FailOn);
        Assert.False(options.UseGitIgnore);
        Assert.Equal(512 * 1024, options.MaxFileBytes);
    }

    [Fact]
    public void Options_and_paths_mix_in_any_order_and_short_flags_bundle()
    {
        var options = Parse("scan", "-vf", "json", "docs", "-c", "cfg.json", "src");
        Assert.True(options.Verbose);
        Assert.Equal(OutputFormat.Json, options.Format);
        Assert.Equal(new[] { "docs", "src" }, options.Paths);
        Assert.Equal("cfg.json", options.ConfigPath);
    }

    [Theory]
    [InlineData("none", Severity.None)]
    [InlineData("suggestion", Severity.Suggestion)]
    [InlineData("warning", Severity.Warning)]
    [InlineData("ERROR", Severity.Error)]
    public void Fail_on_levels(string value, Severity expected) =>
        Assert.Equal(expected, Parse("scan", "--fail-on", value).FailOn);

    [Fact]
    public void Double_dash_ends_options()
    {
        var options = Parse("scan", "--", "--weird-name.md");
        Assert.Equal(new[] { "--weird-name.md" }, options.Paths);
    }

    [Fact]
    public void An_option_value_may_start_with_a_dash() =>
        Assert.Equal("-report.json", Parse("scan", "--output", "-report.json").OutputPath);

    [Fact]
    public void Verbose_and_include_frozen_for_scan_and_fix_only()
    {
        var scan = Parse("scan", "-v", "--include-frozen");
        Assert.True(scan.Verbose);
        Assert.True(scan.IncludeFrozen);
        var fix = Parse("fix", "--verbose");
        Assert.True(fix.Verbose);
        Assert.False(fix.IncludeFrozen);
        Assert.False(Parse("scan").Verbose);
        Assert.Contains("Unrecognized command or argument '--include-frozen'", Mistake("rules", "--include-frozen").Error);
    }

    [Fact]
    public void A_flag_takes_no_value()
    {
        // '=yes' is not the flag's: it is left as a PATH, which does not exist.
        using var folder = new TempFolder();
        var result = Cli.Run(folder.Path, "scan", "--no-gitignore=yes");
        Assert.Equal(ExitCodes.UsageOrConfiguration, result.ExitCode);
        Assert.Contains("yes' does not exist", result.Error);

        var options = Parse("scan", "--verbose", "docs");
        Assert.True(options.Verbose);
        Assert.Equal(new[] { "docs" }, options.Paths);
    }

    [Fact]
    public void Fix_dry_run_and_rules_format()
    {
        Assert.True(Parse("fix", "--dry-run", "docs").DryRun);
        Assert.False(Parse("fix", "docs").DryRun);
        Assert.Equal(OutputFormat.Json, Parse("rules", "--format", "json").Format);
    }

    [Fact]
    public void Projects_and_solution()
    {
        var projects = Parse("scan", "--project", "a/A.csproj", "--project=b/B.csproj", "--format", "json");
        Assert.Equal(new[] { "a/A.csproj", "b/B.csproj" }, projects.Projects);
        Assert.Null(projects.SolutionPath);
        Assert.True(projects.LoadsProjects);

        var solution = Parse("fix", "--solution", "All.sln", "--dry-run");
        Assert.Equal("All.sln", solution.SolutionPath);
        Assert.Empty(solution.Projects);
        Assert.True(solution.LoadsProjects);

        Assert.False(Parse("scan", "src").LoadsProjects);
    }

    [Fact]
    public void Report_history_and_merge()
    {
        var history = Parse("report", "--history", "12", "repo");
        Assert.Equal(12, history.HistoryPoints);
        Assert.Equal(new[] { "repo" }, history.Paths);
        var merge = Parse("report", "--merge", "a.sarif", "logs");
        Assert.True(merge.Merge);
        Assert.Equal(new[] { "a.sarif", "logs" }, merge.Paths);
        Assert.Equal(0, merge.HistoryPoints);
    }

    [Theory]
    [InlineData("512", 512L)]
    [InlineData("2KB", 2048L)]
    [InlineData("1.5MB", 1572864L)]
    [InlineData("1g", 1073741824L)]
    public void Max_file_size_reads_bytes_and_unit_suffixes(string text, long expected) => Assert.Equal(expected, Parse("scan", "--max-file-size", text).MaxFileBytes);

    [Theory]
    [InlineData(new string[0], "Required command was not provided")]
    [InlineData(new[] { "lint" }, "Unrecognized command or argument 'lint'")]
    [InlineData(new[] { "--format", "json" }, "Unrecognized command or argument '--format'")]
    [InlineData(new[] { "scan", "--format" }, "Required argument missing for option: '--format'")]
    [InlineData(new[] { "scan", "--format", "xml" }, "unknown format 'xml'; use text, json, sarif or github")]
    [InlineData(new[] { "report", "--format", "sarif" }, "'report' writes html (the default) or json")]
    [InlineData(new[] { "report", "--format", "xml" }, "unknown format 'xml'; use html or json")]
    [InlineData(new[] { "scan", "--format", "html" }, "'scan' has no html format")]
    [InlineData(new[] { "scan", "--fail-on", "loud" }, "unknown --fail-on level 'loud'")]
    [InlineData(new[] { "scan", "--fail-on", "silent" }, "unknown --fail-on level")]
    [InlineData(new[] { "scan", "--dry-run" }, "Unrecognized command or argument '--dry-run'")]
    [InlineData(new[] { "scan", "docs", "--dry-run", "src" }, "Unrecognized command or argument '--dry-run'")]
    [InlineData(new[] { "fix", "--fail-on", "error" }, "Unrecognized command or argument '--fail-on'")]
    [InlineData(new[] { "fix", "--format", "json" }, "'fix' has no --format")]
    [InlineData(new[] { "rules", "docs" }, "'rules' takes no paths (got 'docs')")]
    [InlineData(new[] { "rules", "--format", "sarif" }, "'rules' prints text or json")]
    [InlineData(new[] { "scan", "--max-file-size", "big" }, "--max-file-size 'big' is not a size; use e.g. 10MB, 512KB or 1048576.")]
    [InlineData(new[] { "scan", "--output", "" }, "--output needs a value")]
    [InlineData(new[] { "fix", "--no-fold" }, "Unrecognized command or argument '--no-fold'")]
    [InlineData(new[] { "scan", "--solution", "a.sln", "--project", "b.csproj" }, "use --solution or --project, not both")]
    [InlineData(new[] { "scan", "--solution", "a.sln", "--solution", "b.sln" }, "Option '--solution' expects a single argument but 2 were provided")]
    [InlineData(new[] { "fix", "--project", "b.csproj", "src" }, "--project takes no PATH (got 'src')")]
    [InlineData(new[] { "scan", "--solution" }, "Required argument missing for option: '--solution'")]
    [InlineData(new[] { "rules", "--project", "b.csproj" }, "Unrecognized command or argument '--project'")]
    [InlineData(new[] { "report", "--merge", "--history", "3", "a.sarif" }, "--merge reads SARIF logs")]
    [InlineData(new[] { "report", "--history", "3", "--project", "a.csproj" }, "--history reads folders from git")]
    [InlineData(new[] { "report", "--history", "1001" }, "--history '1001' is not a number of points from 1 to 1000")]
    public void Mistakes_are_usage_errors(string[] args, string message)
    {
        var result = Mistake(args);
        Assert.Contains("inclusive: " + message, result.Error);
    }

    [Fact]
    public void Usage_error_exits_2_with_a_hint()
    {
        var result = Cli.Run(Directory.GetCurrentDirectory(), "scan", "--format", "xml");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown format 'xml'", result.Error);
        Assert.Contains("inclusive scan --help", result.Error);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void Unknown_option_is_named_with_the_option_it_resembles_on_standard_error()
    {
        var result = Mistake("scan", "docs", "--no-fld");
        Assert.Equal(
            "inclusive: Unrecognized command or argument '--no-fld'.\n"
            + "'--no-fld' was not matched. Did you mean one of the following?\n--no-fold\n"
            + "Run 'inclusive scan --help' for usage.\n",
            result.Error.ReplaceLineEndings("\n"));

        // Nothing resembles it: no suggestion, the same message and hint.
        var far = Mistake("rules", "--project", "b.csproj");
        Assert.DoesNotContain("Did you mean", far.Error);
        Assert.Contains("Run 'inclusive rules --help' for usage.", far.Error);

        // A mistyped command is suggested the same way.
        Assert.Contains("Did you mean one of the following?\nscan\n", Mistake("scn").Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Response_file_supplies_arguments_one_or_more_per_line()
    {
        using var folder = new TempFolder();
        var file = folder.Write("scan.rsp", "# the CI gate\n--format sarif\n--fail-on error\ndocs\n\"my notes\"\n");
        var options = Parse("scan", "@" + file, "README.md");
        Assert.Equal(OutputFormat.Sarif, options.Format);
        Assert.Equal(Severity.Error, options.FailOn);
        Assert.Equal(new[] { "docs", "my notes", "README.md" }, options.Paths);

        var missing = Mistake("scan", "@" + folder["missing.rsp"]);
        Assert.Contains("Response file not found", missing.Error);
        Assert.Contains("missing.rsp", missing.Error);

        // After '--' an @name is a file name, not a response file.
        Assert.Equal(new[] { "@" + file }, Parse("scan", "--", "@" + file).Paths);
    }

    [Fact]
    public void Response_file_runs_a_real_scan()
    {
        using var folder = new TempFolder();
        folder.Write("docs/a.md", "# A\n\nAdd it to the whitelist.\n");
        var file = folder.Write("scan.rsp", "--format json\ndocs\n");
        using var json = Cli.Run(folder.Path, "scan", "@" + file).Json();
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("findings").GetInt32());
    }

    [Theory]
    [InlineData("inclusive scan --format ", new[] { "github", "json", "sarif", "text" })]
    [InlineData("inclusive rules --format ", new[] { "json", "text" })]
    [InlineData("inclusive report --format ", new[] { "html", "json" })]
    [InlineData("inclusive scan --fail-on ", new[] { "error", "none", "suggestion", "warning" })]
    [InlineData("inclusive scan --fail-on w", new[] { "warning" })]
    public void Suggest_directive_completes_commands_and_values(string line, string[] expected)
    {
        var result = Cli.Run(Directory.GetCurrentDirectory(), $"[suggest:{line.Length}]", line);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(expected, result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public void Suggest_directive_completes_the_commands_but_not_the_hidden_help_command()
    {
        var completions = Cli.Run(Directory.GetCurrentDirectory(), "[suggest:10]", "inclusive ").Out.Split('\n', StringSplitOptions.TrimEntries);
        Assert.Contains("scan", completions);
        Assert.Contains("fix", completions);
        Assert.Contains("rules", completions);
        Assert.Contains("report", completions);
        Assert.Contains("--version", completions);
        Assert.DoesNotContain("help", completions);
    }

    [Fact]
    public void Suggest_directive_completes_a_command_options_and_not_another_command_options()
    {
        var line = "inclusive fix --";
        var completions = Cli.Run(Directory.GetCurrentDirectory(), $"[suggest:{line.Length}]", line).Out.Split('\n', StringSplitOptions.TrimEntries);
        Assert.Contains("--dry-run", completions);
        Assert.Contains("--project", completions);
        Assert.DoesNotContain("--fail-on", completions);
        Assert.DoesNotContain("--format", completions); // hidden: fix only has it to say it has none
    }

    [Theory]
    [InlineData("--help", "inclusive scan [PATH...]")]
    [InlineData("-h", "inclusive scan [PATH...]")]
    [InlineData("-?", "inclusive scan [PATH...]")]
    [InlineData("help", "inclusive scan [PATH...]")]
    public void Help_exits_0(string flag, string expected)
    {
        var result = Cli.Run(Directory.GetCurrentDirectory(), flag);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains(expected, result.Out);
        Assert.Contains("inclusive [command] [options]", result.Out);
        Assert.Contains("-?, -h, --help", result.Out);
        Assert.Contains("--version", result.Out);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void Command_help_lists_its_options_with_values_and_defaults_and_not_others()
    {
        var help = Cli.Run(Directory.GetCurrentDirectory(), "scan", "--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("Usage:", help.Out);
        Assert.Contains("inclusive scan [<PATH>...] [options]", help.Out); // the tool's name, whatever process hosts it
        Assert.Contains("-f, --format <text|json|sarif|github>", help.Out);
        Assert.Contains("--fail-on <error|warning|suggestion|none>", help.Out);
        Assert.Contains("[default: warning]", help.Out);
        Assert.Contains("Scans C# (.cs), Markdown", help.Out); // the long description, not the command list's line
        Assert.DoesNotContain("--dry-run", help.Out);
        Assert.DoesNotContain("[default: Warning]", help.Out);

        var rules = Cli.Run(Directory.GetCurrentDirectory(), "rules", "--help").Out;
        Assert.Contains("-f, --format <text|json>", rules);
        Assert.DoesNotContain("--project", rules);
        Assert.DoesNotContain("<PATH>", rules);

        // The hidden --format of fix is not offered.
        Assert.DoesNotContain("--format", Cli.Run(Directory.GetCurrentDirectory(), "fix", "--help").Out);
    }

    [Fact]
    public void Help_command_and_help_option_print_the_same()
    {
        var option = Cli.Run(Directory.GetCurrentDirectory(), "report", "--help");
        var command = Cli.Run(Directory.GetCurrentDirectory(), "help", "report");
        Assert.Equal(0, command.ExitCode);
        Assert.Equal(option.Out, command.Out);
        Assert.Contains("--history <N>", command.Out);
    }

    [Fact]
    public void Help_wins_over_a_mistake_beside_it()
    {
        var result = Cli.Run(Directory.GetCurrentDirectory(), "scan", "--format", "xml", "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--fail-on", result.Out);
    }

    [Fact]
    public void Command_help_and_version()
    {
        var help = Cli.Run(Directory.GetCurrentDirectory(), "fix", "--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("--dry-run", help.Out);

        var version = Cli.Run(Directory.GetCurrentDirectory(), "--version");
        Assert.Equal(0, version.ExitCode);
        Assert.Matches(@"^inclusive \d+\.\d+\.\d+\r?\n$", version.Out);
    }
}
