using System.Diagnostics;

namespace InclusiveAnalyzers.Cli.Tests;

/// <summary>The whole CLI over ../shared/corpus (350 real Markdown articles): no crash, no internal error, bounded time.</summary>
public class CorpusSmokeTests
{
    private static string CorpusPath()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "InclusiveAnalyzers.sln")))
            {
                return Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "corpus"));
            }
        }

        throw new InvalidOperationException("The repository root (InclusiveAnalyzers.sln) was not found above the test binaries.");
    }

    [Fact]
    public void Scan_of_the_corpus_completes_without_errors_in_bounded_time()
    {
        var corpus = CorpusPath();
        Assert.True(Directory.Exists(corpus), $"The shared corpus is missing at {corpus}.");

        var clock = Stopwatch.StartNew();
        var result = Cli.Run(corpus, "scan", "--format", "json", "--fail-on", "none");
        clock.Stop();

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"The corpus scan took {clock.Elapsed.TotalSeconds:0.0} s.");
        using var json = result.Json();
        Assert.True(json.RootElement.GetProperty("summary").GetProperty("filesScanned").GetInt32() >= 300);
        Assert.Empty(json.RootElement.GetProperty("errors").EnumerateArray());
        Assert.DoesNotContain(json.RootElement.GetProperty("findings").EnumerateArray(),
            f => f.GetProperty("message").GetString()!.Contains("internal error", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Fix_dry_run_over_the_corpus_writes_nothing()
    {
        var corpus = CorpusPath();
        var before = Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);
        var result = Cli.Run(corpus, "fix", "--dry-run");
        Assert.True(result.ExitCode is 0 or 1, result.Error);
        Assert.All(before, pair => Assert.Equal(pair.Value, File.GetLastWriteTimeUtc(pair.Key)));
    }
}
