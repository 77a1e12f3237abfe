using InclusiveAnalyzers.Comments;
using InclusiveAnalyzers.Identifiers;
using InclusiveAnalyzers.Strings;
using InclusiveAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InclusiveAnalyzers.Tests.Patterns;

/// <summary>The code cases of reference/test-patterns.md section B (W01-W19), with every code rule on.</summary>
public class CodePatternTests
{
    private sealed class Test : AnalyzerTest
    {
        protected override IEnumerable<DiagnosticAnalyzer> GetAnalyzers()
            => new DiagnosticAnalyzer[] { new IdentifierAnalyzer(), new CommentAnalyzer(), new StringLiteralAnalyzer() };
    }

    private static Task Run(string code, string? editorConfig = null, string? config = null, params MetadataReference[] references)
    {
        var test = new Test { TestCode = code, EditorConfig = editorConfig };
        if (config != null)
        {
            test.AdditionalFiles.Add(("inclusive.json", config));
        }

        test.AdditionalReferences.AddRange(references);
        return test.RunAsync();
    }

    [Fact] public Task W01_split_compound_in_a_type() => Run("record struct {|INCL101:WhiteListEntry|}(string Host);");
    [Fact] public Task W02_split_compound_at_the_start_of_a_field() => Run("class C { internal static int {|INCL101:BlackListSize|}; }");
    [Fact] public Task W03_doc_comment_located_on_the_word() => Run("class C {\n/// <remarks>Entries in the {|INCL102:blacklist|} are skipped.</remarks>\nvoid M() { } }");
    [Fact] public Task W04_control() => Run("class Probe { }");
    [Fact] public Task W05_pronoun_only_with_the_family() => Run("class User { } class C { void Notify(User him) { } }");
    [Fact] public Task W05_pronoun_with_the_family_enabled() => Run("class User { } class C { void Notify(User {|INCL101:him|}) { } }", "inclusive_analyzers.enable_categories = pronoun");
    [Fact]
    public Task W06_longest_match_wins()
    {
        var test = new Test { TestCode = "enum BillingState { Active, {|#0:Grandfathered|} }" };
        test.ExpectedDiagnostics.Add(new DiagnosticResult("INCL101", DiagnosticSeverity.Warning).WithLocation(0)
            .WithMessage("The name 'Grandfathered' contains 'Grandfathered' (racial): consider 'Exempted', 'Legacy' or 'Preapproved'"));
        return test.RunAsync();
    }
    [Fact] public Task W07_inflected_local() => Run("class C { bool Check() => true; void M() { bool {|INCL101:wasBlacklisted|} = Check(); } }");
    [Fact] public Task W08_interface_prefix() => Run("interface {|INCL101:IMasterClock|} { }");
    [Fact] public Task W09_sql_system_database_in_a_connection_string() => Run("class C { string cs = \"Server=.;Initial Catalog=master;Integrated Security=true\"; }");

    [Fact]
    public async Task W10_allow_list_entry_matches_part_of_an_identifier_and_base_types_are_never_reported()
    {
        var library = CSharpCompilation.Create("Vendor", new[] { CSharpSyntaxTree.ParseText("public class MasterDetailPage { }") },
            await ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        Assert.True(library.Emit(image).Success);
        var reference = MetadataReference.CreateFromImage(image.ToArray());
        await Task.WhenAll(
            Run("public partial class {|INCL101:OrdersMasterDetailPage|} : MasterDetailPage { }", references: reference),
            Run("public partial class OrdersMasterDetailPage : MasterDetailPage { }", "inclusive_analyzers.allow = masterdetail", references: reference));
    }

    [Fact] public Task W11_screaming_snake_with_a_split_compound() => Run("class C { const int {|INCL101:MAX_WHITE_LIST_LEN|} = 64; }");
    [Fact] public Task W12_term_as_the_first_word_part() => Run("class C { private const string {|INCL101:DummyToken|} = \"x\"; }");
    [Fact] public Task W13_url_in_a_comment() => Run("// spec: https://git.example.org/acme/spec/src/branch/master/errors.md\nclass C { }");
    [Fact] public Task W14_url_in_a_string() => Run("class C { string feed = \"https://blacklist.example/feeds/slave-nodes.txt\"; }");
    [Fact] public Task W15_plain_term_in_a_comment() => Run("// Merge into {|INCL102:master|} only after the release build passes.\nclass C { }");
    [Fact] public Task W16_custom_term_does_not_match_across_word_parts() => Run("class C { int sharedLineCount; }", config: "{ \"terms\": [ { \"id\": \"redline\", \"words\": [\"redline\"], \"replacements\": [\"limit\"] } ] }");
    [Fact] public Task W17_hyphenated_test_data() => Run("class C { string tenantId = \"{|INCL103:dummy|}-tenant-7\"; }");
    [Fact] public Task W17_a_path_glob_suppresses_fixture_data() => Run("class C { string tenantId = \"dummy-tenant-7\"; }", config: "{ \"overrides\": [ { \"files\": [\"Test0.cs\"], \"disable\": [\"dummy\"] } ] }");

    [Fact]
    public Task W18_pragma_suppression_in_code()
    {
        var test = new Test
        {
            TestCode = "class C {\n#pragma warning disable INCL101\npublic string {|#0:WhitelistCsv|};\n#pragma warning restore INCL101\n}",
            TestBehaviors = TestBehaviors.SkipSuppressionCheck,
        };
        test.ExpectedDiagnostics.Add(new DiagnosticResult("INCL101", DiagnosticSeverity.Warning).WithLocation(0).WithIsSuppressed());
        return test.RunAsync();
    }

    [Fact] public Task W19_standard_term_is_reported() => Run("// The TLS 1.2 {|INCL102:master|} secret is derived during the handshake.\nclass C { }");
    [Fact] public Task W19_and_silenced_by_an_allowed_phrase() => Run("// The TLS 1.2 master secret is derived during the handshake.\nclass C { }", "inclusive_analyzers.allow = master secret");
}
