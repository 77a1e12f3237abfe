using System.Text.Json;

namespace InclusiveAnalyzers.Cli.Tests.Reporting;

/// <summary>Template findings: the same rule on the same markup in 3 or more documents is printed once with the count.</summary>
public class FoldingTests
{
    private const string Empty = "INCL332";

    /// <summary>A page with a menu link that its site template writes with an empty href (INCL332 on every page).</summary>
    private static string Page(string title) =>
        $"<!DOCTYPE html>\n<html lang=\"en\">\n<head><title>{title}</title></head>\n<body>\n<nav class=\"crumbs\">\n<a href=\"\">Menu</a>\n</nav>\n<main><h1>{title}</h1><p>Text about {title}.</p></main>\n</body>\n</html>\n";

    private static TempFolder Site(int pages)
    {
        var folder = new TempFolder();
        for (var i = 1; i <= pages; i++)
        {
            folder.Write(i % 2 == 0 ? $"guide/page{i}.html" : $"page{i}.html", Page($"Page {i}"));
        }

        return folder;
    }

    private static string[] Lines(string output, string ruleId) =>
        output.Split('\n').Where(l => l.Contains(" " + ruleId + " ", StringComparison.Ordinal)).ToArray();

    [Fact]
    public void Text_prints_a_template_finding_once_with_the_count_and_other_pages()
    {
        using var folder = Site(4);
        var result = Cli.Run(folder.Path, "scan");

        var line = Assert.Single(Lines(result.Out, Empty));
        Assert.StartsWith("guide/page2.html:6:1: warning INCL332 ", line);
        Assert.Contains("(the same markup in 4 documents; also in guide/page4.html, page1.html, page3.html)", line);
        Assert.Contains("4 problems (", result.Out);
        Assert.Contains("4 of them are 1 repeated finding in 3 or more documents, each printed once (--no-fold prints every copy).", result.Out);
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void No_fold_prints_every_copy()
    {
        using var folder = Site(4);
        var result = Cli.Run(folder.Path, "scan", "--no-fold");

        Assert.Equal(4, Lines(result.Out, Empty).Length);
        Assert.DoesNotContain("the same markup", result.Out);
        Assert.DoesNotContain("repeated finding", result.Out);
    }

    [Fact]
    public void No_fold_also_lists_every_repeat_of_an_outline_decision_in_one_document()
    {
        // A changelog with every release at level 1 and its sections at level 3: one decision, folded in the
        // document by default (INCL322 on the second release, INCL320 on the first section), every copy without.
        using var folder = new TempFolder();
        var lines = new List<string>();
        for (var i = 12; i > 0; i--)
        {
            lines.AddRange(new[] { $"# 3.{i}.0", "", "### Bug fixes", "", "- Fixed a thing.", "" });
        }

        folder.Write("CHANGELOG.md", string.Join("\n", lines));

        var folded = Cli.Run(folder.Path, "scan", "--format", "json").Json();
        var all = Cli.Run(folder.Path, "scan", "--format", "json", "--no-fold").Json();
        Assert.Equal(2, Count(folded, "INCL320") + Count(folded, "INCL322"));
        Assert.Equal(12, Count(all, "INCL320"));
        Assert.Equal(11, Count(all, "INCL322"));

        static int Count(JsonDocument json, string ruleId) =>
            json.RootElement.GetProperty("findings").EnumerateArray().Count(f => f.GetProperty("ruleId").GetString() == ruleId);
    }

    [Fact]
    public void Two_documents_are_not_a_template()
    {
        using var folder = Site(2);
        var lines = Lines(Cli.Run(folder.Path, "scan").Out, Empty);
        Assert.Equal(2, lines.Length);
        Assert.All(lines, l => Assert.DoesNotContain("the same markup", l));
    }

    [Fact]
    public void Different_markup_with_the_same_rule_does_not_fold()
    {
        // The empty link sits in another element in each page: not one template's element.
        using var other = new TempFolder();
        for (var i = 1; i <= 4; i++)
        {
            other.Write($"p{i}.html", Page($"P {i}").Replace("class=\"crumbs\"", $"class=\"crumbs-{i}\""));
        }

        Assert.Equal(4, Lines(Cli.Run(other.Path, "scan").Out, Empty).Length);
    }

    [Fact]
    public void Relative_links_that_differ_only_in_depth_fold()
    {
        using var folder = new TempFolder();
        folder.Write("a.html", Page("A").Replace("<a href=\"\">", "<a href=\"\" data-home=\"static/home.html\">"));
        folder.Write("b/b.html", Page("B").Replace("<a href=\"\">", "<a href=\"\" data-home=\"../static/home.html\">"));
        folder.Write("c/d/c.html", Page("C").Replace("<a href=\"\">", "<a href=\"\" data-home=\"../../static/home.html\">"));

        Assert.Single(Lines(Cli.Run(folder.Path, "scan").Out, Empty));
    }

    [Fact]
    public void The_same_word_in_different_sentences_does_not_fold_but_a_repeated_line_does()
    {
        using var folder = new TempFolder();
        for (var i = 1; i <= 4; i++)
        {
            folder.Write($"doc{i}.md", $"# Doc {i}\n\nStep {i} adds host {i} to the whitelist.\n\nMaintained by the whitelist team.\n");
        }

        var lines = Lines(Cli.Run(folder.Path, "scan").Out, "INCL201");
        Assert.Equal(5, lines.Length);
        Assert.Single(lines, l => l.Contains("(the same markup in 4 documents", StringComparison.Ordinal));
        Assert.Equal(4, lines.Count(l => l.Contains(":3:", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_suppressed_copy_drops_out_of_the_count()
    {
        using var folder = Site(4);
        var suppressed = folder["page3.html"];
        File.WriteAllText(suppressed, File.ReadAllText(suppressed).Replace("<a href=\"\">", "<!-- inclusive-disable-next-line INCL332 -->\n<a href=\"\">"));

        var line = Assert.Single(Lines(Cli.Run(folder.Path, "scan").Out, Empty));
        Assert.Contains("the same markup in 3 documents; also in guide/page4.html, page1.html)", line);

        // With a second page suppressed, two copies are left: no longer a template's.
        var second = folder["page1.html"];
        File.WriteAllText(second, File.ReadAllText(second).Replace("<a href=\"\">", "<!-- inclusive-disable-next-line INCL332 -->\n<a href=\"\">"));
        Assert.Equal(2, Lines(Cli.Run(folder.Path, "scan").Out, Empty).Length);
    }

    [Fact]
    public void Copies_at_different_severities_fold_apart()
    {
        using var folder = Site(6);
        folder.Write(".editorconfig", "root = true\n[guide/**]\ndotnet_diagnostic.INCL332.severity = error\n");
        var lines = Lines(Cli.Run(folder.Path, "scan").Out, Empty);

        Assert.Equal(2, lines.Length);
        Assert.Single(lines, l => l.Contains(": error INCL332", StringComparison.Ordinal) && l.Contains("3 documents", StringComparison.Ordinal));
        Assert.Single(lines, l => l.Contains(": warning INCL332", StringComparison.Ordinal) && l.Contains("3 documents", StringComparison.Ordinal));
    }

    [Fact]
    public void GitHub_annotates_the_first_copy_once()
    {
        using var folder = Site(5);
        var output = Cli.Run(folder.Path, "scan", "--format", "github").Out;
        var annotation = Assert.Single(output.Split('\n'), l => l.Contains("title=INCL332", StringComparison.Ordinal));
        Assert.StartsWith("::warning file=guide/page2.html,line=6,", annotation);
        Assert.Contains("the same markup in 5 documents; also in guide/page4.html, page1.html, page3.html and 1 more)", annotation);

        var all = Cli.Run(folder.Path, "scan", "--format", "github", "--no-fold").Out;
        Assert.Equal(5, all.Split('\n').Count(l => l.Contains("title=INCL332", StringComparison.Ordinal)));
    }

    [Fact]
    public void Sarif_has_one_result_with_the_other_copies_as_related_locations()
    {
        using var folder = Site(4);
        using var sarif = Cli.Run(folder.Path, "scan", "--format", "sarif").Json();
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Where(r => r.GetProperty("ruleId").GetString() == Empty).ToList();

        var result = Assert.Single(results);
        Assert.Equal("guide/page2.html", result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        var related = result.GetProperty("relatedLocations").EnumerateArray().ToList();
        Assert.Equal(new[] { "guide/page4.html", "page1.html", "page3.html" },
            related.Select(r => r.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()));
        Assert.All(related, r => Assert.Equal(6, r.GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32()));
        Assert.Equal(new[] { 1, 2, 3 }, related.Select(r => r.GetProperty("id").GetInt32()));
        var properties = result.GetProperty("properties");
        Assert.Equal(4, properties.GetProperty("foldedCount").GetInt32());
        Assert.Equal(4, properties.GetProperty("foldedDocuments").GetInt32());
        Assert.StartsWith("INCL332-", properties.GetProperty("foldKey").GetString());
    }

    [Fact]
    public void Sarif_with_no_fold_has_a_result_per_copy_and_no_related_locations()
    {
        using var folder = Site(4);
        using var sarif = Cli.Run(folder.Path, "scan", "--format", "sarif", "--no-fold").Json();
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Where(r => r.GetProperty("ruleId").GetString() == Empty).ToList();

        Assert.Equal(4, results.Count);
        Assert.All(results, r => Assert.False(r.TryGetProperty("relatedLocations", out _)));
    }

    [Fact]
    public void Json_keeps_every_copy_with_its_fold_key()
    {
        using var folder = Site(4);
        folder.Write("other.md", "# Other\n\nAdd it to the whitelist.\n");
        using var json = Cli.Run(folder.Path, "scan", "--format", "json").Json();
        var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToList();

        var copies = findings.Where(f => f.GetProperty("ruleId").GetString() == Empty).ToList();
        Assert.Equal(4, copies.Count);
        var keys = copies.Select(f => f.GetProperty("fold").GetProperty("key").GetString()).Distinct().ToList();
        Assert.StartsWith("INCL332-", Assert.Single(keys));
        Assert.All(copies, f => Assert.Equal(4, f.GetProperty("fold").GetProperty("documents").GetInt32()));
        Assert.All(copies, f => Assert.Equal(4, f.GetProperty("fold").GetProperty("occurrences").GetInt32()));
        Assert.False(Assert.Single(findings, f => f.GetProperty("ruleId").GetString() == "INCL201").TryGetProperty("fold", out _));
        Assert.Equal(findings.Count, json.RootElement.GetProperty("summary").GetProperty("findings").GetInt32());
    }
}
