using Microsoft.CodeAnalysis;
using Xunit;
using Verify = InclusiveAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<InclusiveAnalyzers.Tests.Verifiers.Tests.FooAnalyzer>;

namespace InclusiveAnalyzers.Tests.Verifiers.Tests;

public class AnalyzerVerifierTests
{
    [Fact]
    public Task MarkupDiagnosticsPass()
        => Verify.VerifyAnalyzerAsync("class C { int [|Foo|]; void {|TEST001:FooBar|}() { } }");

    [Fact]
    public async Task ExplicitSpanSeverityAndMessagePass()
    {
        await Verify.VerifyAnalyzerAsync("class C\n{\n    int Foo;\n}", Verify.Diagnostic().WithSpan(3, 9, 3, 12).WithArguments("Foo"));
        await Verify.VerifyAnalyzerAsync(
            "class C\n{\n    int Foo;\n}",
            Verify.Diagnostic().WithLocation("Test0.cs", 3, 9).WithMessage("'Foo' contains Foo").WithSeverity(DiagnosticSeverity.Warning));
    }

    [Fact]
    public Task OneReportedTwoExpectedFails()
        => Assert.ThrowsAsync<VerifierException>(() => Verify.VerifyAnalyzerAsync(
            "class C\n{\n    int Foo;\n}",
            Verify.Diagnostic().WithSpan(3, 9, 3, 12),
            Verify.Diagnostic().WithLocation(3, 9)));

    [Fact]
    public Task NamedLocationPasses()
        => Verify.VerifyAnalyzerAsync("class C { int {|#0:Foo|}; }", Verify.Diagnostic().WithLocation(0).WithArguments("Foo"));

    [Fact]
    public async Task WrongSpanFails()
    {
        var error = await Assert.ThrowsAsync<VerifierException>(() => Verify.VerifyAnalyzerAsync("class C { [|int|] Foo; }"));
        Assert.Contains("expected, not reported: /0/Test0.cs(1,11)-(1,14)", error.Message);
        Assert.Contains("reported, not expected: /0/Test0.cs(1,15)-(1,18): warning TEST001", error.Message);
        Assert.Contains("Diagnostic(\"TEST001\").WithSpan(\"/0/Test0.cs\", 1, 15, 1, 18)", error.Message);
    }

    [Fact]
    public async Task MissingDiagnosticFails()
    {
        var error = await Assert.ThrowsAsync<VerifierException>(() => Verify.VerifyAnalyzerAsync("class C { int Foo; }"));
        Assert.Contains("reported, not expected", error.Message);
    }

    [Fact]
    public async Task DiagnosticNotReportedFails()
    {
        var error = await Assert.ThrowsAsync<VerifierException>(() => Verify.VerifyAnalyzerAsync("class C { int [|Bar|]; }"));
        Assert.Contains("expected, not reported", error.Message);
    }

