using System.Text.Json;
using InclusiveAnalyzers.Cli.Report;

namespace InclusiveAnalyzers.Cli.Tests.Report;

/// <summary>--history over a real git repository: points, counts, the blob cache, and the work tree left alone.</summary>
public sealed class HistoryTests
{
    private const string Readme = "# Cluster\n\nEach master node has a slave that copies it.\n\nThe master sends writes to every slave.\n";
    private const string Guide = "# Guide\n\nThe master replicates to the slave. Mastery of the basics helps.\n";
    private const string Stable = "# Stable\n\nRun a sanity check first.\n";

    [Fact]
    public void Tags_are_the_points_the_racial_count_falls_across_the_rename_and_each_blob_is_scanned_once()
    {
        using var repo = new GitFixture();
        repo.Folder.Write("README.md", Readme);
        repo.Folder.Write("docs/guide.md", Guide);
        repo.Folder.Write("docs/stable.md", Stable);
        repo.Commit("first", "v1.0");
        repo.Folder.Write("notes.md", "# Notes\n\nNothing here.\n");
        repo.Commit("untagged work");
        repo.Folder.Write("README.md", Readme.Replace("master", "primary"));
        repo.Commit("rename in README", "v2.0", annotated: true);
        repo.Folder.Write("docs/guide.md", Guide.Replace("master", "primary").Replace("slave", "replica"));
        repo.Folder.Write("README.md", Readme.Replace("master", "primary").Replace("slave", "replica"));
        repo.Commit("rename everywhere", "v3.0");
        var statusBefore = repo.Git("status", "--porcelain");
        var readmeTime = File.GetLastWriteTimeUtc(repo.Folder["README.md"]);

        var result = Cli.Run(repo.Path, "report", ".", "--history", "10", "--format", "json");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = result.Json();
        var history = json.RootElement.GetProperty("history").EnumerateArray().ToList();

        Assert.Equal(new[] { "v1.0", "v2.0", "v3.0" }, history.Select(p => p.GetProperty("tag").GetString()));
        var racial = history.Select(p => p.GetProperty("categories").GetProperty("racial").GetInt32()).ToList();
        Assert.Equal(6, racial[0]); // README: 2 master + 2 slave; guide: master + slave (Mastery is not one)
        Assert.Equal(4, racial[1]);
        Assert.Equal(0, racial[2]);
        Assert.Equal(1, history[2].GetProperty("families").GetProperty("docs").GetInt32()); // the sanity check stays

        // v1: 3 files; v2: README changed, notes.md new; v3: README and guide changed. 3 + 2 + 2 contents in all.
        var cost = json.RootElement.GetProperty("historyCost");
        var distinct = new[] { "v1.0", "v2.0", "v3.0" }
            .SelectMany(tag => repo.Git("ls-tree", "-r", tag).Split('\n', StringSplitOptions.RemoveEmptyEntries))
            .Distinct()
            .Count();
        Assert.Equal(7, distinct);
        Assert.Equal(distinct, cost.GetProperty("filesScanned").GetInt32());
        Assert.Equal(new[] { 3, 2, 2 }, history.Select(p => p.GetProperty("newFiles").GetInt32()));

        // The newest tag is the work tree: the same total as scan and as the page's summary.
        var scan = Cli.Run(repo.Path, "scan", ".", "--format", "json");
        using var scanJson = scan.Json();
        var scanTotal = scanJson.RootElement.GetProperty("summary").GetProperty("findings").GetInt32();
        Assert.Equal(scanTotal, json.RootElement.GetProperty("summary").GetProperty("total").GetInt32());
        Assert.Equal(scanTotal, history[2].GetProperty("total").GetInt32());

        Assert.Equal(statusBefore, repo.Git("status", "--porcelain"));
        Assert.Equal(readmeTime, File.GetLastWriteTimeUtc(repo.Folder["README.md"]));
    }

    [Fact]
    public void Without_tags_the_points_are_commits_spaced_evenly_along_the_first_parent_line()
    {
        using var repo = new GitFixture();
        var commits = new List<string>();
        for (var i = 0; i < 9; i++)
        {
            repo.Folder.Write($"doc{i}.md", "# Doc\n\nThe slave waits.\n");
            commits.Add(repo.Commit("commit " + i));
        }

        var result = Cli.Run(repo.Path, "report", "--history", "3", "--format", "json");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = result.Json();
        var history = json.RootElement.GetProperty("history").EnumerateArray().ToList();
        Assert.Equal(new[] { commits[0], commits[4], commits[8] }, history.Select(p => p.GetProperty("revision").GetString()));
        Assert.All(history, p => Assert.Equal(JsonValueKind.Null, p.GetProperty("tag").ValueKind));
        Assert.Equal(new[] { 1, 5, 9 }, history.Select(p => p.GetProperty("categories").GetProperty("racial").GetInt32()));
        Assert.Contains("history 3/3", result.Error);
    }

