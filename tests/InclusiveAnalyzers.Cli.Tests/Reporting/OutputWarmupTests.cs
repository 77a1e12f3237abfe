using InclusiveAnalyzers.Cli.CommandLine;
using InclusiveAnalyzers.Cli.Reporting;

namespace InclusiveAnalyzers.Cli.Tests.Reporting;

public class OutputWarmupTests
{
    [Theory]
    [InlineData("scan", OutputFormat.Text)]
    [InlineData("scan docs --fail-on none", OutputFormat.Text)]
    [InlineData("scan docs --format json", OutputFormat.Json)]
    [InlineData("scan -f sarif docs", OutputFormat.Sarif)]
    [InlineData("scan --format=github", OutputFormat.GitHub)]
    [InlineData("scan --format JSON", OutputFormat.Json)]
    public void A_scan_warms_the_format_it_asks_for(string commandLine, OutputFormat format)
    {
        Assert.Equal(format, OutputWarmup.FormatOf(commandLine.Split(' ')));
    }

    [Theory]
    [InlineData("fix docs")]
    [InlineData("report --merge a.sarif")]
    [InlineData("--version")]
    public void Other_commands_warm_no_output(string commandLine)
    {
        Assert.Null(OutputWarmup.FormatOf(commandLine.Split(' ')));
    }

    [Theory]
    [InlineData(OutputFormat.Text)]
    [InlineData(OutputFormat.Json)]
    [InlineData(OutputFormat.Sarif)]
    [InlineData(OutputFormat.GitHub)]
    public void Warming_each_format_runs_its_reporter_over_a_folded_report_without_failing(OutputFormat format)
    {
        // The reporters meet a fold, a grade, properties and suggestions here: a change that breaks one of them on
        // such a report fails this test, not only the head start it gives.
        Assert.Null(Record.Exception(() => OutputWarmup.Run(format)));
    }
}
