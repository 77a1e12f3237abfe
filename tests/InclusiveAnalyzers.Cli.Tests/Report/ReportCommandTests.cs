using System.Text.Json;

namespace InclusiveAnalyzers.Cli.Tests.Report;

/// <summary>inclusive report: the same numbers as scan, the page's shape, the options, and --merge.</summary>
public sealed class ReportCommandTests
{
    internal static TempFolder Sample()
    {
        var folder = new TempFolder();
        folder.MakeRepository();
        folder.Write("README.md", "# Sample\n\nThe master sends writes to each slave. Add hosts to the whitelist.\n\n![](diagram.png)\n");
        folder.Write("docs/guide.md", "# Guide\n\n### Skipped a level\n\nRun a sanity check. [click here](https://example.org)\n");
        folder.Write("src/Node.cs", "public class MasterNode { public int Whitelist; }\n");
        folder.Write("CODE_OF_CONDUCT.md", "# Code of conduct\n\nBe nice. Report problems to [INSERT EMAIL].\n");
        return folder;
    }

    [Fact]
    public void The_page_total_is_scan_json_total_on_the_same_tree()
    {
        using var folder = Sample();
        var scan = Cli.Run(folder.Path, "scan", ".", "--format", "json");
        using var scanJson = scan.Json();
        var report = Cli.Run(folder.Path, "report", ".", "--format", "json");
        Assert.True(report.ExitCode == 0, report.ToString());
        using var json = report.Json();
        var summary = json.RootElement.GetProperty("summary");
        var total = scanJson.RootElement.GetProperty("summary").GetProperty("findings").GetInt32();
        Assert.True(total > 5);
        Assert.Equal(total, summary.GetProperty("total").GetInt32());
        Assert.Equal(total, summary.GetProperty("families").EnumerateObject().Sum(p => p.Value.GetInt32()));
        Assert.Equal(scanJson.RootElement.GetProperty("summary").GetProperty("errors").GetInt32(), summary.GetProperty("errors").GetInt32());
        Assert.True(summary.GetProperty("families").GetProperty("code").GetInt32() >= 2);
        Assert.True(summary.GetProperty("categories").GetProperty("racial").GetInt32() >= 4);
        Assert.Equal("inclusive fix .", json.RootElement.GetProperty("nextSteps").GetProperty("command").GetString());
        Assert.True(json.RootElement.GetProperty("nextSteps").GetProperty("fixable").GetInt32() >= 4);
        Assert.NotEmpty(json.RootElement.GetProperty("codeOfConduct").GetProperty("files").EnumerateArray());
        Assert.Empty(json.RootElement.GetProperty("history").EnumerateArray());
        var worst = json.RootElement.GetProperty("worstFiles").EnumerateArray().Select(f => f.GetProperty("findings").GetInt32()).ToList();
        Assert.True(worst.Count >= 3);
        Assert.Equal(worst.OrderByDescending(n => n), worst);
    }

    [Fact]
    public void The_html_page_is_one_file_that_loads_nothing_and_shows_the_totals()
    {
        using var folder = Sample();
        using var scanJson = Cli.Run(folder.Path, "scan", ".", "--format", "json").Json(); // before the page exists in the tree
        var total = scanJson.RootElement.GetProperty("summary").GetProperty("findings").GetInt32();
        var result = Cli.Run(folder.Path, "report");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("wrote inclusive-report.html", result.Error);
        Assert.Contains("open it in a browser: file://", result.Error);
        var html = folder.Read("inclusive-report.html");

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", html.Replace("\r\n", "\n"));
        Assert.Contains($"id=\"total-total\" data-value=\"{total}\"", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<link", html);
        Assert.DoesNotContain("src=", html);
        Assert.DoesNotContain("@import", html);
        Assert.DoesNotContain("url(", html);
        Assert.Contains("default-src 'none'", html);
        Assert.Contains("<svg", html);
        Assert.Contains("<title id=\"chart-families-title\">", html);
        Assert.Contains("<desc id=\"chart-families-desc\">", html);
        Assert.Contains("<caption>Findings by family</caption>", html);
        // Headings in order: one h1, and no h3 before the first h2.
        Assert.Equal(1, CountOf(html, "<h1"));
        Assert.True(html.IndexOf("<h2", StringComparison.Ordinal) < html.IndexOf("<h3", StringComparison.Ordinal));
        Assert.Contains("INSERT EMAIL", html.Replace("[", "").Replace("]", "")); // the code of conduct's placeholder is named
    }

    [Fact]
    public void Findings_text_is_escaped_in_the_page()
    {
        using var folder = new TempFolder();
        folder.Write("a <b>&.md", "# T\n\nThe slave <script>alert(1)</script> waits.\n");
        Assert.Equal(0, Cli.Run(folder.Path, "report", "-o", "page.html").ExitCode);
        var html = folder.Read("page.html");
        Assert.Contains("a &lt;b&gt;&amp;.md", html);
        Assert.DoesNotContain("<script", html);
    }

    [Theory]
    [InlineData("--history", "0")]
    [InlineData("--history", "x")]
    [InlineData("--history", "1001")]
    [InlineData("--format", "sarif")]
    [InlineData("--format", "text2")]
    [InlineData("--fail-on", "error")]
    public void Bad_options_are_usage_errors(string option, string value)
    {
        using var folder = new TempFolder();
        var result = Cli.Run(folder.Path, "report", option, value);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("inclusive report --help", result.Error);
    }

    [Fact]
    public void Merge_takes_no_history_and_scan_takes_no_html()
    {
        using var folder = new TempFolder();
        Assert.Equal(2, Cli.Run(folder.Path, "report", "--merge", "--history", "3", "a.sarif").ExitCode);
        Assert.Equal(2, Cli.Run(folder.Path, "scan", "--format", "html").ExitCode);
        Assert.Equal(2, Cli.Run(folder.Path, "report", "--merge").ExitCode);
        Assert.Equal(2, Cli.Run(folder.Path, "report", "--merge", "missing.sarif").ExitCode);
    }

    [Fact]
    public void Help_lists_report()
    {
        Assert.Contains("inclusive report [PATH] [--history N]", Cli.Run(".", "--help").Out);
        Assert.Contains("--merge", Cli.Run(".", "report", "--help").Out);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
