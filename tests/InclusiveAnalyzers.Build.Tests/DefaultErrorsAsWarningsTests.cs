using InclusiveAnalyzers.Build.Tests.Infrastructure;
using InclusiveAnalyzers.Core;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace InclusiveAnalyzers.Build.Tests;

/// <summary>
/// InclusiveDocumentErrorsAsWarnings: a finding that is an error only by its rule's default is a
/// warning, so adding the package never fails a build; every error the user chose still fails it.
/// </summary>
public sealed class DefaultErrorsAsWarningsTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly FakeBuildEngine engine = new();
    private readonly FakeDocumentScan scan;

    public DefaultErrorsAsWarningsTests()
    {
        // As the scanner does: an image without alt text at the rule's default severity (error), the full path and one relative to the repository root.
        scan = new FakeDocumentScan(path => new[]
        {
            new Finding("INCL301", Severity.Error, "Add alternative text to the image.", path, 5, 1, 5, 13) { DisplayPath = Path.GetRelativePath(folder.Path, path).Replace('\\', '/') },
        });
    }

    public void Dispose() => folder.Dispose();

    private ScanDocuments Task(params string[] documents) => new()
    {
        BuildEngine = engine,
        ScanFactory = (s, _, _) => scan.Using(s),
        RepositoryRoot = folder.Path,
        ProjectDirectory = folder.Combine("App"),
        Documents = documents.Select(d => (ITaskItem)new TaskItem(d)).ToArray(),
    };

    [Fact]
    public void By_default_an_error_from_the_rule_default_is_a_warning_and_the_build_goes_on()
    {
        var guide = folder.Write("App/guide.md", "# Guide");
        var task = Task("guide.md");

        Assert.True(task.Execute());

        var warning = Assert.Single(engine.Warnings);
        Assert.Equal(("INCL301", guide, 5), (warning.Code, warning.File, warning.LineNumber));
        Assert.Empty(engine.Errors);
        Assert.Equal(1, task.DefaultErrorsReportedAsWarnings);
        Assert.Contains("InclusiveDocumentErrorsAsWarnings", engine.AllMessages);
    }

    [Fact]
    public void Switched_off_the_default_error_fails_the_build()
    {
        folder.Write("App/guide.md", "# Guide");
        var task = Task("guide.md");
        task.DefaultErrorsAsWarnings = false;

        Assert.False(task.Execute());

        Assert.Equal("INCL301", Assert.Single(engine.Errors).Code);
        Assert.Empty(engine.Warnings);
        Assert.Equal(0, task.DefaultErrorsReportedAsWarnings);
    }

    [Theory]
    [InlineData("dotnet_diagnostic.INCL301.severity = error")]
    [InlineData("dotnet_analyzer_diagnostic.category-Accessibility.severity = error")]
    [InlineData("dotnet_analyzer_diagnostic.severity = error")]
    public void An_error_chosen_in_editorconfig_fails_the_build(string line)
    {
        folder.Write("App/guide.md", "# Guide");
        folder.Write(".editorconfig", "root = true\n[*.md]\n" + line + "\n");

        Assert.False(Task("guide.md").Execute());

        Assert.Equal("INCL301", Assert.Single(engine.Errors).Code);
        Assert.Empty(engine.Warnings);
    }

    [Fact]
    public void An_editorconfig_default_leaves_the_rule_to_its_default()
    {
        folder.Write("App/guide.md", "# Guide");
        folder.Write(".editorconfig", "root = true\n[*.md]\ndotnet_diagnostic.INCL301.severity = default\n");

        Assert.True(Task("guide.md").Execute());

        Assert.Equal("INCL301", Assert.Single(engine.Warnings).Code);
    }

    [Fact]
    public void An_error_chosen_in_inclusive_json_fails_the_build_where_it_applies()
    {
        folder.Write("App/guide.md", "# Guide");
        folder.Write("App/site/index.md", "# Site");
        var config = folder.Write("inclusive.json", """{ "overrides": [ { "files": ["App/site/**"], "rules": { "INCL301": "error" } } ] }""");
        var task = Task("guide.md", "site/index.md");
        task.ConfigFile = config;

        Assert.False(task.Execute());

        Assert.EndsWith("index.md", Assert.Single(engine.Errors).File);
        Assert.EndsWith("guide.md", Assert.Single(engine.Warnings).File);
    }

    [Fact]
    public void WarningsAsErrors_and_TreatWarningsAsErrors_still_promote_and_NoWarn_still_hides()
    {
        folder.Write("App/guide.md", "# Guide");

        var listed = Task("guide.md");
        listed.WarningsAsErrors = "INCL301";
        Assert.False(listed.Execute());
        Assert.Single(engine.Errors);
        Assert.Equal(0, listed.DefaultErrorsReportedAsWarnings);
        engine.Errors.Clear();

        var strict = Task("guide.md");
        strict.TreatWarningsAsErrors = true;
        Assert.False(strict.Execute());
        Assert.Single(engine.Errors);
        engine.Errors.Clear();

        var hidden = Task("guide.md");
        hidden.NoWarn = "INCL301";
        Assert.True(hidden.Execute());
        Assert.Empty(engine.Errors);
        Assert.Empty(engine.Warnings);
        Assert.Equal(0, hidden.DefaultErrorsReportedAsWarnings);
    }

    [Fact]
    public void An_error_on_a_rule_that_defaults_to_warning_is_kept()
    {
        // An INCL201 error can only come from the user's inclusive.json (a term's own severity).
        var wording = new FakeDocumentScan(path => new[] { new Finding("INCL201", Severity.Error, "Use 'primary'.", path, 1, 1, 1, 7) });
        folder.Write("App/guide.md", "# Guide");
        var task = Task("guide.md");
        task.ScanFactory = (s, _, _) => wording.Using(s);

        Assert.False(task.Execute());

        Assert.Equal("INCL201", Assert.Single(engine.Errors).Code);
    }

    [Fact]
    public void The_sarif_log_has_the_level_as_reported()
    {
        folder.Write("App/guide.md", "# Guide");
        var task = Task("guide.md");
        task.ErrorLog = "out/build.sarif,version=2.1";

        Assert.True(task.Execute());

        var text = File.ReadAllText(folder.Combine("App/out/build.sarif"));
        Assert.Contains("\"ruleId\":\"INCL301\"", text);
        Assert.Contains("\"level\":\"warning\"", text);
        Assert.DoesNotContain("\"level\":\"error\",\"message\"", text);
    }
}
