using InclusiveAnalyzers.Cli.Fixing;

namespace InclusiveAnalyzers.Cli.Tests.Fixing;

public class UnifiedDiffTests
{
    private static string Lines(int from, int to) => string.Concat(Enumerable.Range(from, to - from + 1).Select(i => $"line {i}\n"));

    [Fact]
    public void Identical_texts_give_nothing() => Assert.Equal("", UnifiedDiff.Create("a/x", "b/x", "same\n", "same\n"));

    [Fact]
    public void One_changed_line_with_three_lines_of_context()
    {
        var before = Lines(1, 10);
        var after = before.Replace("line 5\n", "LINE 5\n");
        Assert.Equal(
            "--- a/x.md\n+++ b/x.md\n@@ -2,7 +2,7 @@\n line 2\n line 3\n line 4\n-line 5\n+LINE 5\n line 6\n line 7\n line 8\n",
            UnifiedDiff.Create("a/x.md", "b/x.md", before, after));
    }

    [Fact]
    public void Distant_changes_make_two_hunks_and_near_ones_share_one()
    {
        var before = Lines(1, 30);
        var two = UnifiedDiff.Create("a", "b", before, before.Replace("line 2\n", "X\n").Replace("line 25\n", "Y\n"));
        Assert.Equal(2, two.Split('\n').Count(l => l.StartsWith("@@", StringComparison.Ordinal)));
        Assert.Contains("@@ -1,5 +1,5 @@", two);
        Assert.Contains("@@ -22,7 +22,7 @@", two);

        var one = UnifiedDiff.Create("a", "b", before, before.Replace("line 10\n", "X\n").Replace("line 16\n", "Y\n"));
        Assert.Single(one.Split('\n'), l => l.StartsWith("@@", StringComparison.Ordinal));
        Assert.Contains("@@ -7,13 +7,13 @@", one);
    }

    [Fact]
    public void Insertions_and_deletions()
    {
        var diff = UnifiedDiff.Create("a", "b", "a\nb\nc\n", "a\nc\nd\n");
        Assert.Equal("--- a\n+++ b\n@@ -1,3 +1,3 @@\n a\n-b\n c\n+d\n", diff);
    }

    [Fact]
    public void Missing_final_newline_is_marked()
    {
        var diff = UnifiedDiff.Create("a", "b", "one\ntwo", "one\n2");
        Assert.Equal("--- a\n+++ b\n@@ -1,2 +1,2 @@\n one\n-two\n\\ No newline at end of file\n+2\n\\ No newline at end of file\n", diff);
    }

    [Fact]
    public void Crlf_lines_keep_their_carriage_return_as_git_prints_them()
    {
        // git apply compares lines byte for byte: without the CR the context would not match the file.
        var diff = UnifiedDiff.Create("a", "b", "x\r\ny\r\n", "x\r\nz\r\n");
        Assert.Equal("--- a\n+++ b\n@@ -1,2 +1,2 @@\n x\r\n-y\r\n+z\r\n", diff);
    }

    [Fact]
    public void Diff_applies_with_patch_when_available()
    {
        if (!File.Exists("/usr/bin/patch"))
        {
            return;
        }

        using var folder = new TempFolder();
        var before = Lines(1, 40);
        var after = before.Replace("line 3\n", "three\n").Replace("line 20\n", "").Replace("line 33\n", "line 33\nextra\n");
        folder.Write("f.txt", before);
        folder.Write("f.diff", UnifiedDiff.Create("a/f.txt", "b/f.txt", before, after));
        var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("/usr/bin/patch", "-p1 -i f.diff")
        {
            WorkingDirectory = folder.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        Assert.Equal(after, folder.Read("f.txt"));
    }
}
