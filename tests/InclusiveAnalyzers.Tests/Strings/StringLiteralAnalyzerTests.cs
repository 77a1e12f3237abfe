using InclusiveAnalyzers.Strings;
using InclusiveAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Verify = InclusiveAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<InclusiveAnalyzers.Strings.StringLiteralAnalyzer>;

namespace InclusiveAnalyzers.Tests.Strings;

public class StringLiteralAnalyzerTests
{
    [Theory]
    [InlineData("class C { string s = \"the [|master|] node\"; }")]
    [InlineData("class C { string s = @\"the [|slave|]\"; }")]
    [InlineData("class C { string M(int n) => $\"{n} [|whitelisted|] hosts\"; }")]
    [InlineData("class C { string s = \"\"\"\n    the [|blacklist|]\n    \"\"\"; }")]
    [InlineData("class C { System.ReadOnlySpan<byte> M() => \"[|master|]\"u8; }")]
    [InlineData("class C { string s = \"line\\n[|master|] node\"; }")]
    public Task Reports_terms_in_every_literal_kind(string source) => Verify.VerifyAnalyzerAsync(source);

    [Theory]
    [InlineData("class C { string s = \"primary node\"; }")]
    [InlineData("class C { string s = \"https://github.com/o/r/tree/master\"; }")]
    [InlineData("[System.Obsolete(\"use the master\")] class C { }")]
    [InlineData("class C { string M(int master) => $\"{master}\"; }")]
    public Task Ignores_urls_attributes_and_code(string source) => Verify.VerifyAnalyzerAsync(source);

    [Theory]
    [InlineData("using Photon.Pun;\nnamespace Photon.Pun { static class PhotonNetwork { public static void ConnectUsingSettings() { } } }\nclass Launcher { void Start() { System.Console.WriteLine(\"Connecting to Master\"); PhotonNetwork.ConnectUsingSettings(); } void M() => System.Console.WriteLine(\"Connected to Master Server\"); }")]
    public Task Ignores_photons_master_server_in_log_lines_of_a_file_using_photon(string source) => Verify.VerifyAnalyzerAsync(source);

    [Theory]
    [InlineData("class Launcher { void Start() => System.Console.WriteLine(\"Connecting to [|Master|]\"); }")]
    public Task Reports_master_server_log_lines_where_nothing_names_photon(string source) => Verify.VerifyAnalyzerAsync(source);

    [Fact]
    public Task Is_off_by_default()
    {
        var test = new DefaultSeverityTest { TestCode = "class C { string s = \"master\"; }" };
        return test.RunAsync();
    }

    [Fact]
    public Task Editorconfig_severity_turns_it_on()
    {
        var test = new DefaultSeverityTest
        {
            TestCode = "class C { string s = \"{|#0:master|}\"; }",
            EditorConfig = "dotnet_diagnostic.INCL103.severity = warning",
        };
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Warning));
        return test.RunAsync();
    }

    [Fact]
    public Task Strings_option_false_switches_it_off_for_a_path()
    {
        var test = new CSharpAnalyzerVerifier<StringLiteralAnalyzer>.Test
        {
            TestCode = "class C { string s = \"master\"; }",
            EditorConfig = "inclusive_analyzers.strings = false",
        };
        return test.RunAsync();
    }

    /// <summary>Runs with the rule at its real default (disabled) unless the test configures it.</summary>
    private sealed class DefaultSeverityTest : CSharpAnalyzerVerifier<StringLiteralAnalyzer>.Test
    {
        public DefaultSeverityTest() => TestBehaviors = TestBehaviors.None;

        protected override async Task RunImplAsync(CancellationToken cancellationToken)
        {
            EditorConfig ??= "dotnet_diagnostic.INCL103.severity = default";
            await base.RunImplAsync(cancellationToken);
        }
    }
}
