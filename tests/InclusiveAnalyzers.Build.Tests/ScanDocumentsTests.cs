using InclusiveAnalyzers.Build.Tests.Infrastructure;
using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Rules;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace InclusiveAnalyzers.Build.Tests;

public sealed class ScanDocumentsTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly FakeBuildEngine engine = new();
    private readonly FakeDocumentScan scan;

    public ScanDocumentsTests()
    {
        // Every document gets one wording finding on line 3; a document named "quiet" gets none.
        scan = new FakeDocumentScan(path => path.Contains("quiet")
            ? Array.Empty<Finding>()
            : new[] { new Finding("INCL201", Severity.Warning, "Use 'allowlist' instead of 'whitelist'.", path, 3, 5, 3, 14) { Term = "whitelist" } });
    }

    public void Dispose() => folder.Dispose();

    private ScanDocuments Task(params string[] documents) => new()
    {
        BuildEngine = engine,
        ScanFactory = (s, _, _) => scan.Using(s),
        ProjectDirectory = folder.Combine("App"),
        Documents = documents.Select(d => (ITaskItem)new TaskItem(d)).ToArray(),
        CacheFile = folder.Combine("App/obj/InclusiveAnalyzers.documents.cache"),
    };

    [Fact]
    public void Each_finding_is_a_warning_with_code_position_and_help_link()
    {
        var guide = folder.Write("App/guide.md", "# Guide");
        var task = Task("guide.md");

        Assert.True(task.Execute());

        var warning = Assert.Single(engine.Warnings);
        Assert.Equal("INCL201", warning.Code);
        Assert.Equal("INCL201", warning.HelpKeyword);
        Assert.Equal("https://github.com/inclusive-analyzers/InclusiveAnalyzers/blob/main/docs/rules/INCL201.md", warning.HelpLink);
        Assert.Equal(guide, warning.File);
        Assert.Equal((3, 5, 3, 14), (warning.LineNumber, warning.ColumnNumber, warning.EndLineNumber, warning.EndColumnNumber));
        // The link ends the text too, as the compiler prints its analyzers' help links on the console.
        Assert.Equal("Use 'allowlist' instead of 'whitelist'. (https://github.com/inclusive-analyzers/InclusiveAnalyzers/blob/main/docs/rules/INCL201.md)", warning.Message);
        Assert.Empty(engine.Errors);
        Assert.Equal((1, 1, 0), (task.DocumentCount, task.ScannedCount, task.CachedCount));
    }

    [Fact]
    public void EditorConfig_error_severity_fails_the_task()
    {
        folder.Write("App/guide.md", "# Guide");
        folder.Write(".editorconfig", "root = true\n[*.md]\ndotnet_diagnostic.INCL201.severity = error\n");

        Assert.False(Task("guide.md").Execute());

        var error = Assert.Single(engine.Errors);
        Assert.Equal("INCL201", error.Code);
        Assert.Equal(3, error.LineNumber);
        Assert.Empty(engine.Warnings);
    }

    [Fact]
    public void EditorConfig_none_silences_a_rule_for_matching_files_only()
    {
        folder.Write("App/guide.md", "# Guide");
        folder.Write("App/page.html", "<p>x</p>");
        folder.Write(".editorconfig", "root = true\n[*.md]\ndotnet_diagnostic.INCL201.severity = none\n");

        Assert.True(Task("guide.md", "page.html").Execute());

        var warning = Assert.Single(engine.Warnings);
        Assert.EndsWith("page.html", warning.File);
    }

    [Fact]
    public void EditorConfig_suggestion_is_logged_as_a_message_with_its_code()
    {
        folder.Write("App/guide.md", "# Guide");
        folder.Write(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.INCL201.severity = suggestion\n");

        Assert.True(Task("guide.md").Execute());

        Assert.Empty(engine.Warnings);
        var message = Assert.Single(engine.Messages, m => m.Code == "INCL201");
        Assert.Equal(3, message.LineNumber);
        // MSBuild prints "message INCL201: " before the text: the text must not repeat the severity and code.
        Assert.Equal("Use 'allowlist' instead of 'whitelist'. (https://github.com/inclusive-analyzers/InclusiveAnalyzers/blob/main/docs/rules/INCL201.md)", message.Message);
        Assert.DoesNotContain("INCL201", message.Message!.Replace("INCL201.md", string.Empty));
    }

    [Fact]
    public void NoWarn_and_WarningsAsErrors_apply_per_code()
    {
        folder.Write("App/guide.md", "# Guide");
        var silenced = Task("guide.md");
        silenced.NoWarn = "CS1591;INCL201";
        Assert.True(silenced.Execute());
        Assert.Empty(engine.Warnings);

        var promoted = Task("guide.md");
        promoted.WarningsAsErrors = "INCL201";
        Assert.False(promoted.Execute());
        Assert.Equal("INCL201", Assert.Single(engine.Errors).Code);
    }

    [Fact]
    public void TreatWarningsAsErrors_promotes_unless_the_code_is_excluded()
    {
        folder.Write("App/guide.md", "# Guide");
        var task = Task("guide.md");
        task.TreatWarningsAsErrors = true;
        task.WarningsNotAsErrors = "INCL201";
        Assert.True(task.Execute());
        Assert.Single(engine.Warnings);

        var strict = Task("guide.md");
        strict.TreatWarningsAsErrors = true;
        Assert.False(strict.Execute());
        Assert.Single(engine.Errors);
    }

    [Fact]
    public void A_second_build_reports_the_same_findings_from_the_cache_without_scanning()
    {
        var guide = folder.Write("App/guide.md", "# Guide");
        folder.Write("App/other.md", "# Other");
        Assert.True(Task("guide.md", "other.md").Execute());
        Assert.Equal(2, scan.ScannedFiles.Count);
        var first = engine.Warnings.Select(w => (w.Code, w.File, w.LineNumber, w.ColumnNumber, w.Message)).ToList();
        engine.Warnings.Clear();

        var second = Task("guide.md", "other.md");
        Assert.True(second.Execute());

        Assert.Equal(2, scan.ScannedFiles.Count);
        Assert.Equal(first, engine.Warnings.Select(w => (w.Code, w.File, w.LineNumber, w.ColumnNumber, w.Message)).ToList());
        Assert.Equal((2, 0), (second.CachedCount, second.ScannedCount));
        Assert.Contains("(0 scanned, 2 from cache)", engine.AllMessages);

        // A changed document is scanned again; the unchanged one still comes from the cache.
        File.AppendAllText(guide, "\nmore");
        var third = Task("guide.md", "other.md");
        third.Execute();
        Assert.Equal(guide, scan.ScannedFiles[^1]);
        Assert.Equal((1, 1), (third.CachedCount, third.ScannedCount));
    }

    [Fact]
    public void Another_inclusive_json_invalidates_the_cache()
    {
        folder.Write("App/guide.md", "# Guide");
        var config = folder.Write("inclusive.json", "{}");
        var first = Task("guide.md");
        first.ConfigFile = config;
        first.Execute();

        File.WriteAllText(config, "{ \"allow\": [\"whitelist\"] }");
        var second = Task("guide.md");
        second.ConfigFile = config;
        second.Execute();

        Assert.Equal(2, scan.ScannedFiles.Count);
        Assert.Equal(0, second.CachedCount);
    }

    [Fact]
    public void An_exception_becomes_a_warning_and_the_build_goes_on()
    {
        folder.Write("App/guide.md", "# Guide");
        scan.Throw = new InvalidOperationException("boom");

        Assert.True(Task("guide.md").Execute());

        var warning = Assert.Single(engine.Warnings);
        Assert.Equal("INCL000", warning.Code);
        Assert.Equal(RuleCatalog.HelpLink("INCL000"), warning.HelpLink);
        Assert.Contains("boom", warning.Message);
        Assert.Contains("InclusiveScanDocuments=false", warning.Message);
        Assert.Empty(engine.Errors);

        // The code is a catalogued rule (with its page), reported at its default severity.
        var rule = RuleCatalog.Get(ScanDocuments.InternalErrorCode);
        Assert.Equal((RuleCatalog.ConfigurationCategory, Severity.Warning, true), (rule.Category, rule.DefaultSeverity, rule.EnabledByDefault));
    }

    [Fact]
    public void A_failed_check_honours_NoWarn_WarningsAsErrors_and_TreatWarningsAsErrors()
    {
        folder.Write("App/guide.md", "# Guide");
        scan.Throw = new InvalidOperationException("boom");

        var silenced = Task("guide.md");
        silenced.NoWarn = "INCL000";
        Assert.True(silenced.Execute());
        Assert.Empty(engine.Warnings);
        Assert.Contains("boom", engine.AllMessages);

        var listed = Task("guide.md");
        listed.WarningsAsErrors = "INCL201,INCL000";
        Assert.False(listed.Execute());
        Assert.Equal("INCL000", Assert.Single(engine.Errors).Code);
        engine.Errors.Clear();

        var strict = Task("guide.md");
        strict.TreatWarningsAsErrors = true;
        Assert.False(strict.Execute());
        Assert.Single(engine.Errors);
        engine.Errors.Clear();

        var spared = Task("guide.md");
        spared.TreatWarningsAsErrors = true;
        spared.WarningsNotAsErrors = "INCL000";
        Assert.True(spared.Execute());
        Assert.Empty(engine.Errors);
        Assert.Equal("INCL000", Assert.Single(engine.Warnings).Code);
    }

    [Fact]
    public void An_unreadable_cache_file_is_ignored()
    {
        folder.Write("App/guide.md", "# Guide");
        folder.Write("App/obj/InclusiveAnalyzers.documents.cache", "\0\0garbage");

        Assert.True(Task("guide.md").Execute());
        Assert.Single(engine.Warnings);
        Assert.Contains("InclusiveAnalyzers document cache", File.ReadAllText(folder.Combine("App/obj/InclusiveAnalyzers.documents.cache")));
    }

    [Fact]
    public void Invalid_inclusive_json_is_INCL001_at_its_location_when_asked_and_the_scan_goes_on()
    {
        folder.Write("App/guide.md", "# Guide");
        var config = folder.Write("inclusive.json", "{\n  \"allow\": [\n    \"whitelist\",\n  }\n");
        var task = Task("guide.md");
        task.ConfigFile = config;
        task.ReportConfigurationErrors = true;

        Assert.True(task.Execute());

        var configWarning = Assert.Single(engine.Warnings, w => w.Code == "INCL001");
        Assert.Equal(config, configWarning.File);
        Assert.True(configWarning.LineNumber >= 3, $"line {configWarning.LineNumber}");
        Assert.Contains(engine.Warnings, w => w.Code == "INCL201");
    }

    [Fact]
    public void Invalid_inclusive_json_is_left_to_the_analyzer_by_default()
    {
        folder.Write("App/guide.md", "# Guide");
        var config = folder.Write("inclusive.json", "{ nope");
        var task = Task("guide.md");
        task.ConfigFile = config;

        Assert.True(task.Execute());

        Assert.DoesNotContain(engine.Warnings, w => w.Code == "INCL001");
        Assert.Contains("reported by the analyzer as INCL001", engine.AllMessages);
    }

    [Fact]
    public void A_project_leaves_repository_documents_and_nested_projects_alone()
    {
        folder.Write("App/README.md", "x");
        folder.Write("App/guide.md", "x");
        folder.Write("App/docs/page.md", "x");
        folder.Write("App/Tool/Tool.csproj", "<Project />");
        folder.Write("App/Tool/notes.md", "x");
        var task = Task("README.md", "guide.md", "docs/page.md", "Tool/notes.md", "missing.md");
        task.RepositoryRoot = folder.Combine("App");

        Assert.True(task.Execute());

        Assert.Equal(new[] { folder.Combine("App/guide.md") }, scan.ScannedFiles);
    }

    [Fact]
    public void The_repository_scan_covers_root_documents_once_and_caches_each_document()
    {
        folder.Write("README.md", "x");
        folder.Write("CODE_OF_CONDUCT.md", "x");
        folder.Write("docs/guide.md", "x");
        folder.Write("App/notes.md", "x");
        ScanDocuments Repository() => new()
        {
            BuildEngine = engine,
            ScanFactory = (s, _, _) => scan.Using(s),
            ScanRepository = true,
            RepositoryRoot = folder.Path,
            ProjectDirectory = folder.Path,
            CacheFile = folder.Combine("obj/InclusiveAnalyzers.repository.cache"),
        };

        Assert.True(Repository().Execute());
        Assert.Equal(1, scan.RepositoryScans);
        Assert.Equal(new[] { "CODE_OF_CONDUCT.md", "README.md", "docs/guide.md" },
            scan.ScannedFiles.Select(p => Path.GetRelativePath(folder.Path, p).Replace('\\', '/')));
        // A relative path from the scanner (the repository-level finding) is logged as a full path.
        Assert.Contains(engine.Warnings, w => w.Code == "INCL407" && w.File == folder.Combine("README.md") && w.LineNumber == 0);
        var first = engine.Warnings.Count;
        engine.Warnings.Clear();

        var again = Repository();
        Assert.True(again.Execute());
        // Every document from the cache; only the cheap checks across files run again.
        Assert.Equal(3, scan.ScannedFiles.Count);
        Assert.Equal(2, scan.RepositoryScans);
        Assert.Equal(first, engine.Warnings.Count);
        Assert.Equal(3, again.CachedCount);
        Assert.Equal(0, again.ScannedCount);
    }

    [Fact]
    public void Findings_are_added_to_the_error_log()
    {
        folder.Write("App/guide.md", "# Guide");
        var task = Task("guide.md");
        task.ErrorLog = "out/build.sarif";

        Assert.True(task.Execute());

        var text = File.ReadAllText(folder.Combine("App/out/build.sarif"));
        Assert.Contains("\"ruleId\":\"INCL201\"", text);
    }

    [Fact]
    public void No_documents_means_no_scan_and_no_warning()
    {
        Assert.True(Task().Execute());
        Assert.Empty(engine.Warnings);
        Assert.Empty(scan.ScannedFiles);
    }

    [Fact]
    public void Inclusive_json_include_and_exclude_choose_the_documents()
    {
        folder.Write("App/guide.md", "x");
        folder.Write("App/docs/page.md", "x");
        folder.Write("App/docs/vendor/lib.md", "x");
        var config = folder.Write("App/inclusive.json", "{ \"include\": [\"docs/**\"], \"exclude\": [\"docs/vendor/**\"] }");
        var task = Task("guide.md", "docs/page.md", "docs/vendor/lib.md");
        task.ConfigFile = config;

        Assert.True(task.Execute());

        Assert.Equal(new[] { folder.Combine("App/docs/page.md") }, scan.ScannedFiles);
    }

    private ScanDocuments RepositoryTask() => new()
    {
        BuildEngine = engine,
        ScanFactory = (s, _, _) => scan.Using(s),
        ScanRepository = true,
        RepositoryRoot = folder.Path,
        ProjectDirectory = folder.Path,
    };

    [Fact]
    public void Frozen_copies_are_skipped_and_said_once()
    {
        folder.Write("README.md", "# x");
        folder.Write("docs/versioned_docs/version-1.0/a.md", "# x");
        folder.Write("docs/versioned_docs/version-1.0/b.md", "# x");
        folder.Write("docs/archive/c.md", "# x");
        var task = RepositoryTask();

        Assert.True(task.Execute());

        Assert.Equal(new[] { "README.md" }, scan.ScannedFiles.Select(p => Path.GetRelativePath(folder.Path, p).Replace('\\', '/')));
        Assert.Equal(3, task.FrozenCopiesSkipped);
        var said = Assert.Single(engine.Messages, m => m.Message!.Contains("frozen copies"));
        Assert.Contains("3 document(s)", said.Message);
        Assert.Contains("InclusiveScanFrozenCopies", said.Message);
    }

    [Fact]
    public void Frozen_copies_are_scanned_with_the_property_or_the_inclusive_json_key()
    {
        folder.Write("README.md", "# x");
        folder.Write("docs/version-2.1.0/a.md", "# x");
        var byProperty = RepositoryTask();
        byProperty.ScanFrozenCopies = true;
        Assert.True(byProperty.Execute());
        Assert.Equal(2, scan.ScannedFiles.Count);
        Assert.Equal(0, byProperty.FrozenCopiesSkipped);

        var config = folder.Write("inclusive.json", "{ \"scanFrozenCopies\": true }");
        var byConfig = RepositoryTask();
        byConfig.ConfigFile = config;
        Assert.True(byConfig.Execute());
        Assert.Equal(0, byConfig.FrozenCopiesSkipped);
        Assert.DoesNotContain(engine.Messages, m => m.Message!.Contains("frozen copies"));
    }

    [Fact]
    public void A_project_document_in_a_frozen_copy_is_skipped_but_one_outside_is_not()
    {
        folder.Write("App/guide.md", "# x");
        folder.Write("App/archive/old.md", "# x");

        var task = Task("guide.md", "archive/old.md");
        Assert.True(task.Execute());

        Assert.Equal(1, task.DocumentCount);
        Assert.Equal(1, task.FrozenCopiesSkipped);
    }
}

