using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InclusiveAnalyzers.Tests.Verifiers;

/// <summary>Shaped like Microsoft.CodeAnalysis.CSharp.Testing's code fix verifier, built on our own harness.</summary>
public static class CSharpCodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static DiagnosticResult Diagnostic() => CSharpAnalyzerVerifier<TAnalyzer>.Diagnostic();

    public static DiagnosticResult Diagnostic(string id) => CSharpAnalyzerVerifier<TAnalyzer>.Diagnostic(id);

    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);

    public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected)
        => CSharpAnalyzerVerifier<TAnalyzer>.VerifyAnalyzerAsync(source, expected);

    public static Task VerifyCodeFixAsync(string source, string fixedSource)
        => VerifyCodeFixAsync(source, Array.Empty<DiagnosticResult>(), fixedSource);

    public static Task VerifyCodeFixAsync(string source, DiagnosticResult expected, string fixedSource)
        => VerifyCodeFixAsync(source, new[] { expected }, fixedSource);

    public static Task VerifyCodeFixAsync(string source, DiagnosticResult[] expected, string fixedSource)
    {
        var test = new Test { TestCode = source, FixedCode = fixedSource };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    public static Task VerifyCodeFixAsync(string source, string fixedSource, int codeActionIndex)
        => new Test { TestCode = source, FixedCode = fixedSource, CodeActionIndex = codeActionIndex }.RunAsync();

    public static Task VerifyCodeFixAsync(string source, string fixedSource, string codeActionEquivalenceKey)
        => new Test { TestCode = source, FixedCode = fixedSource, CodeActionEquivalenceKey = codeActionEquivalenceKey }.RunAsync();

    public class Test : CodeFixTest
    {
        protected override IEnumerable<DiagnosticAnalyzer> GetAnalyzers() => new[] { new TAnalyzer() };

        protected override CodeFixProvider GetCodeFixProvider() => new TCodeFix();
    }
}
