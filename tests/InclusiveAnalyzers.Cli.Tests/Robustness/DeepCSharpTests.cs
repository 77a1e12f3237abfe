using System.Diagnostics;
using InclusiveAnalyzers.Cli.Scanning.CSharp;

namespace InclusiveAnalyzers.Cli.Tests.Robustness;

/// <summary>
/// A C# file nested thousands of levels deep used to overflow the compiler parser's stack and end the
/// process, losing every other file's findings (issue 9). It is now one INCL002 finding.
/// </summary>
public class DeepCSharpTests
{
    private static string Parenthesized(int depth) =>
        "class Deep\n{\n    int M() => " + new string('(', depth) + "1" + new string(')', depth) + ";\n}\n";

    [Fact]
    public void A_file_nested_20000_levels_is_reported_and_the_others_are_scanned()
    {
        using var folder = new TempFolder();
        folder.Write("src/Deep.cs", Parenthesized(20_000));
        folder.Write("src/WhitelistManager.cs", "// Keeps the whitelist.\npublic class WhitelistManager { }\n");
        folder.Write("docs/guide.md", "Add it to the blacklist.\n");

        var watch = Stopwatch.StartNew();
        var result = Cli.Run(folder.Path, "scan", "--format", "json");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"took {watch.Elapsed}");
        Assert.Equal(1, result.ExitCode);
        using var json = result.Json();
        var findings = json.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (Rule: f.GetProperty("ruleId").GetString(), Path: f.GetProperty("path").GetString(), Message: f.GetProperty("message").GetString()))
            .ToList();
        var skipped = Assert.Single(findings, f => f.Rule == "INCL002");
        Assert.Equal("src/Deep.cs", skipped.Path);
        Assert.Contains("too deeply nested to analyse", skipped.Message);
        Assert.Contains("line 3", skipped.Message);
        Assert.Contains(findings, f => f.Rule == "INCL101" && f.Path == "src/WhitelistManager.cs");
        Assert.Contains(findings, f => f.Rule == "INCL102" && f.Path == "src/WhitelistManager.cs");
        Assert.Contains(findings, f => f.Rule == "INCL201" && f.Path == "docs/guide.md");
    }

    [Fact]
    public void Fix_leaves_a_deep_file_alone_and_fixes_the_others()
    {
        using var folder = new TempFolder();
        var deep = Parenthesized(20_000).Replace("class Deep", "class DeepWhitelist");
        folder.Write("src/Deep.cs", deep);
        folder.Write("docs/guide.md", "Add it to the blacklist.\n");

        var result = Cli.Run(folder.Path, "fix");
        Assert.Equal(deep, folder.Read("src/Deep.cs"));
        Assert.Equal("Add it to the blocklist.\n", folder.Read("docs/guide.md"));
        Assert.Contains("Deep.cs", result.Out + result.Error);
    }

    [Fact]
    public void Nesting_up_to_the_limit_is_analysed()
    {
        using var folder = new TempFolder();
        folder.Write("src/Deep.cs", Parenthesized(CSharpNesting.MaxDepth - 3).Replace("class Deep", "class DeepWhitelist"));
        var result = Cli.Run(folder.Path, "scan", "--format", "json");
        Assert.DoesNotContain("INCL002", result.Out);
        Assert.Contains("INCL101", result.Out);
    }

    [Theory]
    [InlineData("M(a[b{c}]);", 3)]
    [InlineData("// ((((((\nM();", 1)]
    [InlineData("/* {{{{ */ M();", 1)]
    [InlineData("M(\"(((\\\"(((\");", 1)]
    [InlineData("M(@\"(((\"\"(((\");", 1)]
    [InlineData("M($@\"{{{{\");", 1)]
    [InlineData("M(\"\"\"\n  ((( \" \"\" (((\n  \"\"\");", 1)]
    [InlineData("M('(', '\\'', '[');", 1)]
    [InlineData("M(\"\");", 1)]
    [InlineData("))) ((", 2)]
    public void Brackets_in_comments_strings_and_characters_do_not_count(string code, int depth)
        => Assert.Equal(depth, CSharpNesting.Deepest(code).Depth);

    [Fact]
    public void The_line_of_the_deepest_point_is_given()
    {
        var (depth, line) = CSharpNesting.Deepest("class C\n{\n  void M()\n  {\n    M(\n      (1));\n  }\n}\n");
        Assert.Equal(4, depth);
        Assert.Equal(6, line);
        Assert.Null(CSharpNesting.Problem(Parenthesized(CSharpNesting.MaxDepth - 3)));
        Assert.NotNull(CSharpNesting.Problem(Parenthesized(CSharpNesting.MaxDepth)));
    }
}