public sealed class ScanDocumentsCompilerCoverageTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly FakeBuildEngine engine = new();
    private readonly FakeDocumentScan scan = new(path => new[]
    {
        new Finding("INCL201", Severity.Warning, "Use 'allowlist'.", path, 3, 5, 3, 14),
        new Finding("INCL402", Severity.Warning, "Fill in the contact.", path, 4, 1, 4, 9),
    });

    public void Dispose() => folder.Dispose();

    private ScanDocuments Repository(bool documentsInCompiler) => new()
    {
        BuildEngine = engine,
        ScanFactory = (_, _, _) => scan,
        ScanRepository = true,
        RepositoryRoot = folder.Path,
        ProjectDirectory = folder.Path,
        RepositoryDocumentGlobs = new[] { "/*.md", "/docs/**", "/App/**" },
        DocumentsInCompiler = documentsInCompiler,
        CacheFile = folder.Combine("obj/InclusiveAnalyzers.repository.cache"),
    };

    private string Relative(string path) => Path.GetRelativePath(folder.Path, path).Replace('\\', '/');

    [Fact]
    public void A_projects_documents_handed_to_its_compiler_are_not_scanned_by_the_task()
    {
        folder.Write("App/README.md", "x");
        folder.Write("App/guide.md", "x");
        var task = new ScanDocuments
        {
            BuildEngine = engine,
            ScanFactory = (_, _, _) => scan,
            ProjectDirectory = folder.Combine("App"),
            Documents = new ITaskItem[] { new TaskItem("README.md"), new TaskItem("guide.md") },
            CompilerDocuments = new ITaskItem[] { new TaskItem("README.md") },
        };

        Assert.True(task.Execute());

        Assert.Equal(new[] { folder.Combine("App/guide.md") }, scan.ScannedFiles);
        Assert.All(engine.Warnings, w => Assert.EndsWith("guide.md", w.File));
        Assert.Equal(1, task.LeftToCompilerCount);
    }

    [Fact]
    public void A_code_of_conduct_the_compiler_checks_keeps_only_its_audit_in_the_task()
    {
        folder.Write("App/CODE_OF_CONDUCT.md", "x");
        var task = new ScanDocuments
        {
            BuildEngine = engine,
            ScanFactory = (_, _, _) => scan,
            ProjectDirectory = folder.Combine("App"),
            RepositoryRoot = folder.Combine("App"),
            RepositoryDocumentGlobs = new[] { "/nothing/**" },
            Documents = new ITaskItem[] { new TaskItem("CODE_OF_CONDUCT.md") },
            CompilerDocuments = new ITaskItem[] { new TaskItem("CODE_OF_CONDUCT.md") },
        };

        Assert.True(task.Execute());

        var warning = Assert.Single(engine.Warnings);
        Assert.Equal("INCL402", warning.Code);
    }

    [Fact]
    public void The_repository_scan_leaves_a_CSharp_project_folders_documents_and_its_docs_to_the_compiler()
    {
        folder.Write("README.md", "x");
        folder.Write("docs/guide.md", "x");
        folder.Write("App/App.csproj", "<Project />");
        folder.Write("App/README.md", "x");
        folder.Write("App/docs/deep/page.html", "x");
        folder.Write("App/samples/notes.md", "x");

        var task = Repository(documentsInCompiler: true);
        Assert.True(task.Execute());

        // Root documents (no project there) and a project's other folders stay with the task.
        Assert.Equal(new[] { "App/samples/notes.md", "README.md", "docs/guide.md" }, scan.ScannedFiles.Select(Relative).OrderBy(p => p, StringComparer.Ordinal));
        Assert.Equal(2, task.LeftToCompilerCount);
        // The checks across files still see every document.
        Assert.Equal(6 - 1, scan.RepositoryPaths.Count);
    }

    [Fact]
    public void Without_the_compiler_path_the_repository_scan_checks_every_document()
    {
        folder.Write("README.md", "x");
        folder.Write("App/App.csproj", "<Project />");
        folder.Write("App/README.md", "x");

        var task = Repository(documentsInCompiler: false);
        Assert.True(task.Execute());

        Assert.Equal(new[] { "App/README.md", "README.md" }, scan.ScannedFiles.Select(Relative).OrderBy(p => p, StringComparer.Ordinal));
        Assert.Equal(0, task.LeftToCompilerCount);
    }

    [Fact]
    public void One_changed_document_is_the_only_one_scanned_again()
    {
        for (var i = 0; i < 20; i++)
        {
            folder.Write($"docs/page{i}.md", $"page {i}");
        }

        Assert.True(Repository(false).Execute());
        Assert.Equal(20, scan.ScannedFiles.Count);

        folder.Write("docs/page7.md", "page 7, edited");
        var second = Repository(false);
        Assert.True(second.Execute());

        Assert.Equal(21, scan.ScannedFiles.Count);
        Assert.Equal("docs/page7.md", Relative(scan.ScannedFiles[^1]));
        Assert.Equal((1, 19), (second.ScannedCount, second.CachedCount));
        Assert.Equal(2, scan.RepositoryScans);
    }
}
