using InclusiveAnalyzers.Build.Tests.Infrastructure;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace InclusiveAnalyzers.Build.Tests;

/// <summary>The task with the real document checks (InclusiveAnalyzers.Documents) behind it.</summary>
public sealed class RealScanTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly FakeBuildEngine engine = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Markdown_wording_is_a_warning_at_the_word()
    {
        var notes = folder.Write("App/notes.md", "# Notes\n\nHosts on the whitelist may connect.\n");
        var task = new ScanDocuments
        {
            BuildEngine = engine,
            ProjectDirectory = folder.Combine("App"),
            Documents = new ITaskItem[] { new TaskItem("notes.md") },
        };

        Assert.True(task.Execute());

        var warning = Assert.Single(engine.Warnings, w => w.Code == "INCL201");
        Assert.Equal(notes, warning.File);
        Assert.Equal(3, warning.LineNumber);
        Assert.Equal(14, warning.ColumnNumber);
        Assert.Equal(23, warning.EndColumnNumber);
        Assert.Contains("whitelist", warning.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Razor_components_and_views_are_documents()
    {
        var counter = folder.Write("App/Components/Pages/Counter.razor",
            "@page \"/counter\"\n<h1>Counter</h1>\n<img src=\"@Logo\">\n@code {\n    string Logo = \"whitelist.png\";\n}\n");
        var index = folder.Write("App/Views/Home/Index.cshtml", "@{ ViewData[\"Title\"] = \"Home\"; }\n<h1>Home</h1>\n<p>Hosts on the whitelist.</p>\n");
        var task = new ScanDocuments
        {
            BuildEngine = engine,
            ProjectDirectory = folder.Combine("App"),
            Documents = new ITaskItem[] { new TaskItem("Components/Pages/Counter.razor"), new TaskItem("Views/Home/Index.cshtml") },
        };

        Assert.True(task.Execute());

        var image = Assert.Single(engine.Warnings, w => w.Code == "INCL301");
        Assert.Equal((counter, 3, 1), (image.File, image.LineNumber, image.ColumnNumber));
        var wording = Assert.Single(engine.Warnings, w => w.Code == "INCL201");
        Assert.Equal((index, 3), (wording.File, wording.LineNumber));
    }

    [Fact]
    public void An_image_without_alt_text_is_a_warning_by_default_and_an_error_when_asked()
    {
        folder.Write("App/guide.md", "# Guide\n\n![](diagram.png)\n");
        ScanDocuments Task() => new()
        {
            BuildEngine = engine,
            ProjectDirectory = folder.Combine("App"),
            Documents = new ITaskItem[] { new TaskItem("guide.md") },
        };

        Assert.True(Task().Execute());
        Assert.Equal(3, Assert.Single(engine.Warnings, w => w.Code == "INCL301").LineNumber);
        Assert.Empty(engine.Errors);

        var strict = Task();
        strict.DefaultErrorsAsWarnings = false;
        Assert.False(strict.Execute());
        Assert.Equal(3, Assert.Single(engine.Errors, e => e.Code == "INCL301").LineNumber);
    }

    [Fact]
    public void Editorconfig_term_switches_reach_markdown_and_a_changed_editorconfig_is_not_served_from_the_cache()
    {
        folder.Write("App/git.md", "# Git\n\nMerge it into the master branch.\n");
        ScanDocuments Task() => new()
        {
            BuildEngine = engine,
            ProjectDirectory = folder.Combine("App"),
            Documents = new ITaskItem[] { new TaskItem("git.md") },
            CacheFile = "obj/inclusive.cache",
        };

        Assert.True(Task().Execute());
        Assert.Contains(engine.Warnings, w => w.Code == "INCL201");

        engine.Warnings.Clear();
        folder.Write("App/.editorconfig", "root = true\n[*.md]\ninclusive_analyzers.allow = master branch\n");
        var allowed = Task();
        Assert.True(allowed.Execute());
        Assert.DoesNotContain(engine.Warnings, w => w.Code == "INCL201");
        Assert.Equal(1, allowed.ScannedCount);
    }

    [Fact]
    public void Editorconfig_severity_turns_on_a_document_rule_that_is_off_by_default()
    {
        var install = folder.Write("App/install.md", "# Install\n\nSimply run the installer.\n");
        ScanDocuments Task() => new()
        {
            BuildEngine = engine,
            ProjectDirectory = folder.Combine("App"),
            Documents = new ITaskItem[] { new TaskItem("install.md") },
        };

        Assert.True(Task().Execute());
        Assert.DoesNotContain(engine.Warnings, w => w.Code == "INCL202");

        folder.Write("App/.editorconfig", "root = true\n[*.md]\ndotnet_diagnostic.INCL202.severity = warning\n");
        Assert.True(Task().Execute());
        var warning = Assert.Single(engine.Warnings, w => w.Code == "INCL202");
        Assert.Equal(install, warning.File);
        Assert.Equal(3, warning.LineNumber);
    }

    [Fact]
    public void The_repository_scan_reports_a_code_of_conduct_placeholder_with_a_full_path()
    {
        folder.Write("README.md", "# Project\n\nSee the [code of conduct](CODE_OF_CONDUCT.md).\n");
        var conduct = folder.Write("CODE_OF_CONDUCT.md",
            "# Code of Conduct\n\n## Enforcement\n\nReport unacceptable behavior to the community leaders at [INSERT CONTACT METHOD].\n");
        var task = new ScanDocuments
        {
            BuildEngine = engine,
            ScanRepository = true,
            RepositoryRoot = folder.Path,
            ProjectDirectory = folder.Path,
        };

        task.Execute();

        var all = engine.Warnings.Select(w => (w.Code, w.File, w.LineNumber)).Concat(engine.Errors.Select(e => (e.Code, e.File, e.LineNumber))).ToList();
        Assert.Contains(all, d => d.Code == "INCL402" && d.File == conduct && d.LineNumber == 5);
        Assert.All(all, d => Assert.True(Path.IsPathRooted(d.File), d.File));
    }
}
