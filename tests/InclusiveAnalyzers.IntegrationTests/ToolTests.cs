using InclusiveAnalyzers.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace InclusiveAnalyzers.IntegrationTests;

/// <summary>The inclusive command installed from the packed tool package.</summary>
[Collection(PackageFeedCollection.Name)]
public sealed class ToolTests
{
    private readonly PackageFeed feed;
    private readonly ITestOutputHelper output;

    public ToolTests(PackageFeed feed, ITestOutputHelper output)
    {
        this.feed = feed;
        this.output = output;
    }

    [Fact]
    public void The_tool_installs_from_the_feed_and_scans_the_solution()
    {
        var solution = new SampleSolution(feed, "tool");
        var toolPath = Path.Combine(feed.Root, "tool");
        var install = solution.DotNet("tool", "install", "InclusiveAnalyzers.Tool", "--version", feed.Version, "--tool-path", toolPath,
            "--configfile", solution.Combine("nuget.config"));
        output.WriteLine(install.ToString());
        Assert.True(install.ExitCode == 0, install.ToString());

        var command = Path.Combine(toolPath, OperatingSystem.IsWindows() ? "inclusive.exe" : "inclusive");
        Assert.True(File.Exists(command), command + " was not installed.");
        var scan = DotNet.Run(solution.Root, feed.PackagesFolder, command, "scan", solution.Root);
        output.WriteLine(scan.ToString());

        // Exit code 1: findings at or above the fail level; 2 would be a usage or configuration error.
        Assert.Equal(1, scan.ExitCode);
        Assert.Contains("INCL201", scan.Output);
        Assert.Contains("notes.md", scan.Output);
        Assert.Contains("README.md", scan.Output);
    }
}
