using InclusiveAnalyzers.Configuration;
using InclusiveAnalyzers.Identifiers;
using InclusiveAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InclusiveAnalyzers.Tests.Configuration;

public class ConfigurationAnalyzerTests
{
    private sealed class Test : AnalyzerTest
    {
        protected override IEnumerable<DiagnosticAnalyzer> GetAnalyzers() => new DiagnosticAnalyzer[] { new ConfigurationAnalyzer(), new IdentifierAnalyzer() };
    }

    private static Test WithConfig(string json, string code = "class C { }")
    {
        var test = new Test { TestCode = code, TestBehaviors = TestBehaviors.SkipSuppressionCheck };
        test.AdditionalFiles.Add(("inclusive.json", json));
        return test;
    }

    [Fact]
    public Task A_malformed_file_is_reported_at_its_line_and_column_and_defaults_apply()
    {
        var test = WithConfig("{\n  \"disable\": [\"slave\"\n}", "class {|INCL101:Master|} { int {|INCL101:slave|}; }");
        test.ExpectedDiagnostics.Add(new DiagnosticResult("INCL001", DiagnosticSeverity.Warning).WithSpan("/0/inclusive.json", 3, 1, 3, 2).WithSeverity(DiagnosticSeverity.Warning));
        return test.RunAsync();
    }

    [Fact]
    public Task Each_invalid_value_is_one_diagnostic_and_the_rest_still_applies()
    {
        var test = WithConfig(
            "{\n  \"disable\": [\"slave\", \"nosuch\"],\n  \"categories\": { \"rude\": true }\n}",
            "class {|INCL101:Master|} { int slave; }");
        test.ExpectedDiagnostics.Add(new DiagnosticResult("INCL001", DiagnosticSeverity.Warning).WithSpan("/0/inclusive.json", 2, 24, 2, 32)
            .WithMessage("\"disable\" names the term 'nosuch', which no catalog defines; run `inclusive rules` for the term ids."));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("INCL001", DiagnosticSeverity.Warning).WithSpan("/0/inclusive.json", 3, 19, 3, 25));
        return test.RunAsync();
    }

    [Fact]
    public Task A_valid_file_reports_nothing_and_changes_the_analysis()
        => WithConfig("""
            {
              "terms": [ { "id": "master", "severity": "error" }, { "id": "ninja", "words": ["ninja"], "replacements": ["expert"], "category": "cultural" } ],
              "allow": ["master key"],
              "overrides": [ { "files": ["Legacy/**"], "disable": ["slave"] } ]
            }
            """, "class {|#0:Master|} { int {|INCL101:slave|}; int MasterKey; int {|INCL101:NinjaMode|}; }").WithExpected(
                new DiagnosticResult("INCL101", DiagnosticSeverity.Warning).WithLocation(0).WithSeverity(DiagnosticSeverity.Error)).RunAsync();

    [Fact]
    public Task Path_overrides_apply_relative_to_the_config_file()
    {
        var test = WithConfig("{ \"overrides\": [ { \"files\": [\"Test0.cs\"], \"disable\": [\"slave\"] } ] }", "class C { int slave; }");
        return test.RunAsync();
    }

    [Fact]
    public Task Editorconfig_options_switch_terms_and_categories()
    {
        var test = new Test
        {
            TestCode = "class {|INCL101:Master|} { int slave; int whitelist; int MasterKey; int {|INCL101:Mastermind|}; }",
            EditorConfig = "inclusive_analyzers.disable = slave\ninclusive_analyzers.disable_categories = nothing\ninclusive_analyzers.allow = whitelist, master key\ninclusive_analyzers.enable = mastermind",
        };
        return test.RunAsync();
    }

    [Fact]
    public Task Editorconfig_severity_applies_to_every_term()
    {
        var test = new Test
        {
            TestCode = "class {|#0:Master|} { }",
            EditorConfig = "dotnet_diagnostic.INCL101.severity = error",
        };
        test.ExpectedDiagnostics.Add(new DiagnosticResult("INCL101", DiagnosticSeverity.Warning).WithLocation(0).WithSeverity(DiagnosticSeverity.Error));
        return test.RunAsync();
    }

    [Fact]
    public Task Editorconfig_none_silences_the_rule()
        => new Test { TestCode = "class Master { }", EditorConfig = "dotnet_diagnostic.INCL101.severity = none" }.RunAsync();
}

internal static class AnalyzerTestExtensions
{
    public static T WithExpected<T>(this T test, params DiagnosticResult[] expected)
        where T : AnalyzerTest
    {
        test.ExpectedDiagnostics.AddRange(expected);
        return test;
    }
}
