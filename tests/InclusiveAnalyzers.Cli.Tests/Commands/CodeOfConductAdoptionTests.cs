using System.Text.RegularExpressions;

namespace InclusiveAnalyzers.Cli.Tests.Commands;

/// <summary>`inclusive scan` on repositories whose code of conduct is an organisation's, adopted by link (issue 16).</summary>
public class CodeOfConductAdoptionTests
{
    // The CODE_OF_CONDUCT.md of dotnet/runtime and many .NET Foundation projects.
    private const string DotNetFoundationPointer =
        "# Code of Conduct\n\n"
        + "This project has adopted the code of conduct defined by the Contributor Covenant to clarify expected behavior in our community.\n"
        + "For more information, see the [.NET Foundation Code of Conduct](https://dotnetfoundation.org/code-of-conduct).\n";

    // The CODE_OF_CONDUCT.md of Microsoft's repository template.
    private const string MicrosoftPointer =
        "# Microsoft Open Source Code of Conduct\n\n"
        + "This project has adopted the [Microsoft Open Source Code of Conduct](https://opensource.microsoft.com/codeofconduct/).\n\n"
        + "Resources:\n\n"
        + "- [Microsoft Open Source Code of Conduct](https://opensource.microsoft.com/codeofconduct/)\n"
        + "- [Microsoft Code of Conduct FAQ](https://opensource.microsoft.com/codeofconduct/faq/)\n"
        + "- Contact [opencode@microsoft.com](mailto:opencode@microsoft.com) with questions or concerns\n";

    private static TempFolder Repository(string codeOfConduct)
    {
        var folder = new TempFolder();
        folder.MakeRepository();
        folder.Write("README.md", "# Widgets\n\nA widget library. Please read our [Code of Conduct](CODE_OF_CONDUCT.md).\n");
        folder.Write("CODE_OF_CONDUCT.md", codeOfConduct);
        return folder;
    }

    [Theory]
    [InlineData(DotNetFoundationPointer, ".NET Foundation Code of Conduct")]
    [InlineData(MicrosoftPointer, "Microsoft Open Source Code of Conduct")]
    public void Pointer_to_an_organisations_code_passes_with_no_warning_or_error(string pointer, string name)
    {
        using var folder = Repository(pointer);
        var result = Cli.Run(folder.Path, "scan");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain(" error ", result.Out);
        Assert.DoesNotContain(" warning ", result.Out);
        Assert.Contains($"Code of conduct CODE_OF_CONDUCT.md: grade adopted: {name}.", result.Out);

        using var json = Cli.Run(folder.Path, "scan", "--format", "json").Json();
        var entry = Assert.Single(json.RootElement.GetProperty("codeOfConduct").EnumerateArray());
        Assert.Equal("adopted: " + name, entry.GetProperty("grade").GetString());
        Assert.All(json.RootElement.GetProperty("findings").EnumerateArray(), f => Assert.Equal("suggestion", f.GetProperty("severity").GetString()));
    }

