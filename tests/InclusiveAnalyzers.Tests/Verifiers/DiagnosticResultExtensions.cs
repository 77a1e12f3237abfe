namespace InclusiveAnalyzers.Tests.Verifiers;

public static class DiagnosticResultExtensions
{
    /// <summary>Expects the diagnostic reported as suppressed (the kit's method takes the value).</summary>
    public static DiagnosticResult WithIsSuppressed(this DiagnosticResult result) => result.WithIsSuppressed(true);
}
