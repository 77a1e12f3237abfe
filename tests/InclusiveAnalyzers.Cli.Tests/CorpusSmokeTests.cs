using System.Diagnostics;
using Xunit.Abstractions;

namespace InclusiveAnalyzers.Cli.Tests;

/// <summary>
/// The whole CLI over ../shared/corpus (350 real Markdown articles): no crash, no internal error,
/// bounded time. Skipped with a message where the corpus is not next to the repository (as the
/// Documents smoke test does).
/// </summary>
public class CorpusSmokeTests
{
    private readonly ITestOutputHelper output;

    public CorpusSmokeTests(ITestOutputHelper output) => this.output = output;

    private string? CorpusPath()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "InclusiveAnalyzers.sln")))
            {
                var corpus = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "corpus"));
                if (Directory.Exists(corpus))
                {
                    return corpus;
                }

                break;
            }
        }

        output.WriteLine("SKIPPED: ../shared/corpus next to the folder holding InclusiveAnalyzers.sln was not found; nothing to smoke-test.");
        return null;
    }

    [Fact]
    public void Scan_of_the_corpus_completes_without_errors_in_bounded_time()
    {
        if (CorpusPath() is not { } corpus)
        {
            return;
        }

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
        if (CorpusPath() is not { } corpus)
        {
            return;
        }

        var before = Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);
        var result = Cli.Run(corpus, "fix", "--dry-run");
        Assert.True(result.ExitCode is 0 or 1, result.Error);
        Assert.All(before, pair => Assert.Equal(pair.Value, File.GetLastWriteTimeUtc(pair.Key)));
    }
}