    [Fact]
    public void Pointer_passes_even_when_warnings_fail_the_scan()
    {
        using var folder = Repository(MicrosoftPointer);
        var result = Cli.Run(folder.Path, "scan", "--fail-on", "warning");
        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact]
    public void Covenant_link_without_contact_is_one_error()
    {
        using var folder = Repository("# Code of Conduct\n\nThis project follows the [Contributor Covenant](https://www.contributor-covenant.org/version/2/1/code_of_conduct/).\n");
        using var json = Cli.Run(folder.Path, "scan", "--format", "json", "--fail-on", "none").Json();
        var problems = json.RootElement.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("ruleId").GetString() != "INCL400").ToList();
        var problem = Assert.Single(problems);
        Assert.Equal(("INCL403", "error"), (problem.GetProperty("ruleId").GetString(), problem.GetProperty("severity").GetString()));
        Assert.Contains("still needs its own reporting contact", problem.GetProperty("message").GetString());
    }

    [Fact]
    public void Covenant_link_with_the_contact_declared_in_inclusive_json_passes()
    {
        using var folder = Repository("# Code of Conduct\n\nThis project follows the [Contributor Covenant](https://www.contributor-covenant.org/version/2/1/code_of_conduct/).\n");
        folder.Write("inclusive.json", "{ \"codeOfConduct\": { \"contact\": \"conduct@widgets.example.org\" } }");
        var result = Cli.Run(folder.Path, "scan");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("grade adopted: Contributor Covenant 2.1.", result.Out);
    }

    [Fact]
    public void Unknown_organisation_link_is_one_suggestion_until_declared()
    {
        const string url = "https://widgets.example.org/guild/code-of-conduct";
        using var folder = Repository($"# Code of Conduct\n\nThis project follows the [Widget Guild Code of Conduct]({url}).\n");
        var result = Cli.Run(folder.Path, "scan", "--format", "json");
        Assert.True(result.ExitCode == 0, result.ToString());
        using (var json = result.Json())
        {
            var problem = Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() != "INCL400");
            Assert.Equal(("INCL408", "suggestion"), (problem.GetProperty("ruleId").GetString(), problem.GetProperty("severity").GetString()));
        }

        folder.Write("inclusive.json", $"{{ \"codeOfConduct\": {{ \"adopts\": \"{url}\" }} }}");
        using var declared = Cli.Run(folder.Path, "scan", "--format", "json").Json();
        Assert.DoesNotContain(declared.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "INCL408");
        Assert.Equal("adopted: " + url, declared.RootElement.GetProperty("codeOfConduct")[0].GetProperty("grade").GetString());
    }

    [Fact]
    public void Contributing_guide_that_adopts_an_organisations_code_is_not_a_missing_code()
    {
        using var folder = new TempFolder();
        folder.MakeRepository();
        folder.Write("README.md", "# Widgets\n\nA widget library.\n");
        folder.Write("CONTRIBUTING.md", "# Contributing\n\nSince Widgets is part of the .NET Foundation, we ask our contributors to abide by their [Code of Conduct](https://www.dotnetfoundation.org/code-of-conduct).\n");
        var result = Cli.Run(folder.Path, "scan");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("INCL401", result.Out);
    }

    [Fact]
    public void Missing_code_of_conduct_is_anchored_on_the_readme_and_not_counted_as_a_file()
    {
        using var folder = new TempFolder();
        folder.MakeRepository();
        folder.Write("README.md", "# Widgets\n\nA widget library.\n");
        folder.Write("docs/guide.md", "# Guide\n\nAdd the host to the blacklist.\n");
        var result = Cli.Run(folder.Path, "scan", "--fail-on", "none");
        Assert.Contains("README.md: error INCL401", result.Out);
        Assert.DoesNotContain("CODE_OF_CONDUCT.md:", result.Out);
        var summary = Regex.Match(result.Out, @"in (?<with>\d+) files?; (?<scanned>\d+) files? scanned");
        Assert.True(summary.Success, result.Out);
        Assert.Equal(("2", "2"), (summary.Groups["with"].Value, summary.Groups["scanned"].Value));
    }

    [Fact]
    public void Missing_code_of_conduct_without_readme_is_a_repository_finding_not_a_file()
    {
        using var folder = new TempFolder();
        folder.MakeRepository();
        folder.Write("docs/guide.md", "# Guide\n\nAdd the host to the blacklist.\n");
        var result = Cli.Run(folder.Path, "scan", "--fail-on", "none");
        Assert.Contains("INCL401", result.Out);
        Assert.Contains("in 1 file; 1 file scanned", result.Out);
    }

    [Fact]
    public void Bad_code_of_conduct_setting_is_a_located_configuration_error()
    {
        using var folder = Repository(MicrosoftPointer);
        folder.Write("inclusive.json", "{\n  \"codeOfConduct\": { \"adopts\": \"dotnetfoundation.org/code-of-conduct\" }\n}\n");
        var result = Cli.Run(folder.Path, "scan", "--fail-on", "none");
        Assert.Contains("inclusive.json:2:", result.Out + result.Error);
        Assert.Contains("not a web address", result.Out + result.Error);
    }
}
