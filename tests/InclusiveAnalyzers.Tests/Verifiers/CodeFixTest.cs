using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace InclusiveAnalyzers.Tests.Verifiers;

/// <summary>
/// A code fix test: the analyzer test, then one action at a time (by index or equivalence key) until nothing is left
/// to fix, Fix All in each scope, and the dotnet format path. Every result must match the expected sources
/// (names included), compile, and report exactly the diagnostics marked in the expected sources.
/// </summary>
public abstract class CodeFixTest : AnalyzerTest
{
    /// <summary>Adds a fixed source to the primary project (Test0.cs, ...).</summary>
    public string FixedCode { set => TestState.FixedSources.Add(value); }

    public SourceFileList FixedSources => TestState.FixedSources;

    /// <summary>Adds a Fix All result to the primary project, when it differs from the one-at-a-time result.</summary>
    public string FixAllFixedCode { set => TestState.FixAllFixedSources.Add(value); }

    public SourceFileList FixAllFixedSources => TestState.FixAllFixedSources;

    /// <summary>Diagnostics still expected after fixing, besides those marked in the fixed sources.</summary>
    public List<DiagnosticResult> FixedExpectedDiagnostics { get; } = new();

    public int? CodeActionIndex { get; set; }

    public string? CodeActionEquivalenceKey { get; set; }

    /// <summary>When set, the titles offered for the first fixable diagnostic of the original sources, in order.</summary>
    public List<string>? ExpectedActionTitles { get; set; }

