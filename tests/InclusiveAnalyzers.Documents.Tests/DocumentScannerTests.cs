using System.Text;
using InclusiveAnalyzers.Core;

namespace InclusiveAnalyzers.Documents.Tests;

public class DocumentScannerTests
{
    [Fact]
    public void ScanFile_reports_the_full_path_and_a_display_path_relative_to_the_repository_root_with_forward_slashes()
    {
        using var folder = new TempFolder();
        var file = folder.Write(Path.Combine("docs", "guide.md"), "# Guide\n\n![](a.png)\n");
        var finding = new DocumentScanner(new DocumentScanOptions { RepositoryRoot = folder.Path }).ScanFile(file).Single();
        Assert.Equal((file, "docs/guide.md"), (finding.Path, finding.DisplayPath));
        var absolute = new DocumentScanner(new DocumentScanOptions()).ScanFile(file);
        Assert.Equal(file.Replace('\\', '/'), absolute.Single().DisplayPath);
    }

    [Fact]
    public void ScanFile_positions_ignore_a_utf8_bom()
    {
        using var folder = new TempFolder();
        var file = folder.WriteBytes("a.md", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("![](a.png)\n")).ToArray());
        var finding = new DocumentScanner(new DocumentScanOptions()).ScanFile(file).Single();
        Assert.Equal((1, 1), (finding.Line, finding.Column));
    }

    [Fact]
    public void Unreadable_files_give_one_INCL002_and_the_scan_goes_on()
    {
        using var folder = new TempFolder();
        var binary = folder.WriteBytes("logo.md", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0, 0, 1, 2 });
        var latin1 = folder.WriteBytes("old.md", new byte[] { 0x43, 0x61, 0x66, 0xE9, 0x0A });
        var good = folder.Write("good.md", "# Good\n\n![](a.png)\n");
        var missing = Path.Combine(folder.Path, "missing.md");
        var scanner = new DocumentScanner(new DocumentScanOptions { RepositoryRoot = folder.Path });
        var findings = scanner.ScanRepository(folder.Path, new[] { binary, latin1, missing, good });
        var skipped = findings.Where(f => f.RuleId == "INCL002").ToList();
        Assert.Equal(new[] { "logo.md", "old.md", "missing.md" }, skipped.Select(f => f.DisplayPath).ToArray());
        Assert.All(skipped, f => Assert.Equal(0, f.Line));
        Assert.Contains(findings, f => f.RuleId == "INCL301" && f.DisplayPath == "good.md" && f.Path == good);
    }

    [Fact]
    public void Size_limit_is_checked_before_reading()
    {
        using var folder = new TempFolder();
        var file = folder.Write("big.md", new string('a', 5000));
        var finding = new DocumentScanner(new DocumentScanOptions { MaxFileBytes = 1000 }).ScanFile(file).Single();
        Assert.Equal("INCL002", finding.RuleId);
        Assert.Contains("limit", finding.Message);
        var inMemory = new DocumentScanner(new DocumentScanOptions { MaxFileBytes = 1000 }).Scan("big.md", new string('a', 5000)).Single();
        Assert.Equal("INCL002", inMemory.RuleId);
    }

    [Fact]
    public void INCL002_can_be_switched_off()
    {
        var settings = Lint.Settings("""{ "rules": { "INCL002": "none" } }""");
        Assert.Empty(new DocumentScanner(new DocumentScanOptions { Settings = settings, MaxFileBytes = 10 }).Scan("a.md", "more than ten characters"));
    }

    [Fact]
    public void Rule_severities_from_config_apply_to_accessibility_rules()
    {
        var findings = Lint.Markdown("![](a.png)\n", config: """{ "rules": { "INCL301": "warning" } }""");
        Assert.Equal(Severity.Warning, findings.Single().Severity);
        Assert.Empty(Lint.Markdown("![](a.png)\n", config: """{ "rules": { "INCL301": "none" } }"""));
    }

    [Fact]
    public void Scanner_is_safe_to_share_between_threads()
    {
        var scanner = new DocumentScanner(new DocumentScanOptions());
        var texts = Enumerable.Range(0, 64).Select(i => $"# Doc {i}\n\n![](a{i}.png)\n\n<img src=\"b{i}.png\">\n\nThe whitelist.\n").ToArray();
        var results = new IReadOnlyList<Finding>[texts.Length];
        Parallel.For(0, texts.Length, i => results[i] = scanner.Scan($"doc{i}.md", texts[i]));
        Assert.All(results, r => Assert.Equal(new[] { "INCL201", "INCL301", "INCL301" }, r.Select(f => f.RuleId).OrderBy(x => x).ToArray()));
    }

    [Fact]
    public void Code_of_conduct_files_are_audited_and_the_repository_checked()
    {
        using var folder = new TempFolder();
        var coc = folder.Write("CODE_OF_CONDUCT.md", "# Code of Conduct\n\n## Enforcement\n\nReport unacceptable behavior to the project leads at\n[INSERT CONTACT METHOD].\n");
        var readme = folder.Write("README.md", "# Project\n\nNo link to the conduct file.\n");
        var findings = new DocumentScanner(new DocumentScanOptions { RepositoryRoot = folder.Path }).ScanRepository(folder.Path, new[] { coc, readme });
        Assert.Contains(findings, f => f.RuleId == "INCL402" && f.Path == coc && f.DisplayPath == "CODE_OF_CONDUCT.md" && f.Line == 6);
        // A repository-level finding is anchored on the README, by full and display path.
        Assert.Contains(findings, f => f.RuleId == "INCL407" && f.Path == readme && f.DisplayPath == "README.md");
    }

    [Fact]
    public void AuditRepository_runs_only_the_checks_across_files()
    {
        using var folder = new TempFolder();
        var coc = folder.Write("CODE_OF_CONDUCT.md", "# Code of Conduct\n\nReport to [INSERT CONTACT METHOD].\n");
        var readme = folder.Write("README.md", "# Project\n\nThe whitelist is below. No link to the conduct file.\n");
        var findings = new DocumentScanner(new DocumentScanOptions { RepositoryRoot = folder.Path }).AuditRepository(folder.Path, new[] { coc, readme });
        var finding = Assert.Single(findings);
        Assert.Equal("INCL407", finding.RuleId);
        Assert.Equal(readme, finding.Path);
        Assert.Equal("README.md", finding.DisplayPath);
    }

    [Fact]
    public void AuditRepository_is_quiet_when_the_readme_links_the_code_of_conduct()
    {
        using var folder = new TempFolder();
        var coc = folder.Write("CODE_OF_CONDUCT.md", "# Code of Conduct\n");
        var readme = folder.Write("README.md", "# Project\n\nSee our [Code of Conduct](CODE_OF_CONDUCT.md).\n");
        Assert.Empty(new DocumentScanner(new DocumentScanOptions { RepositoryRoot = folder.Path }).AuditRepository(folder.Path, new[] { coc, readme }));
    }

    [Fact]
    public void AuditRepository_reads_a_restructuredtext_readme_that_links_the_code_of_conduct()
    {
        // pytest, scikit-learn, Django: the README is README.rst, which hosts do not hand over as a document.
        using var folder = new TempFolder();
        var coc = folder.Write("CODE_OF_CONDUCT.md", "# Code of Conduct\n");
        folder.Write("README.rst", "Project\n=======\n\nPlease follow our `Code of Conduct <CODE_OF_CONDUCT.md>`_.\n");
        Assert.Empty(new DocumentScanner(new DocumentScanOptions { RepositoryRoot = folder.Path }).AuditRepository(folder.Path, new[] { coc }));
    }

    [Fact]
    public void AuditRepository_anchors_the_missing_link_on_a_restructuredtext_readme_that_does_not_link_the_code()
    {
        using var folder = new TempFolder();
        var coc = folder.Write("CODE_OF_CONDUCT.md", "# Code of Conduct\n");
        var readme = folder.Write("README.rst", "Project\n=======\n\nUse the `issue tracker <https://example.org/issues>`_.\n");
        var finding = Assert.Single(new DocumentScanner(new DocumentScanOptions { RepositoryRoot = folder.Path }).AuditRepository(folder.Path, new[] { coc }));
        Assert.Equal("INCL407", finding.RuleId);
        Assert.Equal(readme, finding.Path);
        Assert.Contains("neither the README nor the CONTRIBUTING guide links to it", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AuditRepository_anchors_a_missing_code_of_conduct_on_a_plain_text_readme_in_docs()
    {
        using var folder = new TempFolder();
        var readme = folder.Write("docs/README.txt", "Project notes.\n");
        var finding = Assert.Single(new DocumentScanner(new DocumentScanOptions { RepositoryRoot = folder.Path }).AuditRepository(folder.Path, Array.Empty<string>()));
        Assert.Equal("INCL401", finding.RuleId);
        Assert.Equal(readme, finding.Path);
    }

    [Fact]
    public void AuditRepository_leaves_plain_text_files_that_are_no_readme_or_contributing_guide_out()
    {
        using var folder = new TempFolder();
        var coc = folder.Write("CODE_OF_CONDUCT.md", "# Code of Conduct\n");
        folder.Write("NOTES.rst", "See the `Code of Conduct <CODE_OF_CONDUCT.md>`_.\n");
        folder.Write("src/README.rst", "See the `Code of Conduct <../CODE_OF_CONDUCT.md>`_.\n");
        var finding = Assert.Single(new DocumentScanner(new DocumentScanOptions { RepositoryRoot = folder.Path }).AuditRepository(folder.Path, new[] { coc }));
        Assert.Equal("INCL407", finding.RuleId);
        Assert.Contains("there is no README or CONTRIBUTING guide", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_host_without_the_repository_can_leave_the_code_of_conduct_audit_out_and_keep_the_wording()
    {
        const string text = "# Code of Conduct\n\nThe master list. Report to [INSERT CONTACT METHOD].\n";
        var audited = new DocumentScanner(new DocumentScanOptions()).Scan("CODE_OF_CONDUCT.md", text);
        var notAudited = new DocumentScanner(new DocumentScanOptions { AuditCodeOfConduct = false }).Scan("CODE_OF_CONDUCT.md", text);
        Assert.Contains(audited, f => f.RuleId.StartsWith("INCL4", StringComparison.Ordinal));
        Assert.DoesNotContain(notAudited, f => f.RuleId.StartsWith("INCL4", StringComparison.Ordinal));
        Assert.Contains(notAudited, f => f.RuleId == "INCL201");
    }

    [Theory]
    [InlineData("README.md", true)]
    [InlineData("docs/page.HTML", true)]
    [InlineData("guide.markdown", true)]
    [InlineData("notes.txt", false)]
    [InlineData("inclusive.json", false)]
    [InlineData("Program.cs", false)]
    public void IsDocument_names_what_Scan_has_a_parser_for(string path, bool expected)
        => Assert.Equal(expected, DocumentScanner.IsDocument(path));
}
