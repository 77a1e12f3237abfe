using System.Diagnostics;
using Xunit.Abstractions;
using InclusiveAnalyzers.Core.Selection;

namespace InclusiveAnalyzers.Documents.Tests;

/// <summary>
/// Every document of ../shared/corpus (real Markdown and HTML written elsewhere): no crash, no
/// internal error, bounded time. Skipped with a message when the corpus is not there.
/// </summary>
public class CorpusSmokeTests
{
    private readonly ITestOutputHelper output;

    public CorpusSmokeTests(ITestOutputHelper output) => this.output = output;

    internal static string? FindCorpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "InclusiveAnalyzers.sln")))
            {
                var corpus = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus"));
                return Directory.Exists(corpus) ? corpus : null;
            }
        }
        return null;
    }

    [Fact]
    public void Corpus_scans_without_errors_in_bounded_time()
    {
        var corpus = FindCorpus();
        if (corpus == null)
        {
            output.WriteLine("SKIPPED: ../shared/corpus next to the folder holding InclusiveAnalyzers.sln was not found; nothing to smoke-test.");
            return;
        }

        var files = Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories)
            .Where(f => DocumentScanner.KindOf(f) != FileKind.Unknown)
            .ToList();
        Assert.NotEmpty(files);
        var scanner = new DocumentScanner(new DocumentScanOptions { RepositoryRoot = corpus });
        var watch = Stopwatch.StartNew();
        var findings = scanner.ScanRepository(corpus, files);
        watch.Stop();

        long bytes = files.Sum(f => new FileInfo(f).Length);
        output.WriteLine($"{files.Count} files, {bytes / 1e6:F1} MB, {findings.Count} findings in {watch.ElapsedMilliseconds} ms");
        foreach (var group in findings.GroupBy(f => f.RuleId).OrderBy(g => g.Key)) output.WriteLine($"  {group.Key}: {group.Count()}");

        Assert.DoesNotContain(findings, f => f.RuleId == "INCL002");
        Assert.All(findings, f => Assert.False(f.Line < 0 || (f.Line > 0 && f.Column < 1), f.ToString()));
        Assert.True(watch.Elapsed < TimeSpan.FromMinutes(2), $"corpus took {watch.Elapsed}");
    }
}
