using System.Text.Json;

namespace InclusiveAnalyzers.Cli.Tests.Scanning;

/// <summary>
/// The text of a localisation call in Razor markup, scanned by the CLI: one finding at the place the compiler's
/// document analyzer reports it (InclusiveAnalyzers.Tests' RazorLocalizedTextTests: line 1, column 12, same markup).
/// </summary>
public class RazorLocalizedTextTests
{
    private const string Markup = "<h3>@T(\"IP Blacklist\")</h3>\n<p>@T(\"Clear the list\")</p>\n";

    [Fact]
    public void The_text_is_reported_once_where_the_compiler_reports_it()
    {
        using var folder = new TempFolder();
        folder.Write("Pages/Hosts.razor", Markup);

        var result = Cli.Run(folder.Path, "scan", "--format", "json", "--fail-on", "none");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var wording = json.RootElement.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("ruleId").GetString() == "INCL201").ToList();

        var finding = Assert.Single(wording);
        Assert.Equal(("Pages/Hosts.razor", 1, 12, 21), (finding.GetProperty("path").GetString(), finding.GetProperty("line").GetInt32(),
            finding.GetProperty("column").GetInt32(), finding.GetProperty("endColumn").GetInt32()));
    }

    [Fact]
    public void Fix_rewrites_the_text_of_the_call()
    {
        using var folder = new TempFolder();
        folder.Write("Pages/Hosts.razor", Markup);

        Assert.Equal(0, Cli.Run(folder.Path, "fix").ExitCode);
        Assert.Equal(Markup.Replace("IP Blacklist", "IP Blocklist"), folder.Read("Pages/Hosts.razor"));
    }
}
