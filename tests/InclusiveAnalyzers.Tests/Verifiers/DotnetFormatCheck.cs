using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InclusiveAnalyzers.Tests.Verifiers;

/// <summary>
/// What the kit lacks: the path <c>dotnet format analyzers</c> takes (SolutionCodeFixApplier). For each fixable id it
/// analyses once, takes the first diagnostic's first action's equivalence key, runs Fix All once in Solution scope
/// and needs exactly one ApplyChangesOperation. MSBuildWorkspace cannot rename documents, so the result must keep
/// every file name; its texts must be the expected Fix All texts (which the kit already compiled and analysed).
/// </summary>
internal sealed class DotnetFormatCheck
{
    private const string Context = "dotnet format path (Fix All in Solution scope, first action, one pass)";
    private readonly ImmutableArray<DiagnosticAnalyzer> analyzers;
    private readonly CodeFixProvider fixer;
    private readonly IVerifier verify;

    public DotnetFormatCheck(ImmutableArray<DiagnosticAnalyzer> analyzers, CodeFixProvider fixer, IVerifier verify)
    {
        this.analyzers = analyzers;
        this.fixer = fixer;
        this.verify = verify.PushContext(Context);
    }

    /// <summary>Runs the path on <paramref name="project"/>'s solution; skipped when the test chooses another action than the first.</summary>
    public async Task RunAsync(Project project, IReadOnlyDictionary<string, IReadOnlyList<string>> expectedTexts, int? index, string? key, CancellationToken cancellationToken)
    {
        if (index is > 0)
        {
            return;
        }

        var before = project.Solution;
        var solution = await FormatAsync(before, key, cancellationToken).ConfigureAwait(false);
        if (solution is null)
        {
            return;
        }

        foreach (var p in solution.Projects)
        {
            var expected = expectedTexts[p.Name];
            var documents = p.Documents.ToList();
            verify.Equal(expected.Count, documents.Count, $"number of documents in {p.Name}");
            for (int i = 0; i < documents.Count; i++)
            {
                var old = before.GetDocument(documents[i].Id);
                if (old is not null && (old.Name != documents[i].Name || old.FilePath != documents[i].FilePath))
                {
                    verify.Fail($"'{old.FilePath}' was renamed to '{documents[i].FilePath}': MSBuildWorkspace cannot apply a file rename.");
                }

                var text = await documents[i].GetTextAsync(cancellationToken).ConfigureAwait(false);
                verify.EqualOrDiff(expected[i], text.ToString(), $"content of '{documents[i].FilePath}' did not match (diff shown with expected as baseline):");
            }
        }
    }

    /// <summary>
    /// What `dotnet format analyzers` does to a solution: per fixable id, the first action's key, Fix All once in
    /// Solution scope. Null when <paramref name="key"/> names another action than the first.
    /// </summary>
    public async Task<Solution?> FormatAsync(Solution before, string? key, CancellationToken cancellationToken)
    {
        var solution = before;
        foreach (string id in fixer.FixableDiagnosticIds)
        {
            var byProject = new Dictionary<ProjectId, ImmutableArray<Diagnostic>>();
            foreach (var p in solution.Projects)
            {
                byProject[p.Id] = await FixableAsync(p, id, cancellationToken).ConfigureAwait(false);
            }

            var first = byProject.Values.SelectMany(d => d).OrderBy(d => d.Location.SourceTree!.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start).FirstOrDefault();
            if (first is null)
            {
                continue;
            }

            var document = solution.GetDocument(first.Location.SourceTree)!;
            var actions = new List<CodeAction>();
            await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, first, (a, _) => actions.Add(a), cancellationToken)).ConfigureAwait(false);
            if (actions.Count == 0)
            {
                continue;
            }

            if (key is not null && actions[0].EquivalenceKey != key)
            {
                return null; // dotnet format would apply the first action, not the one this test chooses
            }

            var provider = fixer.GetFixAllProvider();
            if (provider is null || !provider.GetSupportedFixAllScopes().Contains(FixAllScope.Solution))
            {
                verify.Fail($"{fixer.GetType().Name} has no Fix All in Solution scope, so dotnet format skips {id}.");
                return null;
            }

            var context = new FixAllContext(document, fixer, FixAllScope.Solution, actions[0].EquivalenceKey!, new[] { id }, new Provider(byProject), cancellationToken);
            var fixAll = await provider.GetFixAsync(context).ConfigureAwait(false);
            var operations = fixAll is null ? ImmutableArray<CodeActionOperation>.Empty : await fixAll.GetOperationsAsync(cancellationToken).ConfigureAwait(false);
            var applies = operations.OfType<ApplyChangesOperation>().ToList();
            if (applies.Count != 1)
            {
                verify.Fail($"Fix All for {id} gave {applies.Count} ApplyChangesOperation(s); dotnet format needs exactly one.");
                return null;
            }

            solution = applies[0].ChangedSolution;
        }

        return solution;
    }

    private async Task<ImmutableArray<Diagnostic>> FixableAsync(Project project, string id, CancellationToken cancellationToken)
    {
        var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        var diagnostics = await compilation!.WithAnalyzers(analyzers, project.AnalyzerOptions).GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
        if (diagnostics.FirstOrDefault(d => d.Id == "AD0001") is { } crash)
        {
            verify.Fail(crash.ToString());
        }

        return diagnostics.Where(d => d.Id == id && !d.IsSuppressed && d.Location.IsInSource).ToImmutableArray();
    }

    /// <summary>Hands Fix All the diagnostics found before it ran, as dotnet format does.</summary>
    private sealed class Provider : FixAllContext.DiagnosticProvider
    {
        private readonly Dictionary<ProjectId, ImmutableArray<Diagnostic>> byProject;

        public Provider(Dictionary<ProjectId, ImmutableArray<Diagnostic>> byProject) => this.byProject = byProject;

        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        {
            var tree = await document.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false);
            return byProject.TryGetValue(document.Project.Id, out var all) ? all.Where(d => d.Location.SourceTree == tree) : Enumerable.Empty<Diagnostic>();
        }

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult(Enumerable.Empty<Diagnostic>()); // diagnostics without a location: none are fixable

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult(byProject.TryGetValue(project.Id, out var all) ? all.AsEnumerable() : Enumerable.Empty<Diagnostic>());
    }
}
