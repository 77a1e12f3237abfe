using System.Collections.Immutable;
using InclusiveAnalyzers.CodeFixes.Identifiers;
using InclusiveAnalyzers.Core.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace InclusiveAnalyzers.Cli.Scanning.CSharp;

/// <summary>
/// The shipped code fixes through their Fix All providers over a whole solution, first suggestion, in
/// the order comments (INCL102), strings (INCL103), then identifiers (INCL101, renamed with every
/// reference). Shared by the in-memory files (<see cref="CSharpFixer"/>) and loaded projects.
/// </summary>
internal static class FixAllLoop
{
    private static readonly (string Id, string Kind)[] Order =
    {
        (RuleCatalog.Comment, "Rewrite"),
        (RuleCatalog.StringLiteral, "Rewrite"),
        (RuleCatalog.Identifier, "Rename"),
    };

    /// <summary>Renames can uncover further matches (a type and its file's other members): a few passes settle it.</summary>
    private const int MaxPasses = 3;

    /// <summary>
    /// How long the renames of one fix may take: five minutes plus thirty seconds per MB of C#. Each rename searches and
    /// recompiles the code (about 10 to 500 ms), so a real clean-up of hundreds of names fits, while 20,000 generated
    /// names (hours) stop with the count of those left; the next run goes on from there.
    /// </summary>
    public static TimeSpan RenameBudgetFor(long sourceChars) => TimeSpan.FromSeconds(300 + 30.0 * sourceChars / 1_000_000);

    /// <summary>What a stopped fix says: how many renames are left and why.</summary>
    public static string RenamesLeftMessage(int left, TimeSpan budget) =>
        $"renaming stopped after the {budget.TotalSeconds:N0} s allowed for it with {left:N0} name{(left == 1 ? "" : "s")} still to rename " +
        "(each rename searches and recompiles the code); the renames made are complete and written: run fix again to go on";

    /// <param name="reported">The diagnostics to fix in a solution: those the configuration reports, in the projects being fixed.</param>
    /// <param name="renameBudget">The time the renames may take (<see cref="RenameBudgetFor"/>).</param>
    /// <param name="renamesLeft">Called with the renames not made when the budget ran out (the loop then stops).</param>
    public static async Task<Solution> RunAsync(Solution solution, Func<Solution, CancellationToken, Task<ImmutableArray<Diagnostic>>> reported, TimeSpan renameBudget, Action<int> renamesLeft, CancellationToken cancellationToken)
    {
        var budget = RenameBudget.Start(renameBudget);
        // Analysing is most of the cost: once per solution version, not once per rule.
        Solution? analysed = null;
        var all = ImmutableArray<Diagnostic>.Empty;

        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var changed = false;
            foreach (var (id, kind) in Order)
            {
                if (analysed != solution)
                {
                    all = await reported(solution, cancellationToken).ConfigureAwait(false);
                    analysed = solution;
                }

                var diagnostics = all.Where(d => d.Id == id).ToImmutableArray();
                if (diagnostics.IsEmpty)
                {
                    continue;
                }

                var fixer = CSharpProject.AllFixers.FirstOrDefault(f => f.FixableDiagnosticIds.Contains(id));
                var fixAll = fixer?.GetFixAllProvider();
                var first = solution.GetDocument(diagnostics[0].Location.SourceTree);
                if (fixer is null || fixAll is null || first is null)
                {
                    continue;
                }

                var context = new FixAllContext(first, fixer, FixAllScope.Solution, $"{id}.{kind}.0", new[] { id }, new Provider(solution, diagnostics), cancellationToken);
                var action = await fixAll.GetFixAsync(context).ConfigureAwait(false);
                if (action is null)
                {
                    continue;
                }

                foreach (var operation in await action.GetOperationsAsync(cancellationToken).ConfigureAwait(false))
                {
                    if (operation is ApplyChangesOperation apply && apply.ChangedSolution != solution)
                    {
                        solution = apply.ChangedSolution;
                        changed = true;
                    }
                }

                if (budget.Stopped)
                {
                    renamesLeft(budget.Left);
                    return solution;
                }
            }

            if (!changed)
            {
                break;
            }
        }

        return solution;
    }

    /// <summary>Hands the precomputed diagnostics to a Fix All provider, each project its own.</summary>
    private sealed class Provider : FixAllContext.DiagnosticProvider
    {
        private readonly ILookup<ProjectId?, Diagnostic> byProject;

        public Provider(Solution solution, ImmutableArray<Diagnostic> diagnostics)
        {
            byProject = diagnostics.ToLookup(d => solution.GetDocument(d.Location.SourceTree)?.Project.Id);
        }

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(byProject[project.Id]);

        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        {
            var tree = await document.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false);
            return byProject[document.Project.Id].Where(d => d.Location.SourceTree == tree);
        }

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult(Enumerable.Empty<Diagnostic>());
    }
}
