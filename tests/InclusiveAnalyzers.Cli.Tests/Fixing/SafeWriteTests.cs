using System.Diagnostics;
using InclusiveAnalyzers.Cli.Files;
using InclusiveAnalyzers.Cli.Fixing;
using InclusiveAnalyzers.Cli.Scanning;

namespace InclusiveAnalyzers.Cli.Tests.Fixing;

/// <summary>fix writes only what the run owns, atomically, and never over a file edited meanwhile.</summary>
public class SafeWriteTests
{
    private const string Before = "# Hosts\n\nAdd the host to the whitelist.\n";
    private const string After = "# Hosts\n\nAdd the host to the allowlist.\n";

    [Fact]
    public void A_link_to_a_file_outside_the_root_is_neither_scanned_nor_written()
    {
        using var outside = new TempFolder();
        using var folder = new TempFolder();
        var secret = outside.Write("secret.md", Before);
        var original = File.ReadAllBytes(secret);
        folder.Write("docs/guide.md", "# Guide\n");
        File.CreateSymbolicLink(folder["docs/notes.md"], secret);

        var scan = Cli.Run(folder.Path, "scan");
        Assert.DoesNotContain("notes.md", scan.Out.Replace("1 symbolic link", string.Empty));
        Assert.Contains("1 symbolic link out of the scanned folder not followed", scan.Out);
        Assert.DoesNotContain("not following", scan.Error); // said only with --verbose

        var verbose = Cli.Run(folder.Path, "scan", "--verbose");
        Assert.Single(verbose.Error.Split('\n'), l => l.StartsWith("inclusive: not following docs/notes.md", StringComparison.Ordinal));

        var fix = Cli.Run(folder.Path, "fix");
        Assert.Equal(0, fix.ExitCode);
        Assert.Contains("1 symbolic link out of the scanned folder not followed", fix.Error);
        Assert.Equal(original, File.ReadAllBytes(secret));
        Assert.NotNull(new FileInfo(folder["docs/notes.md"]).LinkTarget); // still a link
    }

    [Fact]
    public void A_link_through_a_linked_folder_is_judged_by_where_it_really_leads()
    {
        // docs/x.md -> shelf/secret.md looks inside the root, but shelf is a link to another folder.
        using var outside = new TempFolder();
        using var folder = new TempFolder();
        var secret = outside.Write("secret.md", Before);
        Directory.CreateDirectory(folder["docs"]);
        Directory.CreateSymbolicLink(folder["docs/shelf"], outside.Path);
        File.CreateSymbolicLink(folder["docs/x.md"], "shelf/secret.md");

        Assert.Equal(0, Cli.Run(folder.Path, "fix").ExitCode);
        Assert.Equal(Before, File.ReadAllText(secret));
        Assert.DoesNotContain("INCL201", Cli.Run(folder.Path, "scan").Out);
    }

