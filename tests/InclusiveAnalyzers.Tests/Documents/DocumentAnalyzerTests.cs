using InclusiveAnalyzers.Documents;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InclusiveAnalyzers.Tests.Documents;

/// <summary>The compiler's document analyzer over AdditionalFiles, as the package hands them over.</summary>
[Collection(nameof(DocumentResultCache))]
public class DocumentAnalyzerTests
{
    private const string Marked = "[*.{md,html}]\nbuild_metadata.AdditionalFiles.InclusiveDocument = true\n";

    private sealed class Test : AnalyzerTest
    {
        public Test() => TestCode = "class C { }";

        protected override IEnumerable<DiagnosticAnalyzer> GetAnalyzers() => new DiagnosticAnalyzer[] { new DocumentAnalyzer() };
    }

    // The package hands the .editorconfig over as an additional file too: its [*.md] severities reach the analyzer only that way.
    private static Test With(string name, string text, string editorConfig = Marked, string? globalConfig = null, bool editorConfigAsAdditionalFile = true)
    {
        var test = new Test { EditorConfig = editorConfig, GlobalConfig = globalConfig };
        test.AdditionalFiles.Add((name, text));
        if (editorConfigAsAdditionalFile)
        {
            test.AdditionalFiles.Add(("/.editorconfig", "root = true\n\n" + editorConfig));
        }

        return test;
    }

    private static DiagnosticResult Expect(string id, DiagnosticSeverity severity) => new DiagnosticResult(id, severity);

    [Fact]
    public Task Wording_in_a_marked_Markdown_document_is_reported_in_that_file()
    {
        var test = With("README.md", "# Setup\n\nAdd your address to the whitelist.\n");
        test.ExpectedDiagnostics.Add(Expect("INCL201", DiagnosticSeverity.Warning).WithSpan("/0/README.md", 3, 25, 3, 34));
        return test.RunAsync();
    }

    [Fact]
    public Task An_additional_file_the_package_did_not_mark_is_not_a_document_to_check()
        => With("AnalyzerReleases.Unshipped.md", "# Rules\n\nAdd your address to the whitelist.\n", editorConfig: "[*.cs]\nindent_size = 4\n").RunAsync();

    [Fact]
    public Task Plain_text_and_json_additional_files_are_left_alone_even_when_marked()
        => With("notes.txt", "Add your address to the whitelist.\n", editorConfig: "[*]\nbuild_metadata.AdditionalFiles.InclusiveDocument = true\n").RunAsync();

    [Fact]
    public Task A_rule_that_is_an_error_by_default_is_a_warning_until_the_user_chooses()
    {
        var test = With("docs/page.md", "# Page\n\n![](diagram.png)\n");
        test.ExpectedDiagnostics.Add(Expect("INCL301", DiagnosticSeverity.Warning).WithSpan("/0/docs/page.md", 3, 1, 3, 17));
        return test.RunAsync();
    }

    [Fact]
    public Task An_inclusive_json_override_matches_paths_relative_to_its_folder_and_its_error_is_a_choice()
    {
        // "docs/**" is relative to inclusive.json's folder (/0/): an error chosen there is not demoted; elsewhere the default one is.
        var test = With("docs/page.md", "# Page\n\n![](diagram.png)\n");
        test.AdditionalFiles.Add(("guide/page.md", "# Page\n\n![](diagram.png)\n"));
        test.AdditionalFiles.Add(("inclusive.json", "{ \"overrides\": [ { \"files\": [\"docs/**\"], \"rules\": { \"INCL301\": \"error\" } } ] }"));
        test.ExpectedDiagnostics.Add(Expect("INCL301", DiagnosticSeverity.Error).WithSpan("/0/docs/page.md", 3, 1, 3, 17));
        test.ExpectedDiagnostics.Add(Expect("INCL301", DiagnosticSeverity.Warning).WithSpan("/0/guide/page.md", 3, 1, 3, 17));
        return test.RunAsync();
    }

    [Fact]
    public Task A_severity_from_the_documents_editorconfig_section_applies()
    {
        var test = With("docs/page.md", "# Page\n\n![](diagram.png)\n\nUse the whitelist.\n", Marked + "[*.md]\ndotnet_diagnostic.INCL301.severity = error\ndotnet_diagnostic.INCL201.severity = none\n");
        test.ExpectedDiagnostics.Add(Expect("INCL301", DiagnosticSeverity.Error).WithSpan("/0/docs/page.md", 3, 1, 3, 17));
        return test.RunAsync();
    }

    [Fact]
    public Task Without_the_editorconfig_as_an_additional_file_its_document_severities_cannot_reach_the_analyzer()
    {
        // What Roslyn allows (dotnet/roslyn#31916): the package adds the file, so this is only a project that removed it.
        var test = With("docs/page.md", "# Page\n\n![](diagram.png)\n", Marked + "[*.md]\ndotnet_diagnostic.INCL301.severity = error\n", editorConfigAsAdditionalFile: false);
        test.ExpectedDiagnostics.Add(Expect("INCL301", DiagnosticSeverity.Warning).WithSpan("/0/docs/page.md", 3, 1, 3, 17));
        return test.RunAsync();
    }

    [Fact]
    public Task A_global_config_severity_applies_through_the_compiler()
    {
        var test = With("README.md", "# Setup\n\nUse the whitelist.\n", globalConfig: "dotnet_diagnostic.INCL201.severity = error\n");
        test.ExpectedDiagnostics.Add(Expect("INCL201", DiagnosticSeverity.Error).WithSpan("/0/README.md", 3, 9, 3, 18));
        return test.RunAsync();
    }

