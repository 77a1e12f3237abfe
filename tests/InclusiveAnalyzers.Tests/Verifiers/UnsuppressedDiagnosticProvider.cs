using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace InclusiveAnalyzers.Tests.Verifiers;

/// <summary>
/// Hosts never hand a fixer a diagnostic suppressed in source. The kit only sees such diagnostics when a test expects
/// one (<see cref="TestSetup.ExpectsSuppressed"/>); this keeps them out of Fix All there too.
/// </summary>
internal sealed class UnsuppressedDiagnosticProvider : FixAllContext.DiagnosticProvider
{
    private readonly FixAllContext.DiagnosticProvider inner;

    public UnsuppressedDiagnosticProvider(FixAllContext.DiagnosticProvider inner) => this.inner = inner;

    public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        => (await inner.GetDocumentDiagnosticsAsync(document, cancellationToken).ConfigureAwait(false)).Where(d => !d.IsSuppressed);

    public override async Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
        => (await inner.GetProjectDiagnosticsAsync(project, cancellationToken).ConfigureAwait(false)).Where(d => !d.IsSuppressed);

    public override async Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
        => (await inner.GetAllDiagnosticsAsync(project, cancellationToken).ConfigureAwait(false)).Where(d => !d.IsSuppressed);
}
