using Microsoft.CodeAnalysis.CodeFixes;
using Xunit;
using Verify = InclusiveAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<InclusiveAnalyzers.Tests.Verifiers.Tests.FooAnalyzer, InclusiveAnalyzers.Tests.Verifiers.Tests.RenameFooFixer>;

namespace InclusiveAnalyzers.Tests.Verifiers.Tests;

public class CodeFixVerifierTests
{
    [Fact]
    public Task FirstActionByDefault()
        => Verify.VerifyCodeFixAsync("class C { int [|Foo|]; int M() => Foo; }", "class C { int Baz; int M() => Baz; }");

    [Fact]
    public Task ActionByIndex()
        => Verify.VerifyCodeFixAsync("class C { int [|Foo|]; int M() => Foo; }", "class C { int Qux; int M() => Qux; }", 1);

    [Fact]
    public Task ActionByEquivalenceKey()
        => Verify.VerifyCodeFixAsync("class C { int [|Foo|]; int M() => Foo; }", "class C { int Qux; int M() => Qux; }", "Rename.Qux");

    [Fact]
    public Task UnknownKeyLeavesTheDiagnostics()
        => Verify.VerifyCodeFixAsync("class C { int [|Foo|]; }", "class C { int [|Foo|]; }", "Rename.Nothing");

    [Fact]
    public async Task WrongFixedTextFailsWithADiff()
    {
        var error = await Assert.ThrowsAsync<VerifierException>(() => Verify.VerifyCodeFixAsync("class C\n{\n    int [|Foo|];\n}", "class C\n{\n    int Bar;\n}"));
        Assert.Contains(" -     int Bar;", error.Message);
        Assert.Contains(" +     int Baz;", error.Message);
    }

    [Fact]
    public async Task DiagnosticsLeftAfterFixingMustBeMarked()
    {
        // The fixed text is right, but the expected fixed source marks a diagnostic that is no longer reported.
        var error = await Assert.ThrowsAsync<VerifierException>(() => Verify.VerifyCodeFixAsync("class C { int [|Foo|]; }", "class C { int [|Baz|]; }"));
        Assert.Contains("diagnostics left", error.Message);
    }

    [Fact]
    public Task RenamesAcrossDocumentsProjectsAndTheFileName()
    {
        var consumer = new ProjectState("Consumer")
        {
            Sources = { "class User { int M(Foo f) => f.Value; }" },
            FixedSources = { "class User { int M(Baz f) => f.Value; }" },
        };
        return new Verify.Test
        {
            Sources = { ("Foo.cs", "public class [|Foo|] { public int Value; }"), "class Other { Foo? f; }" },
            FixedSources = { ("Baz.cs", "public class Baz { public int Value; }"), "class Other { Baz? f; }" },
            AdditionalProjects = { consumer },
            // BatchFixer merges text changes only, so Fix All keeps the old file name.
            FixAllFixedSources = { ("Foo.cs", "public class Baz { public int Value; }"), "class Other { Baz? f; }" },
        }.RunAsync();
    }

    [Fact]
    public async Task AMissedFileRenameFails()
    {
        var test = new Verify.Test
        {
            Sources = { ("Foo.cs", "public class [|Foo|] { }") },
            FixedSources = { ("Foo.cs", "public class Baz { }") },
            CodeFixTestBehaviors = CodeFixTestBehaviors.SkipFixAll | CodeFixTestBehaviors.SkipDotnetFormat,
        };
        var error = await Assert.ThrowsAsync<VerifierException>(() => test.RunAsync());
        Assert.Contains("expected the name 'Foo.cs', found 'Baz.cs'", error.Message);
    }

    [Fact]
    public async Task AFixThatDoesNotCompileFails()
    {
        var test = new CSharpCodeFixVerifier<FooAnalyzer, BreakingFixer>.Test { TestCode = "class C { int [|Foo|]; }", FixedCode = "class C { int 1Foo; }" };
        var error = await Assert.ThrowsAsync<VerifierException>(() => test.RunAsync());
        Assert.Contains("does not compile", error.Message);
    }

    [Fact]
    public async Task AFixThatNeverRemovesItsDiagnosticFails()
    {
        var test = new CSharpCodeFixVerifier<FooAnalyzer, NoOpFixer>.Test { TestCode = "class C { int [|Foo|]; }", FixedCode = "class C { int [|Foo|]; }", MaxIterations = 5 };
        var error = await Assert.ThrowsAsync<VerifierException>(() => test.RunAsync());
        Assert.Contains("still fixing after 5", error.Message);
    }

