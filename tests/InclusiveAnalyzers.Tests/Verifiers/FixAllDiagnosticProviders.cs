using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InclusiveAnalyzers.Tests.Verifiers;

/// <summary>What an IDE gives Fix All: live diagnostics of the solution being fixed, suppressed ones left out.</summary>
internal sealed class LiveDiagnosticProvider : FixAllContext.DiagnosticProvider
{
    private readonly ImmutableArray<DiagnosticAnalyzer> analyzers;
    private readonly ImmutableHashSet<string> ids;

    public LiveDiagnosticProvider(ImmutableArray<DiagnosticAnalyzer> analyzers, IEnumerable<string> ids)
    {
        this.analyzers = analyzers;
        this.ids = ids.ToImmutableHashSet();
    }

    public override async Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
        => (await DiagnosticRunner.GetDiagnosticsAsync(project, analyzers, "Fix All diagnostics", cancellationToken).ConfigureAwait(false))
            .Where(d => !d.IsSuppressed && ids.Contains(d.Id));

    public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
    {
        var tree = await document.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false);
        return (await GetAllDiagnosticsAsync(document.Project, cancellationToken).ConfigureAwait(false)).Where(d => d.Location.SourceTree == tree);
    }

    public override async Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
        => (await GetAllDiagnosticsAsync(project, cancellationToken).ConfigureAwait(false)).Where(d => !d.Location.IsInSource);
}

/// <summary>
/// What dotnet format gives Fix All (SolutionCodeFixApplier): diagnostics computed once before fixing; project
/// diagnostics include located ones, and document diagnostics are matched by file path.
/// </summary>
internal sealed class DotnetFormatDiagnosticProvider : FixAllContext.DiagnosticProvider
{
    private readonly IReadOnlyDictionary<ProjectId, List<Diagnostic>> byProject;

    public DotnetFormatDiagnosticProvider(IReadOnlyDictionary<ProjectId, List<Diagnostic>> byProject) => this.byProject = byProject;

    public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
        => GetProjectDiagnosticsAsync(project, cancellationToken);

    public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        => (await GetProjectDiagnosticsAsync(document.Project, cancellationToken).ConfigureAwait(false))
            .Where(d => d.Location.SourceTree?.FilePath == document.FilePath).ToImmutableArray();

    public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
        => Task.FromResult<IEnumerable<Diagnostic>>(byProject.TryGetValue(project.Id, out var list) ? list : new List<Diagnostic>());
}
