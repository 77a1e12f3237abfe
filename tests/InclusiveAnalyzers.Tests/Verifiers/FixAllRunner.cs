using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InclusiveAnalyzers.Tests.Verifiers;

/// <summary>Runs a fixer's Fix All provider in a scope until nothing is left, or once per id as dotnet format does.</summary>
public sealed class FixAllRunner
{
    private readonly ImmutableArray<DiagnosticAnalyzer> analyzers;
    private readonly CodeFixProvider fixer;
    private readonly int maxIterations;

    public FixAllRunner(ImmutableArray<DiagnosticAnalyzer> analyzers, CodeFixProvider fixer, int maxIterations)
    {
        this.analyzers = analyzers;
        this.fixer = fixer;
        this.maxIterations = maxIterations;
    }

    public async Task<Solution> FixAllAsync(Solution solution, FixAllScope scope, int? index, string? key, CancellationToken cancellationToken)
    {
        string context = $"Fix All in {scope}";
        var provider = Provider(context, scope);
        for (int iteration = 0; iteration < maxIterations; iteration++)
        {
            var diagnostics = await DiagnosticRunner.GetDiagnosticsAsync(solution, analyzers, $"{context}, round {iteration + 1}", cancellationToken).ConfigureAwait(false);
            bool applied = false;
            foreach (var diagnostic in CodeActionRunner.Fixable(diagnostics, fixer))
            {
                var document = solution.GetDocument(diagnostic.Location.SourceTree)!;
                var action = CodeActionRunner.Select(await CodeActionRunner.GetActionsAsync(fixer, document, diagnostic, cancellationToken).ConfigureAwait(false), index, key);
                if (action is null)
                {
                    continue;
                }

                string equivalenceKey = action.EquivalenceKey
                    ?? throw new VerifierException($"{context}: the action '{action.Title}' has no equivalence key, so Fix All cannot find its siblings.");
                var fixAllContext = new FixAllContext(document, fixer, scope, equivalenceKey, fixer.FixableDiagnosticIds,
                    new LiveDiagnosticProvider(analyzers, fixer.FixableDiagnosticIds), cancellationToken);
                var fixAll = await provider.GetFixAsync(fixAllContext).ConfigureAwait(false)
                    ?? throw new VerifierException($"{context}: the Fix All provider returned no action for '{equivalenceKey}'.");
                var changed = await CodeActionRunner.ApplyAsync(fixAll, context, cancellationToken).ConfigureAwait(false);
                if (!changed.GetChanges(solution).GetProjectChanges().Any())
                {
                    continue; // Fix All leaves this one (public API a bulk fix must not break): try the next
                }

                solution = changed;
                applied = true;
                break;
            }

            if (!applied)
            {
                return solution;
            }
        }

        throw new VerifierException($"{context}: still fixing after {maxIterations} rounds; does Fix All change anything?");
    }

    /// <summary>
    /// dotnet format analyzers (SolutionCodeFixApplier): for each fixable id, analyze once, take the first diagnostic's
    /// first action's key, run Fix All in Solution scope once, and require exactly one ApplyChangesOperation.
    /// Returns null when the test selects another action than the first (dotnet format would not apply it).
    /// </summary>
    public async Task<Solution?> DotnetFormatAsync(Solution solution, string? key, CancellationToken cancellationToken)
    {
        const string context = "dotnet format path";
        var provider = Provider(context, FixAllScope.Solution);
        foreach (string id in fixer.FixableDiagnosticIds)
        {
            var byProject = new Dictionary<ProjectId, List<Diagnostic>>();
            foreach (var project in solution.Projects)
            {
                var diagnostics = await DiagnosticRunner.GetDiagnosticsAsync(project, analyzers, context, cancellationToken).ConfigureAwait(false);
                byProject[project.Id] = CodeActionRunner.Fixable(diagnostics, fixer, id).ToList();
            }

            var first = byProject.Values.SelectMany(d => d).FirstOrDefault();
            if (first is null)
            {
                continue;
            }

            var document = solution.GetDocument(first.Location.SourceTree)!;
            var actions = await CodeActionRunner.GetActionsAsync(fixer, document, first, cancellationToken).ConfigureAwait(false);
            if (actions.IsEmpty)
            {
                continue;
            }

            if (key is not null && actions[0].EquivalenceKey != key)
            {
                return null;
            }

            var fixAllContext = new FixAllContext(document, fixer, FixAllScope.Solution, actions[0].EquivalenceKey!, new[] { id },
                new DotnetFormatDiagnosticProvider(byProject), cancellationToken);
            var fixAll = await provider.GetFixAsync(fixAllContext).ConfigureAwait(false)
                ?? throw new VerifierException($"{context}: the Fix All provider returned no action for {id}; dotnet format would skip it.");
            solution = await CodeActionRunner.ApplyAsync(fixAll, context, cancellationToken).ConfigureAwait(false);
        }

        return solution;
    }

    private FixAllProvider Provider(string context, FixAllScope scope)
    {
        var provider = fixer.GetFixAllProvider()
            ?? throw new VerifierException($"{context}: {fixer.GetType().Name}.GetFixAllProvider() returned null (set CodeFixTestBehaviors.SkipFixAll/SkipDotnetFormat if intended).");
        if (!provider.GetSupportedFixAllScopes().Contains(scope))
        {
            throw new VerifierException($"{context}: {fixer.GetType().Name}'s Fix All does not support {scope} scope.");
        }

        return provider;
    }
}
