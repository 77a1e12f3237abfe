using System.Diagnostics;

namespace InclusiveAnalyzers.Cli.Tests.Report;

/// <summary>A real git repository in a temporary folder, built commit by commit with fixed dates.</summary>
public sealed class GitFixture : IDisposable
{
    private readonly TempFolder folder = new();
    private int day;

    public GitFixture()
    {
        Git("init", "-q", "-b", "main");
    }

    public TempFolder Folder => folder;
    public string Path => folder.Path;

    public string Commit(string message, string? tag = null, bool annotated = false)
    {
        Git("add", "-A");
        day++;
        Git("commit", "-q", "--allow-empty", "-m", message);
        if (tag != null)
        {
            if (annotated)
            {
                Git("tag", "-a", tag, "-m", "release " + tag);
            }
            else
            {
                Git("tag", tag);
            }
        }

        return Git("rev-parse", "HEAD").Trim();
    }

    public string Git(params string[] args)
    {
        var info = new ProcessStartInfo("git") { WorkingDirectory = Path, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", "-c", "tag.gpgsign=false" }.Concat(args))
        {
            info.ArgumentList.Add(arg);
        }

        var date = new DateTimeOffset(2020, 1, 1, 12, 0, 0, TimeSpan.Zero).AddDays(day).ToString("yyyy-MM-ddTHH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture);
        info.Environment["GIT_AUTHOR_DATE"] = date;
        info.Environment["GIT_COMMITTER_DATE"] = date;
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', args)}: {error.Result}");
        return output;
    }

    public void Dispose() => folder.Dispose();
}