    [Fact]
    public void A_point_selects_files_as_the_walk_does_and_its_count_is_the_scan_count()
    {
        using var repo = new GitFixture();
        repo.Folder.Write("inclusive.json", "{ \"exclude\": [\"legacy/**\"] }");
        repo.Folder.Write("legacy/old.md", "# Old\n\nThe slave waits.\n");
        repo.Folder.Write("node_modules/pkg/readme.md", "# Pkg\n\nThe slave waits.\n");
        repo.Folder.Write("website/versioned_docs/version-1.0/intro.md", "# Intro\n\nThe slave waits.\n");
        repo.Folder.Write("docs/live.md", "# Live\n\nThe slave waits. Run a sanity check.\n");
        repo.Folder.WriteBytes("docs/binary.md", new byte[] { 0x23, 0x20, 0x41, 0, 0, 1, 2, 0x0a });
        repo.Folder.Write("src/Node.cs", "public class SlaveNode { }\n");
        repo.Commit("one", "v1");

        using var scanJson = Cli.Run(repo.Path, "scan", ".", "--format", "json").Json();
        var result = Cli.Run(repo.Path, "report", ".", "--history", "2", "--format", "json");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = result.Json();
        var point = Assert.Single(json.RootElement.GetProperty("history").EnumerateArray());

        Assert.Equal(scanJson.RootElement.GetProperty("summary").GetProperty("findings").GetInt32(), point.GetProperty("total").GetInt32());
        Assert.Equal(2, point.GetProperty("categories").GetProperty("racial").GetInt32()); // docs/live.md and SlaveNode only
        Assert.Equal(3, point.GetProperty("filesScanned").GetInt32()); // live.md, binary.md, Node.cs
        Assert.Contains("INCL002", scanJson.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()));
    }

    [Fact]
    public void A_changed_CSharp_file_is_judged_with_the_unchanged_files_of_its_point()
    {
        // The interface's own name is the finding; an implementation is not one (it cannot be renamed alone),
        // which the analyzer only knows when the interface, unchanged since v1, is in the compilation.
        using var repo = new GitFixture();
        repo.Folder.Write("src/IFoo.cs", "public interface IFoo { void Slave(); }\n");
        repo.Folder.Write("src/B.cs", "public class B : IFoo { public void Slave() { } }\n");
        repo.Commit("one", "v1");
        repo.Folder.Write("src/B.cs", "public class B : IFoo { public void Slave() { } public int MasterPort; }\n");
        repo.Commit("two", "v2");

        using var scanJson = Cli.Run(repo.Path, "scan", "src", "--format", "json").Json();
        var result = Cli.Run(repo.Path, "report", "src", "--history", "2", "--format", "json");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = result.Json();
        var points = json.RootElement.GetProperty("history").EnumerateArray().ToList();
        Assert.Equal(new[] { 1, 2 }, points.Select(p => p.GetProperty("families").GetProperty("code").GetInt32()));
        Assert.Equal(new[] { 2, 1 }, points.Select(p => p.GetProperty("newFiles").GetInt32()));
        Assert.Equal(scanJson.RootElement.GetProperty("summary").GetProperty("findings").GetInt32(), points[1].GetProperty("total").GetInt32());
    }

    // The audit reads README/CONTRIBUTING guides in plain text (README.rst) that no scanner selects: a past commit's own, not
    // the work tree's, or a point before the README was removed would be judged without it.
    [Fact]
    public void A_points_audit_reads_that_commits_plain_text_readme()
    {
        using var repo = new GitFixture();
        repo.Folder.Write("CODE_OF_CONDUCT.md", "# Code of Conduct\n\nThis project has adopted the [Contributor Covenant](https://www.contributor-covenant.org/version/2/1/code_of_conduct/), version 2.1.\n"
            + "Report unacceptable behaviour privately to conduct@realproject.org; the two maintainers who read it keep reports confidential.\n");
        repo.Folder.Write("README.rst", "Project\n=======\n\nPlease read our `Code of Conduct <CODE_OF_CONDUCT.md>`_ before taking part.\n");
        repo.Folder.Write("guide.md", "# Docs\n\nSome text.\n");
        repo.Commit("linked from README.rst", "v1");
        repo.Git("rm", "-q", "README.rst");
        repo.Commit("README removed", "v2");

        var result = Cli.Run(repo.Path, "report", ".", "--history", "10", "--format", "json");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = result.Json();
        var community = json.RootElement.GetProperty("history").EnumerateArray()
            .Select(p => p.GetProperty("families").GetProperty("community").GetInt32()).ToList();
        Assert.Equal(new[] { 1, 2 }, community); // v1: the grade only; v2: the grade and "no README links it"

        repo.Git("checkout", "-q", "v1");
        var scan = Cli.Run(repo.Path, "scan", ".", "--format", "json");
        using var scanJson = scan.Json();
        Assert.DoesNotContain(scanJson.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "INCL407");
    }

    [Fact]
    public void History_outside_a_repository_is_a_usage_error_not_a_crash()
    {
        using var folder = new TempFolder();
        folder.Write("a.md", "# A\n");
        var result = Cli.Run(folder.Path, "report", ".", "--history", "5", "--format", "json");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("git", result.Error);
        Assert.DoesNotContain("internal error", result.Error);
    }

    [Theory]
    [InlineData(10, 3, new[] { 0, 4, 9 })]
    [InlineData(5, 5, new[] { 0, 1, 2, 3, 4 })]
    [InlineData(3, 8, new[] { 0, 1, 2 })]
    [InlineData(7, 1, new[] { 6 })]
    public void Points_are_spread_evenly_with_first_and_last(int count, int wanted, int[] expected)
    {
        Assert.Equal(expected, GitRepository.SelectEvenly(Enumerable.Range(0, count).ToList(), wanted));
    }
}
