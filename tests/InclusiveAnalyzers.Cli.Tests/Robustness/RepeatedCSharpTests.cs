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
        folder.Write("src/Generated.cs", string.Concat(Enumerable.Range(0, 3_000).Select(i => $"// the master copy {i}\n")) + "class Generated { }\n");
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
        Assert.Contains("2,000 more findings in this file were not listed (2,000 INCL102)", summary.Message);
        Assert.Equal(2, findings.Count(f => f.Path == "src/Few.cs" && f.Rule == "INCL102"));
    }
}
