using System.Reflection;
using System.Text.RegularExpressions;
using InclusiveAnalyzers.Core.Rules;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InclusiveAnalyzers.Tests.Rules;

/// <summary>Every descriptor is catalogued, documented, release-tracked and linked to its page.</summary>
public class DescriptorTests
{
    private static readonly string Root = FindRoot();

    public static IEnumerable<object[]> Analyzers()
        => typeof(global::InclusiveAnalyzers.Identifiers.IdentifierAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() != null)
            .Select(t => new object[] { t.Name });

    private static DiagnosticAnalyzer Create(string name)
        => (DiagnosticAnalyzer)Activator.CreateInstance(typeof(global::InclusiveAnalyzers.Identifiers.IdentifierAnalyzer).Assembly.GetTypes().Single(t => t.Name == name))!;

    [Fact]
    public void There_is_an_analyzer_per_code_rule()
        => Assert.Equal(
            new[] { "INCL001", "INCL101", "INCL102", "INCL103" },
            Analyzers().Where(a => (string)a[0] != nameof(global::InclusiveAnalyzers.Documents.DocumentAnalyzer))
                .SelectMany(a => Create((string)a[0]).SupportedDiagnostics).Select(d => d.Id).Distinct().OrderBy(i => i)); // RazorCodeAnalyzer reports INCL101/102 too

    [Fact]
    public void The_document_analyzer_supports_every_document_rule_but_the_code_of_conduct_audit()
        => Assert.Equal(
            RuleCatalog.All.Select(r => r.Id).Where(id => id == "INCL002" || id.StartsWith("INCL2", StringComparison.Ordinal) || id.StartsWith("INCL3", StringComparison.Ordinal)).OrderBy(i => i, StringComparer.Ordinal),
            new global::InclusiveAnalyzers.Documents.DocumentAnalyzer().SupportedDiagnostics.Select(d => d.Id).OrderBy(i => i, StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Analyzers))]
    public void Descriptors_match_the_catalog_and_link_to_their_page(string analyzer)
    {
        var unshipped = File.ReadAllText(Path.Combine(Root, "src", "InclusiveAnalyzers", "AnalyzerReleases.Unshipped.md"));
        foreach (var descriptor in Create(analyzer).SupportedDiagnostics)
        {
            var documents = analyzer == nameof(global::InclusiveAnalyzers.Documents.DocumentAnalyzer);
            Assert.Matches(new Regex(documents ? @"^INCL[0-3]\d\d$" : @"^INCL[01]\d\d$"), descriptor.Id);
            var rule = RuleCatalog.Get(descriptor.Id);
            Assert.Equal(rule.Title, descriptor.Title.ToString(CultureInfo.InvariantCulture));
            Assert.Equal(rule.Category, descriptor.Category);
            // The document analyzer decides per document whether a rule runs (see DocumentDescriptors), so every descriptor is on.
            Assert.Equal(documents || rule.EnabledByDefault, descriptor.IsEnabledByDefault);
            Assert.Equal(RuleCatalog.HelpLink(descriptor.Id), descriptor.HelpLinkUri);
            Assert.EndsWith("/docs/rules/" + descriptor.Id + ".md", descriptor.HelpLinkUri);
            Assert.True(File.Exists(Path.Combine(Root, "docs", "rules", descriptor.Id + ".md")), $"docs/rules/{descriptor.Id}.md is missing");
            Assert.Matches(new Regex("^" + descriptor.Id + @" \| " + descriptor.Category + @" \|", RegexOptions.Multiline), unshipped);
        }
    }

    [Fact]
    public void Every_catalog_rule_has_a_page()
    {
        var missing = RuleCatalog.All.Where(r => !File.Exists(Path.Combine(Root, "docs", "rules", r.Id + ".md"))).Select(r => r.Id).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_page_belongs_to_a_catalog_rule()
    {
        var orphans = Directory.GetFiles(Path.Combine(Root, "docs", "rules"), "INCL*.md")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(id => RuleCatalog.Find(id!) is null)
            .ToList();
        Assert.Empty(orphans);
    }

    [Fact]
    public void Every_fixable_code_rule_has_a_fixer()
    {
        var fixable = typeof(InclusiveAnalyzers.CodeFixes.RenameIdentifierFixer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t))
            .SelectMany(t => ((CodeFixProvider)Activator.CreateInstance(t)!).FixableDiagnosticIds)
            .ToHashSet();
        foreach (var rule in RuleCatalog.All.Where(r => r.Fixable && r.Id.StartsWith("INCL1", StringComparison.Ordinal)))
        {
            Assert.Contains(rule.Id, fixable);
        }
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "InclusiveAnalyzers.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("InclusiveAnalyzers.sln not found above " + AppContext.BaseDirectory);
    }
}
