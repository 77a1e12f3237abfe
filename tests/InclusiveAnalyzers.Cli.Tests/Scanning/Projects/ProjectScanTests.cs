using System.Text;
using System.Text.Json;

namespace InclusiveAnalyzers.Cli.Tests.Scanning.Projects;

/// <summary>
/// scan and fix with --solution and --project over a real, restored two-project solution loaded through
/// MSBuildWorkspace. Each run loads the projects (a few seconds), so each test checks several things.
/// </summary>
public class ProjectScanTests : IClassFixture<TwoProjectSolution>
{
    private readonly TwoProjectSolution solution;

    public ProjectScanTests(TwoProjectSolution solution) => this.solution = solution;

    [Fact]
    public void Solution_scan_reports_both_projects_with_their_own_configuration()
    {
        var result = Cli.Run(solution.Path, "scan", "--solution", "Demo.sln", "--format", "json");
        Assert.True(result.ExitCode == 1, result.ToString());
        using var json = result.Json();
        var findings = json.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (Path: f.GetProperty("path").GetString(), Line: f.GetProperty("line").GetInt32(), Column: f.GetProperty("column").GetInt32(), Rule: f.GetProperty("ruleId").GetString(), Severity: f.GetProperty("severity").GetString()))
            .ToList();

        Assert.Equal(
            new[]
            {
                ("App/README.md", 3, 18, "INCL201", "warning"),     // documents in the project folders are scanned too
                ("App/Startup.cs", 10, 28, "INCL101", "warning"),   // Blacklist; MasterCount is allowed by inclusive.json; the comment is NoWarn'd in App.csproj
                ("Lib/WhitelistManager.cs", 3, 14, "INCL102", "warning"),
                ("Lib/WhitelistManager.cs", 4, 14, "INCL101", "error"), // Lib/.globalconfig, as in a build
            },
            findings.Select(f => (f.Path!, f.Line, f.Column, f.Rule!, f.Severity!)));