    public List<FixAllScope> FixAllScopes { get; } = new() { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

    public CodeFixTestBehaviors CodeFixTestBehaviors { get; set; }

    /// <summary>Most actions applied one at a time (or Fix All rounds) before the test gives up.</summary>
    public int MaxIterations { get; set; } = 50;

    protected abstract CodeFixProvider GetCodeFixProvider();

    public override async Task RunAsync(CancellationToken cancellationToken = default)
    {
        await base.RunAsync(cancellationToken).ConfigureAwait(false);
        var fixer = GetCodeFixProvider();

        if (ExpectedActionTitles is not null)
        {
            await VerifyActionTitlesAsync(fixer, cancellationToken).ConfigureAwait(false);
        }

        if (!CodeFixTestBehaviors.HasFlag(CodeFixTestBehaviors.SkipIterativeFix))
        {
            var built = Build(p => p.Sources);
            var fixedSolution = await FixOneAtATimeAsync(built.Solution, fixer, cancellationToken).ConfigureAwait(false);
            await VerifyFixedAsync(built, fixedSolution, FixedOrSources, "One action at a time", cancellationToken).ConfigureAwait(false);
        }

        if (!CodeFixTestBehaviors.HasFlag(CodeFixTestBehaviors.SkipFixAll))
        {
            foreach (var scope in FixAllScopes)
            {
                var built = Build(p => p.Sources);
                var runner = new FixAllRunner(Analyzers, fixer, MaxIterations);
                var fixedSolution = await runner.FixAllAsync(built.Solution, scope, CodeActionIndex, CodeActionEquivalenceKey, cancellationToken).ConfigureAwait(false);
                await VerifyFixedAsync(built, fixedSolution, FixAllOrFixed, $"Fix All in {scope}", cancellationToken).ConfigureAwait(false);
            }
        }

        if (!CodeFixTestBehaviors.HasFlag(CodeFixTestBehaviors.SkipDotnetFormat) && (CodeActionIndex ?? 0) == 0)
        {
            const string context = "dotnet format path (Fix All in Solution, first action, one pass)";
            var workspace = new DotnetFormatWorkspace();
            var built = Build(p => p.Sources, workspace: workspace);
            workspace.Loaded = true;
            var runner = new FixAllRunner(Analyzers, fixer, MaxIterations);
            var fixedSolution = await runner.DotnetFormatAsync(built.Solution, CodeActionEquivalenceKey, cancellationToken).ConfigureAwait(false);
            if (fixedSolution is not null)
            {
                // Files keep their names there: MSBuildWorkspace cannot rename documents.
                await VerifyFixedAsync(built, fixedSolution, p => WithNamesOf(p.Sources, FixAllOrFixed(p)), context, cancellationToken).ConfigureAwait(false);
                try
                {
                    workspace.TryApplyChanges(fixedSolution);
                }
                catch (NotSupportedException e)
                {
                    throw new VerifierException($"{context}: the change cannot be applied by dotnet format's workspace: {e.Message}");
                }
            }
        }
    }

    private static SourceFileList WithNamesOf(SourceFileList names, SourceFileList texts)
    {
        var result = new SourceFileList("Test", ".cs");
        for (int i = 0; i < texts.Count; i++)
        {
            result.Add((i < names.Count ? names[i].Name : texts[i].Name, texts[i].Content));
        }

        return result;
    }

    private static SourceFileList FixedOrSources(ProjectState p) => p.FixedSources.Count > 0 ? p.FixedSources : p.Sources;

    private static SourceFileList FixAllOrFixed(ProjectState p) => p.FixAllFixedSources.Count > 0 ? p.FixAllFixedSources : FixedOrSources(p);

    private async Task<Solution> FixOneAtATimeAsync(Solution solution, CodeFixProvider fixer, CancellationToken cancellationToken)
    {
        for (int iteration = 0; iteration < MaxIterations; iteration++)
        {
            var diagnostics = await DiagnosticRunner.GetDiagnosticsAsync(solution, Analyzers, $"One action at a time, after {iteration} action(s)", cancellationToken).ConfigureAwait(false);
            bool applied = false;
            foreach (var diagnostic in CodeActionRunner.Fixable(diagnostics, fixer))
            {
                var document = solution.GetDocument(diagnostic.Location.SourceTree)!;
                var actions = await CodeActionRunner.GetActionsAsync(fixer, document, diagnostic, cancellationToken).ConfigureAwait(false);
                var action = CodeActionRunner.Select(actions, CodeActionIndex, CodeActionEquivalenceKey);
                if (action is not null)
                {
                    solution = await CodeActionRunner.ApplyAsync(action, "One action at a time", cancellationToken).ConfigureAwait(false);
                    applied = true;
                    break;
                }
            }

            if (!applied)
            {
                return solution;
            }
        }

        throw new VerifierException($"One action at a time: still fixing after {MaxIterations} actions; does the fix remove its diagnostic?");
    }

    /// <summary>The result's documents, then a fresh build of the expected sources: it must compile and report what they mark.</summary>
    private async Task VerifyFixedAsync(TestSolution built, Solution fixedSolution, Func<ProjectState, SourceFileList> expected, string context, CancellationToken cancellationToken)
    {
        await SolutionComparer.AssertMatchesAsync(fixedSolution, built.ProjectIds, Projects, expected, context, cancellationToken).ConfigureAwait(false);
        foreach (var projectId in built.ProjectIds)
        {
            await DiagnosticRunner.GetDiagnosticsAsync(fixedSolution.GetProject(projectId)!, Analyzers, context + " result", cancellationToken).ConfigureAwait(false);
        }

        var rebuilt = Build(expected);
        await AssertDiagnosticsAsync(rebuilt.Solution, ExpectedFor(rebuilt, FixedExpectedDiagnostics), context + ", diagnostics left", cancellationToken).ConfigureAwait(false);
    }

    private async Task VerifyActionTitlesAsync(CodeFixProvider fixer, CancellationToken cancellationToken)
    {
        var built = Build(p => p.Sources);
        var diagnostics = await DiagnosticRunner.GetDiagnosticsAsync(built.Solution, Analyzers, "Offered actions", cancellationToken).ConfigureAwait(false);
        var first = CodeActionRunner.Fixable(diagnostics, fixer).FirstOrDefault()
            ?? throw new VerifierException("Offered actions: there is no fixable diagnostic.");
        var actions = await CodeActionRunner.GetActionsAsync(fixer, built.Solution.GetDocument(first.Location.SourceTree)!, first, cancellationToken).ConfigureAwait(false);
        var titles = actions.Select(a => a.Title).ToList();
        if (!titles.SequenceEqual(ExpectedActionTitles!))
        {
            throw new VerifierException($"Offered actions for {first.Id} at {first.Location.GetLineSpan()}:\n  expected: [{string.Join(" | ", ExpectedActionTitles!)}]\n  actual:   [{string.Join(" | ", titles)}]");
        }
    }
}
