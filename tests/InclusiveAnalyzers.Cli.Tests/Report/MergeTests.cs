using System.Text.Json;

namespace InclusiveAnalyzers.Cli.Tests.Report;

/// <summary>--merge: one page from many SARIF logs, the CLI's and a build ErrorLog's.</summary>
public sealed class MergeTests
{
    [Fact]
    public void Merged_total_is_the_sum_of_each_repository_scan_folds_included()
    {
        using var one = ReportCommandTests.Sample();
        using var two = new TempFolder();
        // The same image without alt text in three documents: the SARIF folds them into one result.
        for (var i = 0; i < 3; i++)
        {
            two.Write($"page{i}.md", "# Page\n\n![](logo.png)\n\nThe slave waits.\n");
        }

        using var logs = new TempFolder();
        var totals = new List<int>();
        foreach (var (repo, name) in new[] { (one, "one"), (two, "two") })
        {
            Assert.NotEqual(3, Cli.Run(repo.Path, "scan", ".", "--format", "sarif", "--output", logs[$"{name}.sarif"]).ExitCode);
            using var json = Cli.Run(repo.Path, "scan", ".", "--format", "json").Json();
            totals.Add(json.RootElement.GetProperty("summary").GetProperty("findings").GetInt32());
        }

        Assert.Contains("foldedCount", File.ReadAllText(logs["two.sarif"]));
        var result = Cli.Run(logs.Path, "report", "--merge", ".", "--format", "json");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var merged = result.Json();
        Assert.Equal("organisation", merged.RootElement.GetProperty("kind").GetString());
        Assert.Equal(totals.Sum(), merged.RootElement.GetProperty("summary").GetProperty("total").GetInt32());
        var rows = merged.RootElement.GetProperty("repositories").EnumerateArray().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(totals, rows.OrderBy(r => r.GetProperty("source").GetString()).Select(r => r.GetProperty("total").GetInt32()));
        Assert.Contains(rows, r => r.GetProperty("codeOfConduct").GetArrayLength() > 0);
    }

    [Fact]
    public void A_build_error_log_counts_only_unsuppressed_INCL_results_with_their_terms()
    {
        using var logs = new TempFolder();
        logs.Write("build.sarif", """
            {"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[
              {"tool":{"driver":{"name":"Microsoft (R) Visual C# Compiler"}},"results":[
                {"ruleId":"CS8618","level":"warning","message":{"text":"Non-nullable field"},"locations":[{"physicalLocation":{"artifactLocation":{"uri":"file:///src/app/A.cs"}}}]},
                {"ruleId":"INCL101","level":"warning","message":{"text":"MasterNode"},"locations":[{"physicalLocation":{"artifactLocation":{"uri":"file:///src/app/A.cs"}}}],
                 "properties":{"warningLevel":1,"customProperties":{"TermId":"master","Replacements":"primary\nmain"}}},
                {"ruleId":"INCL101","level":"warning","message":{"text":"SlaveNode"},"suppressions":[{"kind":"inSource"}],"locations":[{"physicalLocation":{"artifactLocation":{"uri":"file:///src/app/B.cs"}}}]},
                {"ruleId":"INCL102","level":"none","message":{"text":"off"}}
              ]},
              {"tool":{"driver":{"name":"InclusiveAnalyzers.Build"}},"results":[
                {"ruleId":"INCL301","level":"error","message":{"text":"no alt"},"locations":[{"physicalLocation":{"artifactLocation":{"uri":"docs/a.md"}}}]}
              ]}]}
            """);
        logs.Write("broken.sarif", "{ not json");
        logs.Write("v1.sarif", """{"version":"1.0.0","runs":[]}""");

        var result = Cli.Run(logs.Path, "report", "--merge", "build.sarif", "broken.sarif", "v1.sarif", "--format", "json");
        Assert.Equal(2, result.ExitCode); // written, but two logs could not be read
        Assert.Contains("skipped broken.sarif: not JSON", result.Error);
        Assert.Contains("skipped v1.sarif: SARIF 1.0.0", result.Error);
        using var json = result.Json();
        var summary = json.RootElement.GetProperty("summary");
        Assert.Equal(2, summary.GetProperty("total").GetInt32());
        Assert.Equal(1, summary.GetProperty("categories").GetProperty("racial").GetInt32());
        Assert.Equal(1, summary.GetProperty("families").GetProperty("accessibility").GetInt32());
        Assert.Equal(1, summary.GetProperty("fixable").GetInt32());
        Assert.Equal(2, json.RootElement.GetProperty("unreadable").GetArrayLength());
    }
}
