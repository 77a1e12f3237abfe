using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InclusiveAnalyzers.CodeFixes.Shared;
using InclusiveAnalyzers.Core.Configuration;
using InclusiveAnalyzers.Core.Rules;
using InclusiveAnalyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace InclusiveAnalyzers.CodeFixes.Identifiers
{
    /// <summary>
    /// Fix All for renames, one symbol after another. The batch fixer merges edits computed against the
    /// original solution and silently drops overlapping ones (a declaration and a use of another renamed
    /// symbol on one line), so here each target is re-found by its declaration after every rename. All
    /// diagnostics of one symbol (two terms in one name, partial declarations) become one rename.
    /// </summary>
    internal sealed class RenameFixAllProvider : FixAllProvider
    {
        public static readonly RenameFixAllProvider Instance = new RenameFixAllProvider();

        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes()
            => new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

        public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
        {
            if (!FixKeys.TryParse(fixAllContext.CodeActionEquivalenceKey, out var kind, out int index)
                || !(kind == FixKeys.Rename || kind == FixKeys.RenameKeepObsolete || kind == FixKeys.RenamePlain))
            {
                return null;
            }

            var diagnostics = await CollectAsync(fixAllContext).ConfigureAwait(false);
            if (diagnostics.IsEmpty)
            {
                return null;
            }

            // The first action's key, Rename (what dotnet format and inclusive fix pick), follows each file's
            // public_api policy; the second action asks for the other way everywhere: forwarders, or plain renames.
            PublicApiPolicy? policy = kind == FixKeys.RenameKeepObsolete ? PublicApiPolicy.Forward
                : kind == FixKeys.RenamePlain ? PublicApiPolicy.Rename
                : (PublicApiPolicy?)null;
            var solution = fixAllContext.Solution;
            return CodeAction.Create(
                "Rename every name (public API as inclusive_analyzers.public_api says)",
                ct => FixAllAsync(solution, diagnostics, index, policy, ct),
                fixAllContext.CodeActionEquivalenceKey);
        }

        private static async Task<ImmutableArray<Diagnostic>> CollectAsync(FixAllContext context)
        {
            IEnumerable<Diagnostic> all;
            switch (context.Scope)
            {
                case FixAllScope.Document when context.Document != null:
                    all = await context.GetDocumentDiagnosticsAsync(context.Document).ConfigureAwait(false);
                    break;
                case FixAllScope.Project:
                    all = await context.GetAllDiagnosticsAsync(context.Project).ConfigureAwait(false);
                    break;
                case FixAllScope.Solution:
                    var list = new List<Diagnostic>();
                    foreach (var project in context.Solution.Projects)
                    {
                        list.AddRange(await context.GetAllDiagnosticsAsync(project).ConfigureAwait(false));
                    }

                    all = list;
                    break;
                default:
                    return ImmutableArray<Diagnostic>.Empty;
            }

            // Names declared in Razor files are renamed one at a time (RazorRenamer): Fix All re-finds each target in
            // the document it was reported in, and the generator's output is a new document after every rename.
            return all.Where(d => d.Id == RuleCatalog.Identifier && d.Location.IsInSource && !Razor.RazorGeneratedCode.IsOutput(d.Location.SourceTree!))
                .GroupBy(d => (d.Location.SourceTree!.FilePath, d.Location.SourceSpan, d.Properties.TryGetValue(PropertyNames.TermId, out var t) ? t : null))
                .Select(g => g.First())
                .ToImmutableArray();
        }

        private static async Task<Solution> FixAllAsync(Solution solution, ImmutableArray<Diagnostic> diagnostics, int index, PublicApiPolicy? policy, CancellationToken cancellationToken)
        {
            var targets = await RenameTargets.GroupAsync(solution, diagnostics, index, policy, cancellationToken).ConfigureAwait(false);
            for (int i = 0; i < targets.Count; i++)
            {
                if (RenameBudget.StopsBefore(targets.Count - i))
                {
                    break;
                }

                var target = targets[i];
                var found = await target.RefindAsync(solution, cancellationToken).ConfigureAwait(false);
                if (found is null)
                {
                    continue;
                }

                string newName = NameEdits.Merge(target.OldName, target.Suggestions);
                var renamed = await SafeRenamer.RenameAsync(solution, found.Value.Symbol, target.DocumentId, found.Value.Position, newName, target.Mode == RenameMode.KeepForwarder, cancellationToken).ConfigureAwait(false);
                if (renamed is null)
                {
                    continue;
                }

                await MovePositionsAsync(solution, renamed, targets, cancellationToken).ConfigureAwait(false);
                solution = renamed;
            }

            return solution;
        }

        // Text moved in the documents the rename touched: carry every target's position along.
        private static async Task MovePositionsAsync(Solution before, Solution after, List<RenameTarget> targets, CancellationToken cancellationToken)
        {
            foreach (var group in targets.GroupBy(t => t.DocumentId))
            {
                var oldDocument = before.GetDocument(group.Key);
                var newDocument = after.GetDocument(group.Key);
                if (oldDocument is null || newDocument is null || oldDocument == newDocument)
                {
                    continue;
                }

                var changes = (await newDocument.GetTextChangesAsync(oldDocument, cancellationToken).ConfigureAwait(false)).ToList();
                foreach (var target in group)
                {
                    target.Position = PositionMap.Map(target.Position, changes);
                }
            }
        }
    }
}
