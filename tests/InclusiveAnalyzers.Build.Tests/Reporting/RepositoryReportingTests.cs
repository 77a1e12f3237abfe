using InclusiveAnalyzers.Build.Tests.Infrastructure;
using InclusiveAnalyzers.Core;
using Microsoft.Build.Framework;

namespace InclusiveAnalyzers.Build.Tests.Reporting;

/// <summary>
/// The repository scan runs in the package's InclusiveAnalyzers.Repository.proj; its findings are handed
/// back to the calling projects and logged by the first one, so the log names a user's project.
/// </summary>
public sealed class RepositoryReportingTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly FakeBuildEngine engine = new();

    public void Dispose() => folder.Dispose();

    private ScanDocuments Repository(FakeDocumentScan scan) => new()
    {
        BuildEngine = engine,
        ScanFactory = (s, _, _) => scan.Using(s),
        ScanRepository = true,
        DeferReporting = true,
        RepositoryRoot = folder.Path,
        ProjectDirectory = folder.Path,
        CacheFile = folder.Combine("obj/InclusiveAnalyzers.repository.cache"),
    };

    private ReportFindings Reporter(ITaskItem[] findings, FakeBuildEngine reporterEngine) => new()
    {
        BuildEngine = reporterEngine,
        Findings = findings,
        ClaimFolder = folder.Combine("obj"),
    };

    private static FakeDocumentScan Scan(string message = "Use 'allowlist' instead of 'whitelist'.", string? file = null) =>
        new(path => new[] { new Finding("INCL201", Severity.Warning, message, file ?? path, 3, 5, 3, 14) });

    [Fact]
    public void Deferred_findings_are_returned_not_logged()
    {
        folder.Write("README.md", "x");
        var task = Repository(Scan());

        Assert.True(task.Execute());

        Assert.Empty(engine.Warnings);
        var item = Assert.Single(task.DeferredFindings, i => i.GetMetadata("Code") == "INCL201");
        Assert.Equal(folder.Combine("README.md"), item.ItemSpec);
        Assert.Equal("Warning", item.GetMetadata("Level"));
        Assert.Equal("3", item.GetMetadata("Line"));
        Assert.NotEmpty(item.GetMetadata("Run"));
    }

    [Fact]
    public void The_first_calling_project_logs_them_with_code_position_and_help_link_and_the_others_do_not()
    {
        folder.Write("README.md", "x");
        var task = Repository(Scan());
        Assert.True(task.Execute());
        var first = new FakeBuildEngine();
        var second = new FakeBuildEngine();

        Assert.True(Reporter(task.DeferredFindings, first).Execute());
        Assert.True(Reporter(task.DeferredFindings, second).Execute());

        var warning = Assert.Single(first.Warnings, w => w.Code == "INCL201");
        Assert.Equal(folder.Combine("README.md"), warning.File);
        Assert.Equal((3, 5, 3, 14), (warning.LineNumber, warning.ColumnNumber, warning.EndLineNumber, warning.EndColumnNumber));
        Assert.Equal("https://github.com/inclusive-analyzers/InclusiveAnalyzers/blob/main/docs/rules/INCL201.md", warning.HelpLink);
        Assert.EndsWith("(https://github.com/inclusive-analyzers/InclusiveAnalyzers/blob/main/docs/rules/INCL201.md)", warning.Message);
        Assert.Empty(second.Warnings);
    }

    [Fact]
    public void A_new_run_is_logged_again_and_forgets_the_old_markers()
    {
        folder.Write("README.md", "x");
        var earlier = Repository(Scan());
        Assert.True(earlier.Execute());
        Assert.True(Reporter(earlier.DeferredFindings, new FakeBuildEngine()).Execute());

        var later = Repository(Scan());
        Assert.True(later.Execute());
        var next = new FakeBuildEngine();
        Assert.True(Reporter(later.DeferredFindings, next).Execute());

        Assert.Contains(next.Warnings, w => w.Code == "INCL201");
        Assert.DoesNotContain(Directory.GetFiles(folder.Combine("obj"), "*.reported"), f => f.Contains(earlier.DeferredFindings[0].GetMetadata("Run")));
    }

    [Fact]
    public void An_error_finding_fails_the_reporting_project()
    {
        folder.Write("README.md", "x");
        folder.Write(".editorconfig", "root = true\n[*.md]\ndotnet_diagnostic.INCL201.severity = error\n");
        var task = Repository(Scan());
        Assert.True(task.Execute());
        var reporter = new FakeBuildEngine();

        Assert.False(Reporter(task.DeferredFindings, reporter).Execute());
        Assert.Equal("INCL201", Assert.Single(reporter.Errors).Code);
    }

    [Fact]
    public void Paths_and_text_with_MSBuild_special_characters_survive_the_hand_over()
    {
        folder.Write("README.md", "x");
        var odd = folder.Combine("50%3B of $(x);@(y) 'z'.md");
        const string Text = "50% of '$(Name)' and @(Items); %3B stays";
        var task = Repository(Scan(Text, odd));
        Assert.True(task.Execute());
        var reporter = new FakeBuildEngine();

        Assert.True(Reporter(task.DeferredFindings, reporter).Execute());
        var warning = Assert.Single(reporter.Warnings, w => w.Code == "INCL201");
        Assert.StartsWith(Text + " (", warning.Message);
        Assert.Equal(odd, warning.File);
    }

    [Fact]
    public void Items_that_are_not_findings_are_passed_over_and_no_claim_folder_still_logs()
    {
        var stray = new Microsoft.Build.Utilities.TaskItem("README.md");
        var reporter = new FakeBuildEngine();
        var task = new ReportFindings { BuildEngine = reporter, Findings = new ITaskItem[] { stray } };

        Assert.True(task.Execute());
        Assert.Empty(reporter.Warnings);
        Assert.Equal(0, task.Logged);
    }
}
