using InclusiveAnalyzers.Core.Policy;
using System.Text.Json;
using InclusiveAnalyzers.Build.Tests.Infrastructure;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace InclusiveAnalyzers.Build.Tests.Reporting;

/// <summary>The build logs a page template's finding once (with the count); the ErrorLog keeps every copy.</summary>
public sealed class FoldingTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly FakeBuildEngine engine = new();

    public void Dispose() => folder.Dispose();

    /// <summary>A link a site template writes on every page with an empty href (a menu toggle): INCL332 on every page.</summary>
    private static string Page(string title) =>
        $"<!DOCTYPE html>\n<html lang=\"en\">\n<head><title>{title}</title></head>\n<body>\n<nav class=\"crumbs\">\n<a href=\"\">Menu</a>\n</nav>\n<main><h1>{title}</h1><p>About {title}.</p></main>\n</body>\n</html>\n";

    private string[] Pages(int count)
    {
        var names = new string[count];
        for (var i = 0; i < count; i++)
        {
            names[i] = $"docs/page{i + 1}.html";
            folder.Write("App/" + names[i], Page($"Page {i + 1}"));
        }

        return names;
    }

    private ScanDocuments Task(string[] documents, bool fold = true) => new()
    {
        BuildEngine = engine,
        ProjectDirectory = folder.Combine("App"),
        Documents = documents.Select(d => (ITaskItem)new TaskItem(d)).ToArray(),
        CacheFile = folder.Combine("App/obj/InclusiveAnalyzers.documents.cache"),
        FoldRepeatedFindings = fold,
    };

    private List<BuildWarningEventArgs> Empty() => engine.Warnings.Where(w => w.Code == "INCL332").ToList();

    [Fact]
    public void A_template_finding_is_one_warning_with_the_count()
    {
        var task = Task(Pages(5));
        Assert.True(task.Execute());

        var warning = Assert.Single(Empty());
        Assert.Equal(folder.Combine("App/docs/page1.html"), warning.File);
        Assert.Equal(6, warning.LineNumber);
        Assert.Contains("(the same markup in 5 documents; also in docs/page2.html, docs/page3.html, docs/page4.html and 1 more)", warning.Message);
        Assert.Equal(4, task.FoldedCount);
        Assert.Contains(engine.Messages, m => m.Message!.Contains("4 more copies of findings repeated in 3 or more documents", StringComparison.Ordinal));
    }

    [Fact]
    public void Fold_off_logs_every_copy()
    {
        var task = Task(Pages(5), fold: false);
        Assert.True(task.Execute());

        Assert.Equal(5, Empty().Count);
        Assert.All(Empty(), w => Assert.DoesNotContain("the same markup", w.Message));
        Assert.Equal(0, task.FoldedCount);
    }

    [Fact]
    public void Fold_off_logs_every_repeat_of_an_outline_decision_even_from_the_cache()
    {
        // A changelog with every release at level 1: one INCL322 by default; every repeat with the fold off,
        // also when the folded findings of an earlier build are in the cache.
        var lines = new List<string>();
        for (var i = 12; i > 0; i--)
        {
            lines.AddRange(new[] { $"# 3.{i}.0", "", "- Fixed a thing.", "" });
        }

        folder.Write("App/docs/CHANGELOG.md", string.Join("\n", lines));
        var documents = new[] { "docs/CHANGELOG.md" };
        Assert.True(Task(documents).Execute());
        Assert.Single(engine.Warnings, w => w.Code == "INCL322");

        engine.Warnings.Clear();
        Assert.True(Task(documents, fold: false).Execute());
        Assert.Equal(11, engine.Warnings.Count(w => w.Code == "INCL322"));
    }

    [Fact]
    public void Two_documents_are_logged_apart()
    {
        Assert.True(Task(Pages(2)).Execute());
        Assert.Equal(2, Empty().Count);
    }

    [Fact]
    public void Findings_from_the_cache_fold_too()
    {
        var pages = Pages(4);
        Assert.True(Task(pages).Execute());
        engine.Warnings.Clear();

        var again = Task(pages);
        Assert.True(again.Execute());
        Assert.Equal(4, again.CachedCount);
        Assert.Contains("the same markup in 4 documents", Assert.Single(Empty()).Message);
    }

    [Fact]
    public void A_suppressed_or_silenced_copy_is_not_counted()
    {
        var pages = Pages(4);
        var suppressed = folder.Combine("App/docs/page2.html");
        File.WriteAllText(suppressed, File.ReadAllText(suppressed).Replace("<a href=\"\">", "<!-- inclusive-disable-next-line INCL332 -->\n<a href=\"\">"));
        folder.Write(".editorconfig", "root = true\n[**/page3.html]\ndotnet_diagnostic.INCL332.severity = none\n");

        Assert.True(Task(pages).Execute());

        // Two copies are left: below the threshold, each is logged.
        Assert.Equal(new[] { "page1.html", "page4.html" }, Empty().Select(w => Path.GetFileName(w.File)));
    }

    [Fact]
    public void Copies_at_different_levels_are_logged_apart()
    {
        var pages = Pages(6);
        folder.Write(".editorconfig", "root = true\n" + string.Concat(new[] { 1, 2, 3 }.Select(i => $"[**/page{i}.html]\ndotnet_diagnostic.INCL332.severity = error\n")));

        Assert.False(Task(pages).Execute());

        Assert.Contains("the same markup in 3 documents", Assert.Single(engine.Errors, e => e.Code == "INCL332").Message);
        Assert.Contains("the same markup in 3 documents", Assert.Single(Empty()).Message);
    }

    [Fact]
    public void The_error_log_keeps_every_copy()
    {
        var task = Task(Pages(4));
        task.ErrorLog = folder.Combine("App/obj/build.sarif") + ",version=2.1";
        Assert.True(task.Execute());

        Assert.Single(Empty());
        using var sarif = JsonDocument.Parse(File.ReadAllText(folder.Combine("App/obj/build.sarif")));
        var results = sarif.RootElement.GetProperty("runs").EnumerateArray().Last().GetProperty("results").EnumerateArray()
            .Where(r => r.GetProperty("ruleId").GetString() == "INCL332").ToList();
        Assert.Equal(4, results.Count);
    }
}