        // Two source files and one document; the build's generated files under obj/ are not counted.
        Assert.Equal(3, json.RootElement.GetProperty("summary").GetProperty("filesScanned").GetInt32());
        Assert.Equal(solution.Path, json.RootElement.GetProperty("root").GetString());
    }

    [Fact]
    public void Project_scan_reports_that_project_in_text_and_sarif_paths_relative_to_the_root()
    {
        var text = Cli.Run(solution.Path, "scan", "--project", "App/App.csproj");
        Assert.True(text.ExitCode == 1, text.ToString());
        Assert.Contains("App/Startup.cs:10:28: warning INCL101 The name 'Blacklist'", text.Out);
        Assert.Contains("App/README.md:3:18: warning INCL201", text.Out);
        Assert.DoesNotContain("Lib/", text.Out); // Lib is loaded as App's reference, not analysed

        // From the parent folder the root is that folder, and SARIF URIs say so.
        var parent = Path.GetDirectoryName(solution.Path)!;
        var name = Path.GetFileName(solution.Path);
        var sarif = Cli.Run(parent, "scan", "--project", $"{name}/App/App.csproj", "--format", "sarif", "--fail-on", "none");
        Assert.True(sarif.ExitCode == 0, sarif.ToString());
        using var json = sarif.Json();
        var uris = json.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString())
            .ToList();
        Assert.Equal(new[] { $"{name}/App/README.md", $"{name}/App/Startup.cs" }, uris.OrderBy(u => u, StringComparer.Ordinal));
    }

    [Fact]
    public void Missing_wrong_or_broken_project_files_give_a_clear_message_and_exit_code_2()
    {
        var missing = Cli.Run(solution.Path, "scan", "--project", "Nope/Nope.csproj");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("Nope.csproj' does not exist", missing.Error);

        var wrongKind = Cli.Run(solution.Path, "fix", "--project", "Demo.sln");
        Assert.Equal(2, wrongKind.ExitCode);
        Assert.Contains("use --solution", wrongKind.Error);

        var garbage = Cli.Run(solution.Path, "scan", "--solution", "Garbage.sln");
        Assert.True(garbage.ExitCode == 2, garbage.ToString());
        Assert.Contains("no C# project could be loaded from", garbage.Error);
        Assert.Contains("Garbage.sln", garbage.Error);

        var broken = Cli.Run(solution.Path, "scan", "--project", "Broken/Broken.csproj");
        Assert.True(broken.ExitCode == 2, broken.ToString());
        Assert.Contains("no C# project could be loaded", broken.Error);
        Assert.Contains("Broken.csproj", broken.Error);
        Assert.DoesNotContain("internal error", broken.Error);

        // A solution with one broken project: the rest is still reported, the failure is said, and the
        // exit code is 2. A project in another language is only a warning.
        var partial = Cli.Run(solution.Path, "scan", "--solution", "Partial.sln");
        Assert.True(partial.ExitCode == 2, partial.ToString());
        Assert.Contains("Lib/WhitelistManager.cs:4:14: error INCL101", partial.Out);
        var errors = partial.Error.Split('\n');
        Assert.Contains(errors, line => line.StartsWith("inclusive: error: ", StringComparison.Ordinal) && line.Contains("Broken.csproj", StringComparison.Ordinal));
        Assert.Contains(errors, line => line.StartsWith("inclusive: warning: ", StringComparison.Ordinal) && line.Contains("Db.sqlproj", StringComparison.Ordinal) && line.Contains("Only C# projects are analysed", StringComparison.Ordinal));
    }

    [Fact]
    public void Fix_renames_across_projects_keeps_bytes_and_the_solution_still_builds()
    {
        using var copy = new TwoProjectSolution();

        var result = Cli.Run(copy.Path, "fix", "--solution", "Demo.sln");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("fixed App/Startup.cs", result.Out);
        Assert.Contains("fixed Lib/WhitelistManager.cs", result.Out);
        Assert.Contains("fixed App/README.md", result.Out);

        // The file keeps its name (the workspace renames no file); its byte order mark and CRLF stay.
        var bytes = File.ReadAllBytes(copy.Folder["Lib/WhitelistManager.cs"]);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes.Take(3));
        var manager = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.Equal(Encoding.UTF8.GetString(TwoProjectSolution.ManagerBytes, 3, TwoProjectSolution.ManagerBytes.Length - 3)
            .Replace("WhitelistManager", "AllowlistManager").Replace("the whitelist", "the allowlist"), manager);

        var startup = copy.Folder.Read("App/Startup.cs");
        Assert.Contains("Check(Lib.AllowlistManager manager)", startup); // the rename crossed into App
        Assert.DoesNotContain("string[] Blacklist", startup);
        Assert.Contains("MasterCount", startup);                        // allowed: not reported, not fixed
        Assert.Contains("// The blacklist is read first.", startup);    // NoWarn INCL102: not reported, not fixed
        Assert.Contains("Add hosts to the allowlist.", copy.Folder.Read("App/README.md"));
        Assert.Equal("<Project Sdk=\"Microsoft.NET.Sdk\">", copy.Folder.Read("App/App.csproj").Split('\n')[0]); // project files untouched

        var build = TwoProjectSolution.Dotnet(copy.Path, "build", "Demo.sln", "--no-restore");
        Assert.True(build.ExitCode == 0, build.Output);
    }

    [Fact]
    public void Fix_under_the_default_forward_policy_keeps_public_api_compiling_and_says_what_it_left()
    {
        using var copy = new TwoProjectSolution();
        copy.Folder.Write("inclusive.json", "{ \"allow\": [\"master count\"] }\n");

        var result = Cli.Run(copy.Path, "fix", "--solution", "Demo.sln");
        Assert.True(result.ExitCode == 0, result.ToString());

        // A public type's own name cannot forward: left, and the summary says where and why.
        Assert.Contains("public class WhitelistManager", copy.Folder.Read("Lib/WhitelistManager.cs"));
        Assert.Contains("inclusive: left Lib/WhitelistManager.cs:4:14: public API 'WhitelistManager' kept: no [Obsolete] forwarder can keep its callers compiling", result.Error);
        Assert.Contains("left 1 public API name(s) on purpose", result.Error);

        // A public field is renamed and its old name forwards by reference.
        var startup = copy.Folder.Read("App/Startup.cs");
        Assert.Contains("public static string[] Blocklist = { \"spam.example\" };", startup);
        Assert.Contains("public static ref string[] Blacklist => ref Blocklist;", startup);
        Assert.Contains("[EditorBrowsable(EditorBrowsableState.Never)]", startup.Replace("System.ComponentModel.", ""));

        var build = TwoProjectSolution.Dotnet(copy.Path, "build", "Demo.sln", "--no-restore");
        Assert.True(build.ExitCode == 0, build.Output);
    }

    [Fact]
    public void Fix_with_a_bad_public_api_value_says_so_and_uses_the_default()
    {
        using var copy = new TwoProjectSolution();
        copy.Folder.Write("inclusive.json", "{ \"publicApi\": \"forwards\" }\n");

        var result = Cli.Run(copy.Path, "scan", "--solution", "Demo.sln");
        Assert.Contains("\"publicApi\" is 'forwards'; use forward, rename or skip", result.ToString());
    }
}
