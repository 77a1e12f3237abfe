using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using InclusiveAnalyzers.Documents.Analysis;
using InclusiveAnalyzers.Documents.Html;
using InclusiveAnalyzers.Documents.Markdown;
using Markdig;
using InclusiveAnalyzers.Core.Selection;

namespace InclusiveAnalyzers.Documents.Benchmarks;

/// <summary>
/// In-process throughput, one thread: the whole scan, and its parts (parsing alone, wording alone)
/// so a regression can be placed. Throughput = the set's bytes / the mean time (printed by Program).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class ScanBenchmarks
{
    private DocumentSet set = null!;
    private DocumentScanner scanner = null!;
    private readonly MarkdownPipeline pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseGenericAttributes().UsePreciseSourceLocation().Build();
    private readonly HtmlParser htmlParser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });

    [Params("corpus-md", "corpus-html", "python-html")]
    public string Set { get; set; } = "corpus-md";

    [GlobalSetup]
    public void Setup()
    {
        set = DocumentSet.Load(Set) ?? new DocumentSet(Set, Array.Empty<(string, string)>(), 0);
        scanner = new DocumentScanner(new DocumentScanOptions());
    }

    [Benchmark(Description = "full scan")]
    public int Scan()
    {
        int count = 0;
        foreach (var (path, text) in set.Documents) count += scanner.Scan(path, text).Count;
        return count;
    }

    [Benchmark(Description = "parse only (Markdig / AngleSharp)", Baseline = true)]
    public int ParseOnly()
    {
        int count = 0;
        foreach (var (path, text) in set.Documents)
        {
            count += DocumentScanner.KindOf(path) == FileKind.Markdown
                ? Markdig.Markdown.Parse(text, pipeline).Count
                : htmlParser.ParseDocument(text).ChildElementCount;
        }
        return count;
    }

    [Benchmark(Description = "wording only")]
    public int WordingOnly()
    {
        int count = 0;
        var options = new DocumentScanOptions();
        foreach (var (path, text) in set.Documents)
        {
            var context = new DocumentContext(path, path, text, DocumentScanner.KindOf(path), options) { WordingOnly = true };
            if (context.Kind == FileKind.Markdown) MarkdownDocumentAnalyzer.Analyze(context);
            else HtmlDocumentAnalyzer.Analyze(context);
            count += context.Findings.Count;
        }
        return count;
    }
}
