namespace InclusiveAnalyzers.Cli.Tests.Scanning;

/// <summary>
/// The CLI compiles only the .cs files whose text has a term candidate (issue 9: cost in proportion to
/// hits). What the full compilation found must still be found: the filter uses each file's own matcher,
/// and files that other files' findings depend on always contain the term themselves.
/// </summary>
public class CSharpHitFilterTests
{
    [Fact]
    public void Files_without_a_candidate_count_as_scanned_and_give_nothing()
    {
        using var folder = new TempFolder();
        folder.Write("src/List.cs", "namespace Demo;\npublic class Bag { public void Add(int x) { var l = new System.Collections.Generic.List<int>(); l.Add(x); l.AddRange(new[] { x }); } }\n");
        folder.Write("src/Other.cs", "namespace Demo;\npublic class Other { public int Count => 1; }\n");
        folder.Write("src/Whitelist.cs", "namespace Demo;\npublic class WhitelistStore { }\n");

        var result = Cli.Run(folder.Path, "scan", "--format", "json");
        using var json = result.Json();
        var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToList();
        var finding = Assert.Single(findings);
        Assert.Equal("src/Whitelist.cs", finding.GetProperty("path").GetString());
        Assert.Equal(3, json.RootElement.GetProperty("summary").GetProperty("filesScanned").GetInt32());
    }

    [Fact]
    public void An_implementation_of_an_interface_in_another_file_is_still_not_reported()
    {
        using var folder = new TempFolder();
        folder.Write("src/IStore.cs", "namespace Demo;\npublic interface IStore { void AddToWhitelist(string host); }\n");
        folder.Write("src/Store.cs", "namespace Demo;\npublic class Store : IStore { public void AddToWhitelist(string host) { } }\n");
        folder.Write("src/Plain.cs", "namespace Demo;\npublic class Plain { }\n");

        var result = Cli.Run(folder.Path, "scan", "--format", "json");
        using var json = result.Json();
        var paths = json.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("ruleId").GetString() == "INCL101")
            .Select(f => f.GetProperty("path").GetString())
            .ToList();
        Assert.Equal(new[] { "src/IStore.cs" }, paths);
    }

    [Fact]
    public void A_term_switched_on_by_editorconfig_for_one_folder_is_a_candidate_there_only()
    {
        using var folder = new TempFolder();
        folder.Write(".editorconfig", "root = true\n\n[legacy/*.cs]\ninclusive_analyzers.enable = kill\n");
        folder.Write("legacy/Jobs.cs", "namespace Demo;\n// kill the job when it hangs\npublic class Jobs { }\n");
        folder.Write("src/Jobs.cs", "namespace Demo2;\n// kill the job when it hangs\npublic class Jobs { }\n");

        var result = Cli.Run(folder.Path, "scan", "--format", "json");
        using var json = result.Json();
        var paths = json.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("term").GetString() == "kill")
            .Select(f => f.GetProperty("path").GetString())
            .ToList();
        Assert.Equal(new[] { "legacy/Jobs.cs" }, paths);
    }
}
