using InclusiveAnalyzers.Shared;
using InclusiveAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.CSharp;

namespace InclusiveAnalyzers.Tests.Shared;

/// <summary>
/// The CLI's per-file budget: with <c>inclusive_analyzers.internal.report_before</c> set for a file, nothing from that
/// position on is checked or reported, by any of the term analyzers; without it (a build, the IDE) everything is.
/// </summary>
public class ReportLimitTests
{
    private const string Cut = "/*cut*/";

    // What the CLI sets beside the per-file positions: without it the analyzers read none (a build never sets it).
    private static readonly string LimitsOn = $"{ReportLimit.AnyKey} = true";

    // The position of the cut in the source as the analyzers see it (the markup stripped).
    private static string LimitAtCut(string source) => $"{ReportLimit.Key} = {source.Replace("[|", "").Replace("|]", "").IndexOf(Cut, StringComparison.Ordinal)}";

    [Fact]
    public Task Comments_past_the_limit_are_not_reported()
    {
        const string source = "// the [|master|] copy\n" + Cut + "\n// the slave copy\nclass C { }\n";
        return new CSharpAnalyzerVerifier<InclusiveAnalyzers.Comments.CommentAnalyzer>.Test { TestCode = source, EditorConfig = LimitAtCut(source), GlobalConfig = LimitsOn }.RunAsync();
    }

    [Fact]
    public Task Declared_symbols_past_the_limit_are_not_reported()
    {
        const string source = "class C { int [|master|]; void M(int [|whitelist|]) { } " + Cut + " int slave; }";
        return new CSharpAnalyzerVerifier<InclusiveAnalyzers.Identifiers.IdentifierAnalyzer>.Test { TestCode = source, EditorConfig = LimitAtCut(source), GlobalConfig = LimitsOn }.RunAsync();
    }

    [Fact]
    public Task A_parameter_past_the_limit_is_not_reported_though_its_method_starts_before_it()
    {
        const string source = "class C { void [|Blacklist|](int a, " + Cut + " int slave) { } }";
        return new CSharpAnalyzerVerifier<InclusiveAnalyzers.Identifiers.IdentifierAnalyzer>.Test { TestCode = source, EditorConfig = LimitAtCut(source), GlobalConfig = LimitsOn }.RunAsync();
    }

    [Fact]
    public Task Names_declared_by_syntax_past_the_limit_are_not_reported()
    {
        const string source = "class C { void M() { int [|master|] = 1; " + Cut + " int slave = 2; } }";
        return new CSharpAnalyzerVerifier<InclusiveAnalyzers.Identifiers.IdentifierAnalyzer>.Test { TestCode = source, EditorConfig = LimitAtCut(source), GlobalConfig = LimitsOn }.RunAsync();
    }

    [Fact]
    public Task Strings_past_the_limit_are_not_reported()
    {
        const string source = "class C { string a = \"the [|master|] copy\"; " + Cut + " string b = \"the slave copy\"; }";
        return new CSharpAnalyzerVerifier<InclusiveAnalyzers.Strings.StringLiteralAnalyzer>.Test
        {
            TestCode = source,
            EditorConfig = "dotnet_diagnostic.INCL103.severity = warning\n" + LimitAtCut(source),
            GlobalConfig = LimitsOn,
        }.RunAsync();
    }

    [Fact]
    public Task Without_the_option_everything_is_reported()
    {
        return new CSharpAnalyzerVerifier<InclusiveAnalyzers.Identifiers.IdentifierAnalyzer>.Test { TestCode = "class C { int [|master|]; " + Cut + " int [|slave|]; }" }.RunAsync();
    }

    [Fact]
    public Task A_position_without_the_global_switch_is_no_limit()
    {
        const string source = "class C { int [|master|]; " + Cut + " int [|slave|]; }";
        return new CSharpAnalyzerVerifier<InclusiveAnalyzers.Identifiers.IdentifierAnalyzer>.Test { TestCode = source, EditorConfig = LimitAtCut(source) }.RunAsync();
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("many")]
    [InlineData("")]
    public Task A_value_that_is_no_position_is_no_limit(string value)
    {
        return new CSharpAnalyzerVerifier<InclusiveAnalyzers.Identifiers.IdentifierAnalyzer>.Test
        {
            TestCode = "class C { int [|master|]; int [|slave|]; }",
            EditorConfig = $"{ReportLimit.Key} = {value}",
            GlobalConfig = LimitsOn,
        }.RunAsync();
    }

    [Fact]
    public void Possible_findings_are_comment_words_and_declared_names_not_references_or_strings()
    {
        var tree = CSharpSyntaxTree.ParseText(
            "class C { int master; void M() { master = 1; M2(master: master); var s = \"slave\"; } // master slave\n int whitelist; }");
        var matcher = Core.Terms.TermMatcher.Create(Core.Terms.TermCatalog.Default);
        var text = tree.ToString();
        Assert.Equal(text.IndexOf("master;", StringComparison.Ordinal), PossibleFindings.PositionAfter(tree, matcher, 0, default));
        Assert.Equal(text.IndexOf("master slave", StringComparison.Ordinal), PossibleFindings.PositionAfter(tree, matcher, 1, default));
        Assert.Equal(text.IndexOf("slave\n", StringComparison.Ordinal), PossibleFindings.PositionAfter(tree, matcher, 2, default));
        Assert.Equal(text.IndexOf("whitelist;", StringComparison.Ordinal), PossibleFindings.PositionAfter(tree, matcher, 3, default));
        Assert.Equal(-1, PossibleFindings.PositionAfter(tree, matcher, 4, default));
    }
}
