using System.Diagnostics;

namespace InclusiveAnalyzers.Cli.Tests.Robustness;

/// <summary>
/// C# files whose terms repeat thousands of times along one list: a `+` chain, an argument list, an array of
/// literals, a run of comment lines. Asking the syntax tree at each candidate from its root made them quadratic
/// (7 to 24 s for 100-700 KB) and the compiler's nullable analysis of a long chain was too; each is now one
/// pass, and the findings past the per-file cap are counted in one INCL002, as in documents.
/// </summary>
public class RepeatedCSharpTests
{
    private static string Repeat(string unit, string separator, int count) => string.Join(separator, Enumerable.Repeat(unit, count));

    public static TheoryData<string, string, int> Shapes() => new()
    {
        { "chain", "class C { int M(int master) { return " + Repeat("master", " + ", 20_000) + "; } }", 1 },
        { "arguments", "class C { void M(params int[] a) { M(" + Repeat("master", ", ", 20_000) + "); } int master; }", 1 },
        { "literals", "class C { string[] a = new[] {" + Repeat("\"master\"", ", ", 20_000) + "}; }  // the master list\n", 1 },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void A_term_repeated_along_one_list_is_found_and_the_other_files_too(string shape, string code, int expected)
    {
        using var folder = new TempFolder();
        folder.Write("src/Repeated.cs", code);
        folder.Write("src/WhitelistManager.cs", "public class WhitelistManager { }\n");

        var watch = Stopwatch.StartNew();
        var result = Cli.Run(folder.Path, "scan", "--format", "json");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"{shape} took {watch.Elapsed}");
        using var json = result.Json();
        var findings = json.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (Rule: f.GetProperty("ruleId").GetString(), Path: f.GetProperty("path").GetString()))
            .ToList();
        Assert.Equal(expected, findings.Count(f => f.Path == "src/Repeated.cs"));
        Assert.DoesNotContain(findings, f => f.Rule == "INCL002");
        Assert.Contains(findings, f => f.Rule == "INCL101" && f.Path == "src/WhitelistManager.cs");
    }

    [Fact]
    public void Findings_past_the_cap_are_counted_in_one_summary()
    {
        using var folder = new TempFolder();
        folder.Write("src/Generated.cs", string.Concat(Enumerable.Range(0, 1_500).Select(i => $"// the master copy {i}\n")) + "class Generated { }\n");
        folder.Write("src/Few.cs", "// the master copy\n// the slave copy\nclass Few { }\n");

        var result = Cli.Run(folder.Path, "scan", "--format", "json");
        using var json = result.Json();
        var findings = json.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (Rule: f.GetProperty("ruleId").GetString(), Path: f.GetProperty("path").GetString(), Line: f.GetProperty("line").GetInt32(), Message: f.GetProperty("message").GetString()))
            .ToList();
        var generated = findings.Where(f => f.Path == "src/Generated.cs").ToList();
        Assert.Equal(1000, generated.Count(f => f.Rule == "INCL102"));
        Assert.Equal(1000, generated.Where(f => f.Rule == "INCL102").Max(f => f.Line)); // the first thousand, in order
        var summary = Assert.Single(generated, f => f.Rule == "INCL002");
        Assert.Contains("500 more findings in this file were not listed (500 INCL102)", summary.Message);
        Assert.DoesNotContain("checked only up to", summary.Message); // under the budget: the whole file is checked
        Assert.Equal(2, findings.Count(f => f.Path == "src/Few.cs" && f.Rule == "INCL102"));
    }

    [Fact]
    public void A_file_past_twice_the_cap_of_possible_findings_is_checked_up_to_its_budget_the_same_on_every_run()
    {
        using var folder = new TempFolder();
        folder.Write("src/Generated.cs", string.Concat(Enumerable.Range(0, 3_000).Select(i => $"// the master copy {i}\n")) + "class WhitelistEnd { }\n");
        folder.Write("src/Few.cs", "// the master copy\nclass Few { }\n");

        string Run()
        {
            var result = Cli.Run(folder.Path, "scan", "--format", "json");
            using var json = result.Json();
            return string.Join("\n", json.RootElement.GetProperty("findings").EnumerateArray()
                .Select(f => $"{f.GetProperty("path").GetString()}:{f.GetProperty("line").GetInt32()}:{f.GetProperty("ruleId").GetString()}:{f.GetProperty("message").GetString()}"));
        }

        var first = Run();
        Assert.Equal(first, Run());
        var generated = first.Split('\n').Where(f => f.StartsWith("src/Generated.cs:", StringComparison.Ordinal)).ToList();
        Assert.Equal(1000, generated.Count(f => f.Contains(":INCL102:", StringComparison.Ordinal)));
        var summary = Assert.Single(generated, f => f.Contains(":INCL002:", StringComparison.Ordinal));
        Assert.Contains("1,000 more findings in this file were not listed (1,000 INCL102)", summary);
        Assert.Contains("checked only up to line 2,001, column 8", summary);
        Assert.DoesNotContain(generated, f => f.Contains(":INCL101:", StringComparison.Ordinal)); // WhitelistEnd lies past the budget
        Assert.Single(first.Split('\n'), f => f.StartsWith("src/Few.cs:", StringComparison.Ordinal));
    }
}
