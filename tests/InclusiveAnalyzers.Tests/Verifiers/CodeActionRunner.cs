using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace InclusiveAnalyzers.Tests.Verifiers;

/// <summary>Asks a fixer for its actions on one diagnostic, picks one, and applies it.</summary>
public static class CodeActionRunner
{
    /// <summary>The actions offered for a diagnostic, nested actions flattened in order.</summary>
    public static async Task<ImmutableArray<CodeAction>> GetActionsAsync(CodeFixProvider fixer, Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var actions = ImmutableArray.CreateBuilder<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), cancellationToken);
        await fixer.RegisterCodeFixesAsync(context).ConfigureAwait(false);
        return actions.SelectMany(Flatten).ToImmutableArray();
    }

    /// <summary>By equivalence key when given (and then the index, if given too, must point at it), else by index (default 0).</summary>
    public static CodeAction? Select(ImmutableArray<CodeAction> actions, int? index, string? key)
    {
        if (key is not null)
        {
            int found = actions.IndexOf(actions.FirstOrDefault(a => a.EquivalenceKey == key)!);
            return found < 0 || (index is { } i && i != found) ? null : actions[found];
        }

        int at = index ?? 0;
        return at < actions.Length ? actions[at] : null;
    }

    /// <summary>The action must yield exactly one <see cref="ApplyChangesOperation"/>; its solution is returned.</summary>
    public static async Task<Solution> ApplyAsync(CodeAction action, string context, CancellationToken cancellationToken)
    {
        var operations = await action.GetOperationsAsync(cancellationToken).ConfigureAwait(false);
        var apply = operations.OfType<ApplyChangesOperation>().ToList();
        if (apply.Count != 1)
        {
            throw new VerifierException($"{context}: the action '{action.Title}' yielded {apply.Count} ApplyChangesOperation(s) among {operations.Length} operation(s); exactly one is required.");
        }

        return apply[0].ChangedSolution;
    }

    /// <summary>The diagnostics a fixer can act on, in document order.</summary>
    public static IEnumerable<Diagnostic> Fixable(IEnumerable<Diagnostic> diagnostics, CodeFixProvider fixer, string? onlyId = null)
        => diagnostics
            .Where(d => !d.IsSuppressed && d.Location.IsInSource && fixer.FixableDiagnosticIds.Contains(d.Id) && (onlyId is null || d.Id == onlyId))
            .OrderBy(d => d.Location.SourceTree!.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal);

    private static IEnumerable<CodeAction> Flatten(CodeAction action)
        => action.NestedActions.IsDefaultOrEmpty ? new[] { action } : action.NestedActions.SelectMany(Flatten);
}