    [Fact]
    public Task Errors_by_default_stay_errors_when_the_project_turns_the_demotion_off()
    {
        var test = With("docs/page.md", "# Page\n\n![](diagram.png)\n", globalConfig: "build_property.InclusiveDocumentErrorsAsWarnings = false\n");
        test.ExpectedDiagnostics.Add(Expect("INCL301", DiagnosticSeverity.Error).WithSpan("/0/docs/page.md", 3, 1, 3, 17));
        return test.RunAsync();
    }

    [Fact]
    public Task A_rule_off_by_default_runs_when_the_documents_section_switches_it_on()
    {
        var text = "# Setup\n\nSimply run the script.\n";
        var test = With("README.md", text, Marked + "[*.md]\ndotnet_diagnostic.INCL202.severity = suggestion\n");
        test.ExpectedDiagnostics.Add(Expect("INCL202", DiagnosticSeverity.Info).WithSpan("/0/README.md", 3, 1, 3, 7));
        return test.RunAsync();
    }

    [Fact]
    public Task A_rule_off_by_default_stays_off()
        => With("README.md", "# Setup\n\nSimply run the script.\n").RunAsync();

    [Fact]
    public Task A_suppression_comment_in_the_document_is_honoured()
        => With("README.md", "# Setup\n\n<!-- inclusive-disable-next-line INCL201 -->\nAdd your address to the whitelist.\n").RunAsync();

    // The Razor SDK hands .razor/.cshtml files to the compiler itself (no InclusiveDocument metadata): the package's
    // InclusiveRazorInCompiler property says the analyzer, not the build task, reads them.
    private const string Component = "@page \"/status\"\n<h1>Status</h1>\n<img src=\"@ImageUrl\" />\n@code {\n    string ImageUrl = \"a.png\";\n}\n";

    [Fact]
    public Task A_razor_component_is_checked_when_the_package_leaves_razor_to_the_compiler()
    {
        var test = With("Pages/Status.razor", Component, editorConfig: "[*.cs]\nindent_size = 4\n", globalConfig: "build_property.InclusiveRazorInCompiler = true\n");
        test.ExpectedDiagnostics.Add(Expect("INCL301", DiagnosticSeverity.Warning).WithSpan("/0/Pages/Status.razor", 3, 1, 3, 24));
        return test.RunAsync();
    }

    [Fact]
    public Task A_razor_component_is_left_to_the_build_task_without_the_property()
        => With("Pages/Status.razor", Component, editorConfig: "[*.cs]\nindent_size = 4\n").RunAsync();

    [Fact]
    public Task Html_documents_go_through_the_same_entry_point()
    {
        var test = With("docs/index.html", "<!doctype html><html lang=\"en\"><head><title>Home</title></head><body><h1>Home</h1><p>Ask the master node.</p></body></html>\n");
        test.ExpectedDiagnostics.Add(Expect("INCL201", DiagnosticSeverity.Warning).WithSpan("/0/docs/index.html", 1, 94, 1, 100));
        return test.RunAsync();
    }

    [Fact]
    public Task A_code_of_conduct_gets_its_wording_checked_but_its_audit_stays_with_the_build_task()
    {
        var test = With("CODE_OF_CONDUCT.md", "# Code of Conduct\n\nReport problems to [INSERT CONTACT METHOD]. The master list of rules follows.\n");
        test.ExpectedDiagnostics.Add(Expect("INCL201", DiagnosticSeverity.Warning).WithSpan("/0/CODE_OF_CONDUCT.md", 3, 49, 3, 55));
        return test.RunAsync();
    }

    [Fact]
    public void Every_document_rule_is_supported_with_its_help_page_and_no_code_of_conduct_rule_is()
    {
        var supported = new DocumentAnalyzer().SupportedDiagnostics;
        Assert.Contains(supported, d => d.Id == "INCL201");
        Assert.Contains(supported, d => d.Id == "INCL301");
        Assert.Contains(supported, d => d.Id == "INCL002");
        Assert.DoesNotContain(supported, d => d.Id.StartsWith("INCL4", StringComparison.Ordinal) || d.Id.StartsWith("INCL1", StringComparison.Ordinal));
        Assert.All(supported, d => Assert.EndsWith("/docs/rules/" + d.Id + ".md", d.HelpLinkUri, StringComparison.Ordinal));
        Assert.All(supported, d => Assert.True(d.IsEnabledByDefault));
    }

    [Fact]
    public async Task An_unchanged_document_is_checked_once_and_a_changed_one_again()
    {
        DocumentResultCache.Clear();
        var first = With("README.md", "# Setup\n\nUse the whitelist.\n");
        first.ExpectedDiagnostics.Add(Expect("INCL201", DiagnosticSeverity.Warning).WithSpan("/0/README.md", 3, 9, 3, 18));
        await first.RunAsync();
        var afterFirst = DocumentResultCache.Count;
        Assert.True(afterFirst >= 1);

        var again = With("README.md", "# Setup\n\nUse the whitelist.\n");
        again.ExpectedDiagnostics.Add(Expect("INCL201", DiagnosticSeverity.Warning).WithSpan("/0/README.md", 3, 9, 3, 18));
        await again.RunAsync();
        Assert.Equal(afterFirst, DocumentResultCache.Count);

        var changed = With("README.md", "# Setup\n\nUse the allowlist.\n");
        await changed.RunAsync();
        Assert.Equal(afterFirst + 1, DocumentResultCache.Count);
    }
}
