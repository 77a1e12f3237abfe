using System.Diagnostics;
using System.Text;

namespace InclusiveAnalyzers.Documents.Tests;

/// <summary>Hostile input gives a message, never a crash or a hang. Inputs are generated here.</summary>
public class RobustnessTests
{
    private const int Depth = 10_000;
    // Each case takes well under a second of work (the HTML pre-check keeps deep HTML linear), so a
    // loaded machine has room to spare while a real hang, or quadratic parsing of 10,000 levels, still fails.
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);
    private static readonly int UnderHtmlLimit = InclusiveAnalyzers.Documents.Parsing.HtmlNesting.MaxOpenElements - 24;

    private static IReadOnlyList<Core.Finding> Timed(string path, string text)
    {
        // The scan's own CPU time: wall time on a loaded machine measured the machine (10.1 s at load 50).
        var start = InclusiveAnalyzers.TestSupport.Linearity.ThreadMilliseconds();
        var findings = new DocumentScanner(new DocumentScanOptions()).Scan(path, text);
        var took = InclusiveAnalyzers.TestSupport.Linearity.ThreadMilliseconds() - start;
        Assert.True(took < Bound.TotalMilliseconds, $"took {took:F0} ms of CPU");
        return findings;
    }

    [Fact]
    public void Html_nested_up_to_the_limit_is_checked()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < UnderHtmlLimit / 2; i++) sb.Append("<div>");
        sb.Append("<img src=\"deep.png\"><a href=\"/x\">");
        for (int i = 0; i < UnderHtmlLimit / 2; i++) sb.Append("<span>");
        sb.Append("</a>");
        var findings = Timed("deep.html", sb.ToString());
        Assert.Contains(findings, f => f.RuleId == "INCL301");
        Assert.Contains(findings, f => f.RuleId == "INCL331");
    }

    [Fact]
    public void Html_lists_and_headings_nested_up_to_the_limit_are_checked()
    {
        var sb = new StringBuilder("<h1>Top</h1>");
        for (int i = 0; i < UnderHtmlLimit; i++) sb.Append("<ul><li>");
        sb.Append("<h2><span>x</span></h2>");
        Assert.DoesNotContain(Timed("lists.html", sb.ToString()), f => f.RuleId == "INCL002");
    }

    [Theory]
    [InlineData("<div>")]
    [InlineData("<ul><li>")]
    [InlineData("<section><h2>x</h2>")]
    public void Html_nested_deeper_gives_a_message_quickly(string unit)
    {
        var sb = new StringBuilder("<h1>Top</h1>");
        for (int i = 0; i < Depth; i++) sb.Append(unit);
        sb.Append("<img src=\"deep.png\">");
        var skipped = Assert.Single(Timed("deep.html", sb.ToString()));
        Assert.Equal("INCL002", skipped.RuleId);
        Assert.Contains("nested too deeply", skipped.Message);
    }

    [Fact]
    public void Html_with_thousands_of_unclosed_paragraphs_and_items_is_checked()
    {
        var sb = new StringBuilder("<h1>Top</h1><ul>");
        for (int i = 0; i < Depth; i++) sb.Append("<li><p>item ").Append(i);
        sb.Append("</ul><img src=\"a.png\">");
        var findings = Timed("flat.html", sb.ToString());
        Assert.DoesNotContain(findings, f => f.RuleId == "INCL002");
        Assert.Contains(findings, f => f.RuleId == "INCL301");
    }

    [Theory]
    [InlineData("quotes")]
    [InlineData("lists")]
    [InlineData("ordered")]
    [InlineData("emphasis")]
    public void Deeply_nested_markdown_gives_a_message(string shape)
    {
        var sb = new StringBuilder();
        switch (shape)
        {
            case "quotes": sb.Append('>', Depth).Append(" text\n"); break;
            case "lists": for (int i = 0; i < Depth; i++) sb.Append("- "); sb.Append("item\n"); break;
            case "ordered": for (int i = 0; i < Depth; i++) sb.Append("1. "); sb.Append("item\n"); break;
            case "emphasis": for (int i = 0; i < Depth; i++) sb.Append("*a _b "); sb.Append('\n'); break;
        }
        var findings = Timed("deep.md", sb.ToString());
        var skipped = Assert.Single(findings);
        Assert.Equal("INCL002", skipped.RuleId);
        Assert.Contains("nested too deeply", skipped.Message);
    }

    [Fact]
    public void Deep_link_brackets_and_raw_html_in_markdown_are_checked()
    {
        var text = new string('[', Depth) + "x" + new string(']', Depth) + "(u)\n\n" + string.Concat(Enumerable.Repeat("<div>", UnderHtmlLimit)) + "\n\n<img src=\"a.png\">\n";
        var findings = Timed("deep.md", text);
        Assert.DoesNotContain(findings, f => f.RuleId == "INCL002");
        Assert.Contains(findings, f => f.RuleId == "INCL301");
    }

    [Fact]
    public void Raw_html_in_markdown_nested_deeper_gives_a_message()
    {
        var text = "# Deep\n\n" + string.Concat(Enumerable.Repeat("<div>", Depth)) + "\n\n<img src=\"a.png\">\n";
        var skipped = Assert.Single(Timed("deep.md", text));
        Assert.Equal("INCL002", skipped.RuleId);
        Assert.Contains("nested too deeply", skipped.Message);
    }

    [Fact]
    public void Fixer_leaves_unparseable_markdown_unchanged()
    {
        var text = new string('>', Depth) + " the whitelist\n";
        Assert.Same(text, DocumentFixer.Fix("deep.md", text, Core.Configuration.InclusiveSettings.Default));
    }

    [Fact]
    public void A_100_MB_file_is_refused_quickly()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "huge.md");
        using (var stream = File.Create(path)) stream.SetLength(100L * 1024 * 1024);
        var watch = Stopwatch.StartNew();
        var finding = new DocumentScanner(new DocumentScanOptions()).ScanFile(path).Single();
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
        Assert.Equal("INCL002", finding.RuleId);
        Assert.Contains("100 MB", finding.Message);
        Assert.Contains("10 MB limit", finding.Message);
    }

    [Fact]
    public void Large_text_under_a_raised_limit_is_scanned_in_bounded_time()
    {
        // 6 MB of realistic Markdown with the limit raised: checked, not refused, and not quadratic.
        var block = "## Section\n\nSome prose with a [link](https://example.org) and `code` and the whitelist.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n";
        var text = "# Big\n\n" + string.Concat(Enumerable.Repeat(block, 6 * 1024 * 1024 / block.Length));
        var watch = Stopwatch.StartNew();
        var findings = new DocumentScanner(new DocumentScanOptions { MaxFileBytes = 64L * 1024 * 1024 }).Scan("big.md", text);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"took {watch.Elapsed}");
        Assert.Contains(findings, f => f.RuleId == "INCL201");
    }

    [Theory]
    [InlineData("<")]
    [InlineData("<!--")]
    [InlineData("<a href=\"")]
    [InlineData("---\n")]
    [InlineData("+++\ntitle = \"x\"")]
    [InlineData("[x]: ")]
    [InlineData("|")]
    [InlineData("\0\0\0")]
    [InlineData("\uD800 lone surrogate")]
    [InlineData("")]
    public void Truncated_and_odd_inputs_never_throw(string text)
    {
        foreach (var path in new[] { "a.md", "a.html", "a.txt" })
        {
            var findings = new DocumentScanner(new DocumentScanOptions()).Scan(path, text);
            Assert.DoesNotContain(findings, f => f.RuleId == "INCL002" && f.Message.Contains("internal error"));
        }
    }
}
