namespace InclusiveAnalyzers.Cli.Tests.Commands;

public class PhaseTimesTests
{
    [Fact]
    public void With_INCLUSIVE_TIMING_each_phase_of_a_scan_gets_a_line_on_stderr()
    {
        using var folder = new TempFolder();
        folder.Write("docs/guide.md", "# Guide\n\nA plain page.\n");
        var result = Cli.Run(folder.Path, (o, e) => new CliConsole(o, e, folder.Path, environment: n => n == "INCLUSIVE_TIMING" ? "1" : null), "scan", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        foreach (var phase in new[] { "start to Main", "configuration", "files listed", "scan: documents", "findings sorted", "output written", "assemblies loaded:" })
        {
            Assert.Contains("timing: " + phase, result.Error);
        }

        Assert.DoesNotContain("timing:", result.Out); // the JSON on stdout stays clean
        using var json = result.Json();
    }

    [Fact]
    public void Without_it_nothing_is_timed()
    {
        using var folder = new TempFolder();
        folder.Write("docs/guide.md", "# Guide\n\nA plain page.\n");
        var result = Cli.Run(folder.Path, "scan", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("timing:", result.Error);
        Assert.Null(PhaseTimes.Current);
    }
}