public class CSharpNestingShapeTests
{
    private static string Repeat(string unit, int count) => string.Concat(Enumerable.Repeat(unit, count));

    [Theory]
    [InlineData("generic")]
    [InlineData("unary")]
    [InlineData("casts")]
    [InlineData("blocks")]
    public void Shapes_that_nest_without_limit_are_problems(string shape)
    {
        const int n = 20_000;
        var code = shape switch
        {
            "generic" => "class C { " + Repeat("List<", n) + "int" + new string('>', n) + " f; }",
            "unary" => "class C { int M() => " + Repeat("- ", n) + "1; }",
            "casts" => "class C { int M() => " + Repeat("(int)", n) + "1; }",
            _ => "class C { void M() { " + Repeat("{ ", n) + new string('}', n) + " } }",
        };
        var watch = Stopwatch.StartNew();
        Assert.NotNull(CSharpNesting.Problem(code));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1));
    }

    [Theory]
    [InlineData("class C { Dictionary<string, List<KeyValuePair<int, Func<Task<int>>>>> f; }")]
    [InlineData("class C { bool M(int a, int b) => a < b && b < a && a <= b && !(a > b) && -a < +b && ~a < b; }")]
    [InlineData("class C { int M(long x) => (int)(short)(byte)x + (int)(short)x; }")]
    [InlineData("class C { int M(int i) => i++ + ++i - -i - --i; }")]
    public void Ordinary_code_is_far_from_the_limit(string code)
    {
        var (depth, _, _) = CSharpNesting.Measure(code, int.MaxValue);
        Assert.InRange(depth, 1, 12);
        Assert.Null(CSharpNesting.Problem(code));
    }

    [Fact]
    public void Many_comparisons_in_separate_statements_do_not_add_up()
    {
        var code = "class C { void M(int a, int b) { " + Repeat("if (a < b) a++; ", 5_000) + "} }";
        Assert.Null(CSharpNesting.Problem(code));
    }
}

