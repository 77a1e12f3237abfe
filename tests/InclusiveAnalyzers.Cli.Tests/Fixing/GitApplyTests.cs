using System.Diagnostics;
using System.Text;

namespace InclusiveAnalyzers.Cli.Tests.Fixing;

/// <summary>The dry-run patch against real git: git apply must take it, renames and CRLF included.</summary>
public class GitApplyTests
{
    private const string Manager =
        "namespace Demo;\n\n// Keeps the whitelist of hosts.\npublic class WhitelistManager\n{\n    public bool IsAllowed(string host) => host.Length > 0;\n}\n";

    private const string User =
        "namespace Demo;\n\npublic static class Startup\n{\n    public static bool Check() => new WhitelistManager().IsAllowed(\"example.org\");\n}\n";

    private static (int ExitCode, string Output) Git(string directory, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output);
    }

    private static TempFolder Repository()
    {
        var folder = new TempFolder();
        folder.Write("docs/guide.md", "# Hosts\n\nAdd the host to the whitelist.\n");
        folder.Write("docs/windows.md", "# Windows\r\n\r\nThe blacklist is kept here.\r\nNothing else.");
        folder.WriteBytes("src/WhitelistManager.cs", new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Manager.Replace("\n", "\r\n"))).ToArray());
        folder.Write("src/Startup.cs", User);
        // Rename public API plainly, so that the type and its file are renamed (forward, the default, keeps public type names).
        folder.Write("inclusive.json", "{ \"publicApi\": \"rename\" }");
        Assert.Equal(0, Git(folder.Path, "init", "-q").ExitCode);
        return folder;
    }

    [Fact]
    public void Dry_run_patch_passes_git_apply_check_and_applies_to_what_fix_writes()
    {
        if (Git(Path.GetTempPath(), "--version").ExitCode != 0)
        {
            return; // no git on this machine
        }

        using var folder = Repository();
        var dryRun = Cli.Run(folder.Path, "fix", "--dry-run");
        Assert.Equal(1, dryRun.ExitCode);
        Assert.Contains("diff --git a/src/WhitelistManager.cs b/src/AllowlistManager.cs\n", dryRun.Out);
        Assert.Contains("rename from src/WhitelistManager.cs\nrename to src/AllowlistManager.cs\n", dryRun.Out);
        folder.Write("fix.patch", dryRun.Out);

        var check = Git(folder.Path, "apply", "--check", "fix.patch");
        Assert.True(check.ExitCode == 0, check.Output + "\n" + dryRun.Out);

        // Applied by git, the tree is byte for byte what 'inclusive fix' writes.
        using var fixedCopy = Repository();
        Assert.Equal(0, Cli.Run(fixedCopy.Path, "fix").ExitCode);
        var apply = Git(folder.Path, "apply", "fix.patch");
        Assert.True(apply.ExitCode == 0, apply.Output);
        File.Delete(folder["fix.patch"]);
        foreach (var file in new[] { "docs/guide.md", "docs/windows.md", "src/AllowlistManager.cs", "src/Startup.cs" })
        {
            Assert.Equal(File.ReadAllBytes(fixedCopy[file]), File.ReadAllBytes(folder[file]));
        }

        Assert.False(File.Exists(folder["src/WhitelistManager.cs"]));
    }

    [Fact]
    public void A_pure_rename_has_rename_headers_and_no_hunk()
    {
        var patch = InclusiveAnalyzers.Cli.Fixing.GitPatch.Create("src/A.cs", "src/B.cs", "x\n", "x\n");
        Assert.Equal("diff --git a/src/A.cs b/src/B.cs\nsimilarity index 100%\nrename from src/A.cs\nrename to src/B.cs\n", patch);
        Assert.Equal(string.Empty, InclusiveAnalyzers.Cli.Fixing.GitPatch.Create("a.md", "a.md", "x\n", "x\n"));
    }
}
