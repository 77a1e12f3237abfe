using InclusiveAnalyzers.Cli.CommandLine;
using InclusiveAnalyzers.Core;

namespace InclusiveAnalyzers.Cli.Tests.CommandLine;

public class ArgumentParserTests
{
    [Fact]
    public void Scan_defaults()
    {
        var options = ArgumentParser.Parse(new[] { "scan" });
        Assert.Equal(CommandKind.Scan, options.Command);
        Assert.Empty(options.Paths);
        Assert.Equal(OutputFormat.Text, options.Format);
        Assert.Equal(Severity.Warning, options.FailOn);
        Assert.True(options.UseGitIgnore);
        Assert.Equal(10L * 1024 * 1024, options.MaxFileBytes);
        Assert.True(options.Fold);
    }

    [Fact]
    public void No_fold_lists_every_copy() => Assert.False(ArgumentParser.Parse(new[] { "scan", "--no-fold" }).Fold);

    [Fact]
    public void Scan_with_every_option()
    {
        var options = ArgumentParser.Parse(new[] { "scan", "docs", "README.md", "--format", "sarif", "-o", "out.sarif", "--config=cfg.json", "--fail-on", "error", "--no-gitignore", "--max-file-size", "512KB" });
        Assert.Equal(new[] { "docs", "README.md" }, options.Paths);
        Assert.Equal(OutputFormat.Sarif, options.Format);
        Assert.Equal("out.sarif", options.OutputPath);
        Assert.Equal("cfg.json", options.ConfigPath);
        Assert.Equal(Severity.Error, options.FailOn);
        Assert.False(options.UseGitIgnore);
        Assert.Equal(512 * 1024, options.MaxFileBytes);
    }

    [Theory]
    [InlineData("none", Severity.None)]
    [InlineData("suggestion", Severity.Suggestion)]
    [InlineData("warning", Severity.Warning)]
    [InlineData("ERROR", Severity.Error)]
    public void Fail_on_levels(string value, Severity expected) =>
        Assert.Equal(expected, ArgumentParser.Parse(new[] { "scan", "--fail-on", value }).FailOn);

    [Fact]
    public void Double_dash_ends_options()
    {
        var options = ArgumentParser.Parse(new[] { "scan", "--", "--weird-name.md" });
        Assert.Equal(new[] { "--weird-name.md" }, options.Paths);
    }

    [Fact]
    public void Verbose_and_include_frozen_for_scan_and_fix_only()
    {
        var scan = ArgumentParser.Parse(new[] { "scan", "-v", "--include-frozen" });
        Assert.True(scan.Verbose);
        Assert.True(scan.IncludeFrozen);
        var fix = ArgumentParser.Parse(new[] { "fix", "--verbose" });
        Assert.True(fix.Verbose);
        Assert.False(fix.IncludeFrozen);
        Assert.False(ArgumentParser.Parse(new[] { "scan" }).Verbose);
        Assert.Throws<UsageException>(() => ArgumentParser.Parse(new[] { "rules", "--include-frozen" }));
        Assert.Throws<UsageException>(() => ArgumentParser.Parse(new[] { "scan", "--verbose=yes" }));
    }

    [Fact]
    public void Fix_dry_run_and_rules_format()
    {
        Assert.True(ArgumentParser.Parse(new[] { "fix", "--dry-run", "docs" }).DryRun);
        Assert.Equal(OutputFormat.Json, ArgumentParser.Parse(new[] { "rules", "--format", "json" }).Format);
    }

    [Fact]
    public void Projects_and_solution()
    {
        var projects = ArgumentParser.Parse(new[] { "scan", "--project", "a/A.csproj", "--project=b/B.csproj", "--format", "json" });
        Assert.Equal(new[] { "a/A.csproj", "b/B.csproj" }, projects.Projects);
        Assert.Null(projects.SolutionPath);
        Assert.True(projects.LoadsProjects);

        var solution = ArgumentParser.Parse(new[] { "fix", "--solution", "All.sln", "--dry-run" });
        Assert.Equal("All.sln", solution.SolutionPath);
        Assert.Empty(solution.Projects);
        Assert.True(solution.LoadsProjects);

        Assert.False(ArgumentParser.Parse(new[] { "scan", "src" }).LoadsProjects);
    }

    [Theory]
    [InlineData("512", 512L)]
    [InlineData("2KB", 2048L)]
    [InlineData("1.5MB", 1572864L)]
    [InlineData("1g", 1073741824L)]
    public void Sizes_parse_with_binary_units(string text, long expected) => Assert.Equal(expected, ArgumentParser.ParseSize(text, "scan"));

    [Theory]
    [InlineData(new string[0], "no command")]
    [InlineData(new[] { "lint" }, "unknown command 'lint'")]
    [InlineData(new[] { "--format", "json" }, "comes after a command")]
    [InlineData(new[] { "scan", "--format" }, "--format needs a value")]
    [InlineData(new[] { "scan", "--format", "xml" }, "unknown format 'xml'")]
    [InlineData(new[] { "scan", "--fail-on", "loud" }, "unknown --fail-on level 'loud'")]
    [InlineData(new[] { "scan", "--fail-on", "silent" }, "unknown --fail-on level")]
    [InlineData(new[] { "scan", "--dry-run" }, "unknown option '--dry-run' for 'scan'")]
    [InlineData(new[] { "fix", "--fail-on", "error" }, "unknown option '--fail-on' for 'fix'")]
    [InlineData(new[] { "fix", "--format", "json" }, "'fix' has no --format")]
    [InlineData(new[] { "rules", "docs" }, "'rules' takes no paths")]
    [InlineData(new[] { "rules", "--format", "sarif" }, "'rules' prints text or json")]
    [InlineData(new[] { "scan", "--max-file-size", "big" }, "not a size")]
    [InlineData(new[] { "scan", "--no-gitignore=yes" }, "takes no value")]
    [InlineData(new[] { "fix", "--no-fold" }, "unknown option '--no-fold' for 'fix'")]
    [InlineData(new[] { "scan", "--no-fold=1" }, "takes no value")]
    [InlineData(new[] { "scan", "--solution", "a.sln", "--project", "b.csproj" }, "not both")]
    [InlineData(new[] { "scan", "--solution", "a.sln", "--solution", "b.sln" }, "--solution can be given once")]
    [InlineData(new[] { "fix", "--project", "b.csproj", "src" }, "--project takes no PATH (got 'src')")]
    [InlineData(new[] { "scan", "--solution" }, "--solution needs a value")]
    [InlineData(new[] { "rules", "--project", "b.csproj" }, "unknown option '--project' for 'rules'")]
    public void Mistakes_are_usage_errors(string[] args, string message)
    {
        var e = Assert.Throws<UsageException>(() => ArgumentParser.Parse(args));
        Assert.Contains(message, e.Message);
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

    [Theory]
    [InlineData("--help", "inclusive scan [PATH...]")]
    [InlineData("-h", "inclusive scan [PATH...]")]
    public void Help_exits_0(string flag, string expected)
    {
        var result = Cli.Run(Directory.GetCurrentDirectory(), flag);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains(expected, result.Out);
    }

    [Fact]
    public void Command_help_and_version()
    {
        var help = Cli.Run(Directory.GetCurrentDirectory(), "fix", "--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("--dry-run", help.Out);

        var version = Cli.Run(Directory.GetCurrentDirectory(), "--version");
        Assert.Equal(0, version.ExitCode);
        Assert.Matches(@"^inclusive \d+\.\d+\.\d+", version.Out);
    }
}