public class DeepProjectFileTests
{
    [Fact]
    public void Too_deep_files_leave_the_solution_and_those_of_target_projects_are_reported()
    {
        using var workspace = new Microsoft.CodeAnalysis.AdhocWorkspace();
        var deep = "class Deep { int M() => " + new string('(', 5_000) + "1" + new string(')', 5_000) + "; }";
        var app = workspace.AddProject("App", Microsoft.CodeAnalysis.LanguageNames.CSharp);
        var appDeep = workspace.AddDocument(Microsoft.CodeAnalysis.DocumentInfo.Create(Microsoft.CodeAnalysis.DocumentId.CreateNewId(app.Id), "Deep.cs",
            loader: Microsoft.CodeAnalysis.TextLoader.From(Microsoft.CodeAnalysis.TextAndVersion.Create(Microsoft.CodeAnalysis.Text.SourceText.From(deep), Microsoft.CodeAnalysis.VersionStamp.Create())), filePath: "/repo/App/Deep.cs"));
        var appClean = workspace.AddDocument(Microsoft.CodeAnalysis.DocumentInfo.Create(Microsoft.CodeAnalysis.DocumentId.CreateNewId(app.Id), "Clean.cs",
            loader: Microsoft.CodeAnalysis.TextLoader.From(Microsoft.CodeAnalysis.TextAndVersion.Create(Microsoft.CodeAnalysis.Text.SourceText.From("class Clean { }"), Microsoft.CodeAnalysis.VersionStamp.Create())), filePath: "/repo/App/Clean.cs"));
        var lib = workspace.AddProject("Lib", Microsoft.CodeAnalysis.LanguageNames.CSharp);
        var libDeep = workspace.AddDocument(Microsoft.CodeAnalysis.DocumentInfo.Create(Microsoft.CodeAnalysis.DocumentId.CreateNewId(lib.Id), "Deep.cs",
            loader: Microsoft.CodeAnalysis.TextLoader.From(Microsoft.CodeAnalysis.TextAndVersion.Create(Microsoft.CodeAnalysis.Text.SourceText.From(deep), Microsoft.CodeAnalysis.VersionStamp.Create())), filePath: "/repo/Lib/Deep.cs"));

        var skipped = new List<(string Path, string Reason)>();
        var solution = InclusiveAnalyzers.Cli.Scanning.Projects.ProjectAnalysis.WithoutTooDeepFiles(
            workspace.CurrentSolution, new[] { app.Id }, (path, reason) => skipped.Add((path, reason)), CancellationToken.None);

        Assert.Null(solution.GetDocument(appDeep.Id));
        Assert.Null(solution.GetDocument(libDeep.Id)); // a referenced project compiles too, so its deep file goes, unreported
        Assert.NotNull(solution.GetDocument(appClean.Id));
        var (skippedPath, why) = Assert.Single(skipped);
        Assert.Equal("/repo/App/Deep.cs", skippedPath);
        Assert.Contains("too deeply nested to analyse", why);
    }

    [Theory]
    [InlineData(2_000, "if (x) ", "else ")]
    [InlineData(600, "if (x) y(); else ", "")]
    [InlineData(600, "if (x) { y(); } else ", "")]
    [InlineData(3_000, "x => ", "")]
    [InlineData(3_000, "x ? 1 : ", "")]
    [InlineData(3_000, "x?.x", "")]
    [InlineData(3_000, "x ?? ", "")]
    [InlineData(3_000, "x = ", "")]
    public void Statements_nested_without_braces_are_problems(int times, string repeated, string tail)
    {
        var code = "class C { void M(bool x) { " + string.Concat(Enumerable.Repeat(repeated, times)) + string.Concat(Enumerable.Repeat(tail, times)) + " y(); } void y() { } }";
        Assert.Contains("control statements", CSharpNesting.Problem(code));
    }

    [Theory]
    [InlineData(150, "if (x) y(); else ")]
    [InlineData(150, "if (x) { y(); } else ")]
    [InlineData(150, "var f = (int a) => a; ")]
    [InlineData(150, "int? a = x ? 1 : null, b = a ?? 2; ")]
    [InlineData(1, "var o = new { A = 1, B = 2, C = 3, D = 4, E = 5, F = 6, G = 7, H = 8, I = 9, J = 10, K = 11, L = 12, M = 13, N = 14, O = 15, P = 16, Q = 17, R = 18, S = 19, T = 20, U = 21, V = 22, W = 23, X = 24, Y = 25, Z = 26 }; ")]
    public void An_ordinary_else_if_chain_is_analysed(int times, string repeated)
    {
        var code = "class C { void M(bool x) { " + string.Concat(Enumerable.Repeat(repeated, times)) + " y(); } void y() { } }";
        Assert.Null(CSharpNesting.Problem(code));
        Exception? failure = null;
        var thread = new Thread(() => { try { Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(code).GetRoot(); } catch (Exception e) { failure = e; } }, 1024 * 1024);
        thread.Start();
        thread.Join();
        Assert.Null(failure);
    }
}
