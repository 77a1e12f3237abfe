using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InclusiveAnalyzers.Tests.Verifiers;

/// <summary>Shaped like Microsoft.CodeAnalysis.CSharp.Testing's verifier, built on our own harness.</summary>
public static class CSharpAnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    /// <summary>The analyzer's single descriptor (fails when it has several).</summary>
    public static DiagnosticResult Diagnostic()
    {
        var descriptors = new TAnalyzer().SupportedDiagnostics;
        return descriptors.Length == 1
            ? new DiagnosticResult(descriptors[0])
            : throw new VerifierException($"{typeof(TAnalyzer).Name} supports {descriptors.Length} descriptors; pass the id.");
    }

    public static DiagnosticResult Diagnostic(string id)
        => new TAnalyzer().SupportedDiagnostics.FirstOrDefault(d => d.Id == id) is { } descriptor ? new DiagnosticResult(descriptor) : new DiagnosticResult(id);

    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);

    public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    public class Test : AnalyzerTest
    {
        protected override IEnumerable<DiagnosticAnalyzer> GetAnalyzers() => new[] { new TAnalyzer() };
    }
}
