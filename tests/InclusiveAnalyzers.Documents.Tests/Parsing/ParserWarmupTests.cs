using InclusiveAnalyzers.Documents.Parsing;

namespace InclusiveAnalyzers.Documents.Tests.Parsing;

public class ParserWarmupTests
{
    [Fact]
    public void The_samples_parse_without_a_failure_that_the_background_thread_would_hide()
    {
        // Start() swallows failures; Run() here does not, so a sample that trips a parser limit fails this test.
        ParserWarmup.Run();
    }

    [Fact]
    public void A_scan_after_the_warm_up_finds_what_it_finds_without_it()
    {
        var scanner = new DocumentScanner(new DocumentScanOptions());
        var before = scanner.Scan("a.md", "# Setup\n\nAdd the host to the whitelist.\n\n<img src=\"x.png\">\n").Select(f => f.RuleId).ToList();
        ParserWarmup.Run();
        var after = scanner.Scan("a.md", "# Setup\n\nAdd the host to the whitelist.\n\n<img src=\"x.png\">\n").Select(f => f.RuleId).ToList();
        Assert.Equal(before, after);
        Assert.Contains("INCL201", after);
    }
}