    [Fact]
    public Task WrongSeverityFails()
        => Assert.ThrowsAsync<VerifierException>(() => Verify.VerifyAnalyzerAsync("class C { int {|#0:Foo|}; }", Verify.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Error)));

    [Fact]
    public Task WrongMessageFails()
        => Assert.ThrowsAsync<VerifierException>(() => Verify.VerifyAnalyzerAsync("class C { int {|#0:Foo|}; }", Verify.Diagnostic().WithLocation(0).WithArguments("Bar")));

    [Fact]
    public async Task UnknownNamedLocationFails()
    {
        var error = await Assert.ThrowsAsync<VerifierException>(() => Verify.VerifyAnalyzerAsync("class C { int [|Foo|]; }", Verify.Diagnostic().WithLocation(3)));
        Assert.Contains("{|#3:...|}", error.Message);
    }

    [Fact]
    public async Task InputThatDoesNotCompileFails()
    {
        var error = await Assert.ThrowsAsync<VerifierException>(() => Verify.VerifyAnalyzerAsync("class C { int [|Foo|] }"));
        Assert.Contains("does not compile", error.Message);
        Assert.Contains("CS1002", error.Message);
    }

    [Fact]
    public async Task AnalyzerExceptionFails()
    {
        var test = new CSharpAnalyzerVerifier<ThrowingAnalyzer>.Test { TestCode = "class C { int Foo; }" };
        var error = await Assert.ThrowsAsync<VerifierException>(() => test.RunAsync());
        Assert.Contains("boom", error.Message);
    }

    [Fact]
    public async Task AnalyzerReportingInGeneratedCodeFails()
    {
        var test = new CSharpAnalyzerVerifier<GeneratedCodeBlindAnalyzer>.Test { TestCode = "class C { int [|Foo|]; }" };
        var error = await Assert.ThrowsAsync<VerifierException>(() => test.RunAsync());
        Assert.Contains("auto-generated", error.Message);
    }

    [Fact]
    public Task GeneratedCodeCheckCanBeSkipped()
        => new CSharpAnalyzerVerifier<GeneratedCodeBlindAnalyzer>.Test { TestCode = "class C { int [|Foo|]; }", TestBehaviors = TestBehaviors.SkipGeneratedCodeCheck }.RunAsync();

    [Fact]
    public Task PragmaSuppressedDiagnosticIsReportedAsSuppressed()
        => Verify.VerifyAnalyzerAsync(
            "class C\n{\n#pragma warning disable TEST001\n    int Foo;\n}",
            Verify.Diagnostic().WithSpan(4, 9, 4, 12).WithIsSuppressed());

    [Fact]
    public Task SuppressedDiagnosticExpectedAsActiveFails()
        => Assert.ThrowsAsync<VerifierException>(() => Verify.VerifyAnalyzerAsync("class C\n{\n#pragma warning disable TEST001\n    int Foo;\n}", Verify.Diagnostic().WithSpan(4, 9, 4, 12)));

    [Fact]
    public Task EditorConfigRaisesSeverity()
        => new Verify.Test
        {
            TestCode = "class C { int {|#0:Foo|}; }",
            EditorConfig = "dotnet_diagnostic.TEST001.severity = error",
            ExpectedDiagnostics = { Verify.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Error) },
        }.RunAsync();

    [Fact]
    public Task EditorConfigCanSwitchARuleOff()
        => new Verify.Test { TestCode = "class C { int Foo; }", EditorConfig = "dotnet_diagnostic.TEST001.severity = none" }.RunAsync();

    [Fact]
    public Task EditorConfigSectionsAreHonoured()
        => new Verify.Test
        {
            Sources = { "class C { int [|Foo|]; }", ("Other.cs", "class D { int Foo; }") },
            EditorConfig = "[Other.cs]\ndotnet_diagnostic.TEST001.severity = none",
        }.RunAsync();

    [Fact]
    public Task GlobalConfigSetsSeverity()
        => new Verify.Test
        {
            TestCode = "class C { int {|#0:Foo|}; }",
            GlobalConfig = "dotnet_diagnostic.TEST001.severity = suggestion",
            ExpectedDiagnostics = { Verify.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Info) },
        }.RunAsync();

    [Fact]
    public Task ConfiguringOneRuleLeavesTheOthersEnabled()
        => new CSharpAnalyzerVerifier<BarAndFileAnalyzer>.Test
        {
            TestCode = "class C { int {|TEST002:Bar|}; }",
            AdditionalFiles = { ("a.txt", "bad") },
            GlobalConfig = "dotnet_diagnostic.TEST003.severity = none",
        }.RunAsync();

    [Fact]
    public Task RulesOffByDefaultAreEnabled()
        => new CSharpAnalyzerVerifier<BarAndFileAnalyzer>.Test { TestCode = "class C { int {|TEST002:Bar|}; }" }.RunAsync();

    [Fact]
    public async Task BareMarkupNeedsASingleDescriptor()
    {
        var test = new CSharpAnalyzerVerifier<BarAndFileAnalyzer>.Test { TestCode = "class C { int [|Bar|]; }" };
        var error = await Assert.ThrowsAsync<VerifierException>(() => test.RunAsync());
        Assert.Contains("MarkupDiagnosticId", error.Message);

        await new CSharpAnalyzerVerifier<BarAndFileAnalyzer>.Test { TestCode = "class C { int [|Bar|]; }", MarkupDiagnosticId = "TEST002" }.RunAsync();
    }

    [Fact]
    public Task MarkupInAdditionalFilesLocatesTheirDiagnostics()
        => new CSharpAnalyzerVerifier<BarAndFileAnalyzer>.Test
        {
            TestCode = "class C { }",
            AdditionalFiles = { ("notes.txt", "all good\nnot {|TEST003:bad|} at all") },
        }.RunAsync();

    [Fact]
    public Task SeveralDocumentsAndProjects()
    {
        var consumer = new ProjectState("Consumer") { Sources = { "class D { C? [|Foo|]; }" } };
        var test = new Verify.Test { Sources = { "public class C { }", "class E { int [|FooE|]; }" }, AdditionalProjects = { consumer } };
        return test.RunAsync();
    }

    [Fact]
    public async Task ExplicitPathsReachOtherProjects()
    {
        var consumer = new ProjectState("Consumer") { Sources = { "class D { C? Foo; }" } };
        var test = new Verify.Test { TestCode = "public class C { }", AdditionalProjects = { consumer } };
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithSpan("/Consumer/Test0.cs", 1, 14, 1, 17));
        await test.RunAsync();

        test.ExpectedDiagnostics[0] = Verify.Diagnostic().WithSpan(1, 14, 1, 17);
        await Assert.ThrowsAsync<VerifierException>(() => test.RunAsync());
    }

    [Fact]
    public async Task ADiagnosticInTheWrongFileFails()
    {
        var test = new Verify.Test { Sources = { "class C { }", "class E { int Foo; }" } };
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithSpan(1, 15, 1, 18));
        var error = await Assert.ThrowsAsync<VerifierException>(() => test.RunAsync());
        Assert.Contains("/0/Test1.cs(1,15)", error.Message);
    }
}
