using InclusiveAnalyzers.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace InclusiveAnalyzers.IntegrationTests;

/// <summary>
/// Razor markup and @code from the packed package in a real Razor SDK project (issue 10): the compiler's
/// document analyzer reads the .razor files the Razor SDK hands it, so each planted problem is reported once,
/// at its line, under the project; with the compiler path off the build task reports them instead.
/// </summary>
[Collection(PackageFeedCollection.Name)]
public sealed class RazorBuildTests
{
    private const string Component = """
        @page "/status"

        <h1>Cluster status</h1>

        <img src="cluster.png">

        <h3>Agents</h3>
        <p>Agents on the whitelist join at once.</p>
        <InputText @bind-Value="filter" />
        <img src="@Logo" alt="@LogoText" />

        @code {
            private string filter = "";
            private string Logo = "logo.png";
            private string LogoText = "Cluster logo";
            // agents not on the blacklist
            private int slaveCount;
        }
        """;

    private readonly PackageFeed feed;
    private readonly ITestOutputHelper output;

    public RazorBuildTests(PackageFeed feed, ITestOutputHelper output)
    {
        this.feed = feed;
        this.output = output;
    }

    private string Project(string name)
    {
        var root = Path.Combine(feed.Root, name);
        Directory.CreateDirectory(Path.Combine(root, "Pages"));
        File.WriteAllText(Path.Combine(root, "nuget.config"), feed.NuGetConfig);
        File.WriteAllText(Path.Combine(root, ".editorconfig"), "root = true\n");
        File.WriteAllText(Path.Combine(root, "Status.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk.Razor">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <FrameworkReference Include="Microsoft.AspNetCore.App" />
                <PackageReference Include="InclusiveAnalyzers" Version="{feed.Version}" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(root, "_Imports.razor"), "@using Microsoft.AspNetCore.Components.Forms\n");
        File.WriteAllText(Path.Combine(root, "Pages", "Status.razor"), Component);
        return root;
    }

    private CommandResult Build(string root, params string[] extra)
    {
        var result = DotNet.Run(root, feed.PackagesFolder, "dotnet", new[] { "build", Path.Combine(root, "Status.csproj"), "-nologo", "-clp:NoSummary" }.Concat(extra).ToArray());
        output.WriteLine(result.ToString());
        return result;
    }

    private static (int Line, string Code)[] Found(CommandResult result) =>
        Diagnostic.Parse(result.Output)
            .Where(d => d.FileName == "Status.razor" && d.Code.StartsWith("INCL", StringComparison.Ordinal))
            .Select(d => (d.Line, d.Code))
            .OrderBy(d => d.Line).ThenBy(d => d.Code, StringComparer.Ordinal)
            .ToArray();

    private static readonly (int Line, string Code)[] Planted =
    {
        (5, "INCL301"),   // <img> without alt
        (7, "INCL320"),   // h3 after h1
        (8, "INCL201"),   // whitelist in markup text
        (9, "INCL351"),   // InputText renders an input without a label
        (16, "INCL102"),  // blacklist in a @code comment
        (17, "INCL101"),  // slaveCount declared in @code
    };

    [Fact]
    public void A_razor_component_is_checked_by_the_compiler_each_problem_once_at_its_line()
    {
        var root = Project("razor-compiler");
        var result = Build(root);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(Planted, Found(result));
        Assert.DoesNotContain("AD0001", result.Output);
        Assert.DoesNotContain(Diagnostic.Parse(result.Output), d => d.FileName.EndsWith(".g.cs", StringComparison.Ordinal) && d.Code.StartsWith("INCL", StringComparison.Ordinal));
    }

    [Fact]
    public void With_the_compiler_path_off_the_task_reports_the_markup_once()
    {
        var root = Project("razor-task");
        var result = Build(root, "-p:InclusiveDocumentsInCompiler=false");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(Planted, Found(result));
    }
}
