using InclusiveAnalyzers.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace InclusiveAnalyzers.IntegrationTests;

/// <summary>Bulk fixes through dotnet format, with the code fixes from the packed package.</summary>
[Collection(PackageFeedCollection.Name)]
public sealed class FormatTests
{
    private readonly PackageFeed feed;
    private readonly ITestOutputHelper output;

    public FormatTests(PackageFeed feed, ITestOutputHelper output)
    {
        this.feed = feed;
        this.output = output;
    }

    [Fact]
    public void Dotnet_format_renames_across_both_projects_and_the_solution_still_builds()
    {
        var solution = new SampleSolution(feed, "format");
        // Public API renamed plainly (the type's own name included): PublicApiFormatTests covers the forward default.
        solution.Write(".editorconfig", "root = true\n\n[*.cs]\ninclusive_analyzers.public_api = rename\n");
        var restore = solution.DotNet("restore", solution.SolutionPath, "-nologo");
        output.WriteLine(restore.ToString());
        Assert.True(restore.ExitCode == 0, restore.ToString());

        var format = solution.DotNet("format", "analyzers", solution.SolutionPath, "--diagnostics", "INCL101", "--severity", "info", "--no-restore", "-v", "diag");
        output.WriteLine(format.ToString());
        Assert.True(format.ExitCode == 0, format.ToString());

        var library = solution.Read("src/Lib/MasterNode.cs");
        var program = solution.Read("src/App/Program.cs");
        Assert.Contains("class PrimaryNode", library);
        Assert.DoesNotContain("MasterNode", library);
        Assert.Contains("new Lib.PrimaryNode()", program);

        var build = solution.Build();
        output.WriteLine(build.ToString());
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.DoesNotContain(Diagnostic.Parse(build.Output), d => d.Code == "INCL101");
    }
}
