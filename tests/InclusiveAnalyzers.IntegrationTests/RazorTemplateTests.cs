using InclusiveAnalyzers.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace InclusiveAnalyzers.IntegrationTests;

/// <summary>
/// The SDK's own templates (`dotnet new blazor`, `dotnet new mvc`, bundled with the SDK, so offline) built with
/// the packed package (issue 10, item 5). One build per template: one problem of each kind is planted, and the
/// findings must be exactly the planted ones, so the untouched rest of the template (layouts, nav menu,
/// Weather, Error, Privacy, the validation partial, wwwroot) gives none.
/// </summary>
[Collection(PackageFeedCollection.Name)]
public sealed class RazorTemplateTests
{
    private const string PlantedMarkup = """

        <h3>Cluster</h3>
        <p>Hosts on the whitelist join at once.</p>
        <img src="cluster.png">
        <img src="hosts.png" alt="Blacklisted hosts" />
        <input type="text" />
        """;

    private readonly PackageFeed feed;
    private readonly ITestOutputHelper output;

    public RazorTemplateTests(PackageFeed feed, ITestOutputHelper output)
    {
        this.feed = feed;
        this.output = output;
    }

    [Fact]
    public void A_blazor_app_gives_exactly_the_planted_findings_at_their_razor_lines()
    {
        var root = NewApp("blazor", "BlazorSite");
        Append(root, "Components/Pages/Home.razor", PlantedMarkup);                       // lines 8-13 after the template's 7
        Replace(root, "Components/Pages/Counter.razor", "    private int currentCount = 0;\n",
            "    private int currentCount = 0;\n    private int slaveCount => currentCount;\n    // a quick sanity check\n");
        Replace(root, "Components/Pages/Weather.razor", "    private WeatherForecast[]? forecasts;\n",
            "    private WeatherForecast[]? forecasts;\n    private int slaveIndex => 0;\n");
        Replace(root, "Components/App.razor", "<html lang=\"en\">", "<html>");
        // [*.razor] sections reach the @code findings too: INCL102 raised (a suggestion by default for this term),
        // INCL101 turned off in one file.
        File.WriteAllText(Path.Combine(root, ".editorconfig"), """
            root = true

            [*.razor]
            dotnet_diagnostic.INCL102.severity = warning

            [Weather.razor]
            dotnet_diagnostic.INCL101.severity = none
            """);

        var result = Build(root, "BlazorSite.csproj");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(new[]
        {
            ("App.razor", 2, "INCL340"),      // <html> without lang
            ("Counter.razor", 14, "INCL101"), // slaveCount in @code
            ("Counter.razor", 15, "INCL102"), // sanity in a @code comment, raised by [*.razor]
            ("Home.razor", 9, "INCL320"),     // h3 after h1
            ("Home.razor", 10, "INCL201"),    // whitelist in markup text
            ("Home.razor", 11, "INCL301"),    // img without alt
            ("Home.razor", 12, "INCL201"),    // Blacklisted in alt
            ("Home.razor", 13, "INCL351"),    // input without label
        }, Found(result));
    }

    [Fact]
    public void An_mvc_app_gives_exactly_the_planted_findings_at_their_cshtml_lines()
    {
        var root = NewApp("mvc", "MvcSite");
        Append(root, "Views/Home/Index.cshtml", PlantedMarkup + "\n\n@functions {\n    private int slaveCount => 1;\n}\n");
        Replace(root, "Views/Shared/_Layout.cshtml", "<html lang=\"en\">", "<html>");

        var result = Build(root, "MvcSite.csproj");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(new[]
        {
            ("Index.cshtml", 10, "INCL320"),
            ("Index.cshtml", 11, "INCL201"),
            ("Index.cshtml", 12, "INCL301"),
            ("Index.cshtml", 13, "INCL201"),
            ("Index.cshtml", 14, "INCL351"),
            ("Index.cshtml", 17, "INCL101"),
            ("_Layout.cshtml", 2, "INCL340"),
        }, Found(result));
    }

    private string NewApp(string template, string name)
    {
        var root = Path.Combine(feed.Root, name);
        var created = DotNet.Run(feed.Root, feed.PackagesFolder, "dotnet", "new", template, "-o", root, "-n", name, "--no-restore");
        output.WriteLine(created.ToString());
        Assert.True(created.ExitCode == 0, created.ToString());
        File.WriteAllText(Path.Combine(root, "nuget.config"), feed.NuGetConfig);
        File.WriteAllText(Path.Combine(root, ".editorconfig"), "root = true\n");
        Replace(root, name + ".csproj", "</Project>",
            $"""  <ItemGroup><PackageReference Include="InclusiveAnalyzers" Version="{feed.Version}" PrivateAssets="all" /></ItemGroup>{"\n"}</Project>""");
        return root;
    }

    private CommandResult Build(string root, string project)
    {
        var result = DotNet.Run(root, feed.PackagesFolder, "dotnet", "build", Path.Combine(root, project), "-nologo", "-clp:NoSummary");
        output.WriteLine(result.ToString());
        return result;
    }

    // Every INCL finding of the build, in any file: what is not planted is a false positive on the template.
    private static (string File, int Line, string Code)[] Found(CommandResult result) =>
        Diagnostic.Parse(result.Output)
            .Where(d => d.Code.StartsWith("INCL", StringComparison.Ordinal))
            .Select(d => (d.FileName, d.Line, d.Code))
            .Distinct()
            .OrderBy(d => d.FileName, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Code, StringComparer.Ordinal)
            .ToArray();

    private static void Append(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Assert.True(File.Exists(path), "The template has no " + relative);
        File.AppendAllText(path, text);
    }

    // The template's text is matched exactly: a template that changed fails here, not with a confusing line number.
    private static void Replace(string root, string relative, string old, string replacement)
    {
        var path = Path.Combine(root, relative);
        var text = File.ReadAllText(path).Replace("\r\n", "\n");
        Assert.True(text.Contains(old, StringComparison.Ordinal), $"The template's {relative} no longer holds: {old}");
        File.WriteAllText(path, text.Replace(old, replacement));
    }
}
