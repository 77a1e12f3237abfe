using Microsoft.CodeAnalysis;
using Verify = InclusiveAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<InclusiveAnalyzers.Tests.Verifiers.Tests.FooAnalyzer, InclusiveAnalyzers.Tests.Verifiers.Tests.RenameFooFixer>;

namespace InclusiveAnalyzers.Tests.Verifiers.Tests;

/// <summary>What our wrappers add to the Roslyn SDK test kit, each shown to pass and to fail.</summary>
public class KitExtensionTests
{
    [Fact]
    public Task Actions_by_index_and_by_key()
        => Task.WhenAll(
            Verify.VerifyCodeFixAsync("class C { int [|Foo|]; int M() => Foo; }", "class C { int Baz; int M() => Baz; }"),
            Verify.VerifyCodeFixAsync("class C { int [|Foo|]; int M() => Foo; }", "class C { int Qux; int M() => Qux; }", 1),
            Verify.VerifyCodeFixAsync("class C { int [|Foo|]; int M() => Foo; }", "class C { int Qux; int M() => Qux; }", "Rename.Qux"));

    [Fact]
    public Task Markup_left_in_the_fixed_source_is_expected_to_remain()
        => Verify.VerifyCodeFixAsync("class C { int [|Foo|]; }", "class C { int [|Foo|]; }", "Rename.Nothing");

    [Fact]
    public Task Markup_left_in_the_fixed_source_must_still_be_reported()
        => Assert.ThrowsAsync<InvalidOperationException>(() => Verify.VerifyCodeFixAsync("class C { int [|Foo|]; }", "class C { int [|Baz|]; }"));