    [Fact]
    public async Task AFixerWithoutFixAllFailsUnlessSkipped()
    {
        var test = new CSharpCodeFixVerifier<FooAnalyzer, NoFixAllFixer>.Test { TestCode = "class C { int [|Foo|]; }", FixedCode = "class C { int Baz; }" };
        var error = await Assert.ThrowsAsync<VerifierException>(() => test.RunAsync());
        Assert.Contains("GetFixAllProvider() returned null", error.Message);

        test.CodeFixTestBehaviors = CodeFixTestBehaviors.SkipFixAll | CodeFixTestBehaviors.SkipDotnetFormat;
        await test.RunAsync();
    }

    [Fact]
    public async Task DotnetFormatNeedsSolutionScope()
    {
        var test = new CSharpCodeFixVerifier<FooAnalyzer, DocumentOnlyFixAllFixer>.Test { TestCode = "class C { int [|Foo|]; }", FixedCode = "class C { int Baz; }", CodeFixTestBehaviors = CodeFixTestBehaviors.SkipFixAll };
        var error = await Assert.ThrowsAsync<VerifierException>(() => test.RunAsync());
        Assert.Contains("dotnet format path", error.Message);
        Assert.Contains("does not support Solution", error.Message);
    }

    [Fact]
    public async Task DotnetFormatNeedsExactlyOneApplyChangesOperation()
    {
        var test = new CSharpCodeFixVerifier<FooAnalyzer, TwoOperationsFixer>.Test { TestCode = "class C { int [|Foo|]; }", FixedCode = "class C { int Baz; }", CodeFixTestBehaviors = CodeFixTestBehaviors.SkipFixAll };
        var error = await Assert.ThrowsAsync<VerifierException>(() => test.RunAsync());
        Assert.Contains("2 ApplyChangesOperation(s)", error.Message);
    }

    [Fact]
    public async Task FixAllIsCheckedInEveryScope()
    {
        // The Document-scope provider returns documents unchanged: every scope's result is compared.
        var test = new CSharpCodeFixVerifier<FooAnalyzer, DocumentOnlyFixAllFixer>.Test
        {
            TestCode = "class C { int [|Foo|]; }",
            FixedCode = "class C { int Baz; }",
            CodeFixTestBehaviors = CodeFixTestBehaviors.SkipDotnetFormat,
            MaxIterations = 3,
        };
        test.FixAllScopes.Clear();
        test.FixAllScopes.Add(FixAllScope.Document);
        var error = await Assert.ThrowsAsync<VerifierException>(() => test.RunAsync());
        Assert.Contains("Fix All in Document", error.Message);
    }

    [Fact]
    public Task OfferedTitlesAreChecked()
        => Assert.ThrowsAsync<VerifierException>(() => new Verify.Test
        {
            TestCode = "class C { int [|Foo|]; }",
            FixedCode = "class C { int Baz; }",
            ExpectedActionTitles = new() { "Rename to Qux", "Rename to Baz" },
        }.RunAsync());

    [Fact]
    public Task OfferedTitlesPass()
        => new Verify.Test
        {
            TestCode = "class C { int [|Foo|]; }",
            FixedCode = "class C { int Baz; }",
            ExpectedActionTitles = new() { "Rename to Baz", "Rename to Qux" },
        }.RunAsync();

    [Fact]
    public Task SeveralDiagnosticsAreFixedOneAfterAnother()
        => Verify.VerifyCodeFixAsync(
            "class [|FooA|] { int [|Foo|]; void [|FooM|]() { } }",
            "class BazA { int Baz; void BazM() { } }");
}

public class DotnetFormatPathTests
{
    [Fact]
    public async Task AFileRenameUnderDotnetFormatFails()
    {
        var test = new CSharpCodeFixVerifier<FooAnalyzer, FileRenamingFixer>.Test
        {
            TestCode = "class C { int [|Foo|]; }",
            FixedSources = { ("Renamed.cs", "class C { int Baz; }") },
            CodeFixTestBehaviors = CodeFixTestBehaviors.SkipFixAll,
        };
        var error = await Assert.ThrowsAsync<VerifierException>(() => test.RunAsync());
        Assert.Contains("dotnet format path", error.Message);
        Assert.Contains("expected the name 'Test0.cs', found 'Renamed.cs'", error.Message);
    }
}