    [Fact]
    public void A_loop_of_links_is_skipped_without_hanging()
    {
        using var folder = new TempFolder();
        folder.Write("docs/guide.md", Before);
        File.CreateSymbolicLink(folder["docs/a.md"], "b.md");
        File.CreateSymbolicLink(folder["docs/b.md"], "a.md");

        var scan = Cli.Run(folder.Path, "scan", "--format", "json");
        using var json = scan.Json();
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("filesScanned").GetInt32());
        Assert.Null(InclusiveAnalyzers.Cli.Files.Links.Resolve(folder["docs/a.md"]));
    }

    [Fact]
    public void A_link_inside_the_root_is_scanned_once_under_its_target_and_written_once()
    {
        using var folder = new TempFolder();
        folder.Write("docs/a.md", Before);
        File.CreateSymbolicLink(folder["docs/b.md"], "a.md");

        var scan = Cli.Run(folder.Path, "scan", "--format", "json");
        using (var json = scan.Json())
        {
            var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToList();
            var finding = Assert.Single(findings);
            Assert.Equal("docs/a.md", finding.GetProperty("path").GetString());
            Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("filesScanned").GetInt32());
        }

        var fix = Cli.Run(folder.Path, "fix");
        Assert.Equal(0, fix.ExitCode);
        Assert.Equal("fixed docs/a.md\n", fix.Out.Replace("\r\n", "\n"));
        Assert.Equal(After, folder.Read("docs/a.md"));
        Assert.Equal("a.md", new FileInfo(folder["docs/b.md"]).LinkTarget); // the link is still a link
    }

    [Fact]
    public void File_modes_survive_a_fix()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempFolder();
        var modes = new Dictionary<string, UnixFileMode>
        {
            ["a.md"] = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead,
            ["b.md"] = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute,
            ["c.md"] = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherRead | UnixFileMode.OtherWrite,
        };
        foreach (var (name, mode) in modes)
        {
            File.SetUnixFileMode(folder.Write(name, Before), mode);
        }

        Assert.Equal(0, Cli.Run(folder.Path, "fix").ExitCode);
        foreach (var (name, mode) in modes)
        {
            Assert.Equal(After, folder.Read(name));
            Assert.Equal(mode, File.GetUnixFileMode(folder[name]));
        }

        Assert.Empty(Directory.GetFiles(folder.Path, "*" + AtomicWrite.TempSuffix, SearchOption.AllDirectories));
    }

    [Fact]
    public void A_read_only_file_is_left_unchanged_and_reported()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempFolder();
        File.SetUnixFileMode(folder.Write("a.md", Before), UnixFileMode.UserRead | UnixFileMode.GroupRead);
        folder.Write("b.md", Before);

        var fix = Cli.Run(folder.Path, "fix");
        Assert.Contains("could not write a.md: it is read-only", fix.Error);
        Assert.Equal(Before, folder.Read("a.md"));
        Assert.Equal(After, folder.Read("b.md"));
    }

    [Fact]
    public void A_file_changed_on_disk_since_it_was_read_is_not_overwritten_and_the_run_goes_on()
    {
        using var folder = new TempFolder();
        var a = folder.Write("a.md", Before);
        var b = folder.Write("b.md", Before);
        var fixA = new FileFix(TextFile.TryRead(a, long.MaxValue, out _)!, After);
        var fixB = new FileFix(TextFile.TryRead(b, long.MaxValue, out _)!, After);
        const string Edited = "# Hosts\n\nSomeone edited this meanwhile.\n";
        folder.Write("a.md", Edited);

        var outcomes = FixWriter.Write(new[] { fixA, fixB }, folder.Path);

        Assert.Contains("changed on disk since it was read", outcomes[0].Error);
        Assert.Null(outcomes[1].Error);
        Assert.Equal(Edited, folder.Read("a.md"));
        Assert.Equal(After, folder.Read("b.md"));
    }

    [Fact]
    public void A_fix_for_a_file_outside_the_root_is_refused()
    {
        using var outside = new TempFolder();
        using var folder = new TempFolder();
        var path = outside.Write("a.md", Before);
        var fix = new FileFix(TextFile.TryRead(path, long.MaxValue, out _)!, After);

        var outcome = Assert.Single(FixWriter.Write(new[] { fix }, folder.Path));

        Assert.Contains("outside", outcome.Error);
        Assert.Equal(Before, File.ReadAllText(path));
    }

    [Fact]
    public void A_rename_onto_a_taken_name_writes_the_text_in_place_and_says_so()
    {
        using var folder = new TempFolder();
        var path = folder.Write("WhitelistManager.cs", "class WhitelistManager {}\n");
        folder.Write("AllowlistManager.cs", "// someone else's file\n");
        var fix = new FileFix(TextFile.TryRead(path, long.MaxValue, out _)!, "class AllowlistManager {}\n", folder["AllowlistManager.cs"]);

        var outcome = Assert.Single(FixWriter.Write(new[] { fix }, folder.Path));

        Assert.Null(outcome.Error);
        Assert.Null(outcome.RenamedTo);
        Assert.Equal("kept the name: AllowlistManager.cs already exists beside it", outcome.Note);
        Assert.Equal("class AllowlistManager {}\n", folder.Read("WhitelistManager.cs"));
        Assert.Equal("// someone else's file\n", folder.Read("AllowlistManager.cs"));
    }

    [Fact]
    public void AtomicWrite_to_a_new_name_moves_the_file_and_keeps_nothing_behind()
    {
        using var folder = new TempFolder();
        var path = folder.Write("Old.cs", "class Old {}\n");
        var bytes = File.ReadAllBytes(path);

        Assert.Null(AtomicWrite.TryReplace(path, "class New {}\n"u8.ToArray(), bytes, folder["New.cs"]));

        Assert.False(File.Exists(path));
        Assert.Equal("class New {}\n", folder.Read("New.cs"));
        Assert.Single(Directory.GetFiles(folder.Path));
    }

    /// <summary>
    /// <c>inclusive fix</c> in a child process, killed after random delays: every file is afterwards
    /// exactly as it was or exactly fixed, never truncated or mixed.
    /// </summary>
    [Fact]
    public void A_fix_killed_at_random_moments_leaves_every_file_old_or_new()
    {
        const int Files = 250;
        var body = string.Concat(Enumerable.Range(0, 300).Select(i => $"Line {i}: add the host to the whitelist, then check the whitelist again.\n"));
        var olds = Enumerable.Range(0, Files).Select(i => $"# Page {i}\n\n{body}").ToArray();

        // What a complete fix writes, computed once in process.
        string[] news;
        using (var reference = new TempFolder())
        {
            for (var i = 0; i < Files; i++)
            {
                reference.Write($"p{i:D3}.md", olds[i]);
            }

            Assert.Equal(0, Cli.Run(reference.Path, "fix").ExitCode);
            news = Enumerable.Range(0, Files).Select(i => reference.Read($"p{i:D3}.md")).ToArray();
            Assert.All(news.Zip(olds), pair => Assert.NotEqual(pair.Second, pair.First));
        }

        var inclusive = typeof(Program).Assembly.Location;
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var random = new Random(20261205);
        var killedMidWrite = 0;
        for (var round = 0; round < 6; round++)
        {
            using var folder = new TempFolder();
            for (var i = 0; i < Files; i++)
            {
                folder.Write($"p{i:D3}.md", olds[i]);
            }

            // Even rounds: killed a few milliseconds after the first temporary file appears (the write
            // phase has begun). Odd rounds: killed after a random delay, wherever the run happens to be.
            using var writing = new ManualResetEventSlim();
            using var watcher = new FileSystemWatcher(folder.Path, "*" + AtomicWrite.TempSuffix) { EnableRaisingEvents = true };
            watcher.Created += (_, _) => writing.Set();

            var start = new ProcessStartInfo(dotnet) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder.Path };
            start.ArgumentList.Add(inclusive);
            start.ArgumentList.Add("fix");
            start.ArgumentList.Add(".");
            using var process = Process.Start(start)!;
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (round % 2 == 0)
            {
                writing.Wait(TimeSpan.FromMinutes(2));
                Thread.Sleep(random.Next(0, 15));
            }
            else
            {
                Thread.Sleep(random.Next(100, 3000));
            }

            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It finished first: every file must then be new.
            }

            process.WaitForExit();
            var fixedCount = 0;
            for (var i = 0; i < Files; i++)
            {
                var text = folder.Read($"p{i:D3}.md");
                Assert.True(text == olds[i] || text == news[i], $"round {round}: p{i:D3}.md is neither the old nor the fixed text ({text.Length} chars)");
                fixedCount += text == news[i] ? 1 : 0;
            }

            Assert.Equal(Files, Directory.GetFiles(folder.Path, "*.md").Length); // no file lost or added
            killedMidWrite += round % 2 == 0 && fixedCount < Files ? 1 : 0;
        }

        // The test means something only if some kill landed inside the write phase.
        Assert.True(killedMidWrite > 0, "no run was killed while writing");
    }
}