    [Fact]
    public async Task Offered_titles_are_compared()
    {
        await new Verify.Test
        {
            TestCode = "class C { int [|Foo|]; }",
            FixedCode = "class C { int Baz; }",
            ExpectedActionTitles = new() { "Rename to Baz", "Rename to Qux" },
        }.RunAsync();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => new Verify.Test
        {
            TestCode = "class C { int [|Foo|]; }",
            FixedCode = "class C { int Baz; }",
            ExpectedActionTitles = new() { "Rename to Qux", "Rename to Baz" },
        }.RunAsync());
        Assert.Contains("titles offered", error.Message);
    }

    [Fact]
    public async Task Dotnet_format_needs_fix_all_in_solution_scope()
    {
        var test = new CSharpCodeFixVerifier<FooAnalyzer, DocumentOnlyFixAllFixer>.Test
        {
            TestCode = "class C { int [|Foo|]; }",
            FixedCode = "class C { int Baz; }",
            CodeFixTestBehaviors = CodeFixTestBehaviors.SkipFixAllCheck,
        };
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => test.RunAsync());
        Assert.Contains("dotnet format path", error.Message);
        Assert.Contains("no Fix All in Solution scope", error.Message);

        await new CSharpCodeFixVerifier<FooAnalyzer, DocumentOnlyFixAllFixer>.Test
        {
            TestCode = "class C { int [|Foo|]; }",
            FixedCode = "class C { int Baz; }",
            CodeFixTestBehaviors = CodeFixTestBehaviors.SkipFixAllCheck,
            SkipDotnetFormatCheck = true,
        }.RunAsync();
    }

    [Fact]
    public async Task Dotnet_format_needs_exactly_one_apply_changes_operation()
    {
        var test = new CSharpCodeFixVerifier<FooAnalyzer, TwoOperationsFixer>.Test
        {
            TestCode = "class C { int [|Foo|]; }",
            FixedCode = "class C { int Baz; }",
            CodeFixTestBehaviors = CodeFixTestBehaviors.SkipFixAllCheck,
        };
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => test.RunAsync());
        Assert.Contains("gave 2 ApplyChangesOperation(s)", error.Message);
    }

    [Fact]
    public async Task Dotnet_format_cannot_rename_a_file()
    {
        var test = new CSharpCodeFixVerifier<FooAnalyzer, FileRenamingFixer>.Test
        {
            TestCode = "class C { int [|Foo|]; }",
            FixedSources = { ("Renamed.cs", "class C { int Baz; }") },
            CodeFixTestBehaviors = CodeFixTestBehaviors.SkipFixAllCheck,
        };
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => test.RunAsync());
        Assert.Contains("MSBuildWorkspace cannot apply a file rename", error.Message);
    }

    [Fact]
    public async Task Dotnet_format_result_must_match_the_fix_all_result()
    {
        // The kit's Fix All check is skipped, so only the dotnet format path sees Fix All leave the text unchanged.
        var test = new CSharpCodeFixVerifier<FooAnalyzer, UnchangedSolutionFixAllFixer>.Test
        {
            TestCode = "class C { int [|Foo|]; }",
            FixedCode = "class C { int Baz; }",
            CodeFixTestBehaviors = CodeFixTestBehaviors.SkipFixAllCheck,
        };
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => test.RunAsync());
        Assert.Contains("dotnet format path", error.Message);
        Assert.Contains("did not match", error.Message);

        // With the kit's own Fix All check on (the default), the kit already catches it.
        var fixAll = new CSharpCodeFixVerifier<FooAnalyzer, UnchangedSolutionFixAllFixer>.Test
        {
            TestCode = "class C { int [|Foo|]; }",
            FixedCode = "class C { int Baz; }",
            SkipDotnetFormatCheck = true,
        };
        error = await Assert.ThrowsAsync<InvalidOperationException>(() => fixAll.RunAsync());
        Assert.DoesNotContain("dotnet format path", error.Message);
    }

    [Fact]
    public async Task A_message_is_compared_only_when_given()
    {
        await new CSharpAnalyzerVerifier<FooAnalyzer>.Test
        {
            TestCode = "class C { int {|#0:Foo|}; }",
            ExpectedDiagnostics = { Verify.Diagnostic().WithLocation(0) },
        }.RunAsync();
        await CSharpAnalyzerVerifier<FooAnalyzer>.VerifyAnalyzerAsync("class C { int {|#0:Foo|}; }", Verify.Diagnostic().WithLocation(0).WithArguments("Foo"));
        await Assert.ThrowsAsync<InvalidOperationException>(
            () => CSharpAnalyzerVerifier<FooAnalyzer>.VerifyAnalyzerAsync("class C { int {|#0:Foo|}; }", Verify.Diagnostic().WithLocation(0).WithArguments("Bar")));
        await Assert.ThrowsAsync<InvalidOperationException>(
            () => CSharpAnalyzerVerifier<FooAnalyzer>.VerifyAnalyzerAsync("class C { int {|#0:Foo|}; }", Verify.Diagnostic().WithLocation(0).WithMessage("other")));
    }

    [Fact]
    public async Task A_rule_off_by_default_is_on_unless_the_test_configures_it()
    {
        await new CSharpAnalyzerVerifier<BarAndFileAnalyzer>.Test { TestCode = "class C { int {|TEST002:Bar|}; }" }.RunAsync();
        await new CSharpAnalyzerVerifier<BarAndFileAnalyzer>.Test { TestCode = "class C { int Bar; }", EditorConfig = "dotnet_diagnostic.TEST002.severity = none" }.RunAsync();
        await new CSharpAnalyzerVerifier<BarAndFileAnalyzer>.Test { TestCode = "class C { int Foo; }", EditorConfig = "dotnet_diagnostic.TEST003.severity = none" }.RunAsync();
        await new CSharpAnalyzerVerifier<BarAndFileAnalyzer>.Test { TestCode = "class C { int Bar; }", GlobalConfig = "dotnet_diagnostic.TEST002.severity = none" }.RunAsync();
        await Assert.ThrowsAsync<InvalidOperationException>(
            () => new CSharpAnalyzerVerifier<BarAndFileAnalyzer>.Test { TestCode = "class C { int Bar; }" }.RunAsync());
    }

    [Fact]
    public Task An_additional_file_named_without_a_folder_lands_beside_Test0()
    {
        var test = new CSharpAnalyzerVerifier<BarAndFileAnalyzer>.Test { TestCode = "class C { }", AdditionalFiles = { ("notes.txt", "a bad word") } };
        test.ExpectedDiagnostics.Add(new DiagnosticResult(BarAndFileAnalyzer.FileRule).WithSpan("/0/notes.txt", 1, 3, 1, 6));
        return test.RunAsync();
    }

    [Fact]
    public async Task Suppressed_diagnostics_are_seen_only_when_expected()
    {
        const string source = "class C\n{\n#pragma warning disable TEST001\n    int Foo;\n#pragma warning restore TEST001\n}";
        await new CSharpAnalyzerVerifier<FooAnalyzer>.Test { TestCode = source }.RunAsync();
        await new CSharpAnalyzerVerifier<FooAnalyzer>.Test
        {
            TestCode = source,
            ExpectedDiagnostics = { Verify.Diagnostic().WithSpan(4, 9, 4, 12).WithIsSuppressed() },
            TestBehaviors = TestBehaviors.SkipSuppressionCheck,
        }.RunAsync();
    }
}
