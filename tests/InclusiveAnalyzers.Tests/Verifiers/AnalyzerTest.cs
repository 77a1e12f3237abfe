using Microsoft.CodeAnalysis.Diagnostics;

namespace InclusiveAnalyzers.Tests.Verifiers;

/// <summary>An analyzer test running several analyzers together (markup then names the id: <c>{|INCL101:x|}</c>).</summary>
public abstract class AnalyzerTest : CSharpAnalyzerVerifier<EmptyDiagnosticAnalyzer>.Test
{
    protected abstract IEnumerable<DiagnosticAnalyzer> GetAnalyzers();

    protected sealed override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => GetAnalyzers();
}
