using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing.Model;
using Microsoft.CodeAnalysis.Text;

namespace InclusiveAnalyzers.Tests.Verifiers;

/// <summary>
/// The usual static wrapper over the kit's <see cref="CSharpCodeFixTest{TAnalyzer, TCodeFix, TVerifier}"/>, plus what
/// the kit lacks: the offered action titles and the dotnet format path (<see cref="DotnetFormatCheck"/>).
/// </summary>
public static class CSharpCodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static DiagnosticResult Diagnostic() => CSharpCodeFixVerifier<TAnalyzer, TCodeFix, DefaultVerifier>.Diagnostic();

    public static DiagnosticResult Diagnostic(string diagnosticId) => CSharpCodeFixVerifier<TAnalyzer, TCodeFix, DefaultVerifier>.Diagnostic(diagnosticId);

    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);

    public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected)
        => CSharpAnalyzerVerifier<TAnalyzer>.VerifyAnalyzerAsync(source, expected);

    public static Task VerifyCodeFixAsync(string source, string fixedSource)
        => VerifyCodeFixAsync(source, DiagnosticResult.EmptyDiagnosticResults, fixedSource);

    public static Task VerifyCodeFixAsync(string source, DiagnosticResult expected, string fixedSource)
        => VerifyCodeFixAsync(source, new[] { expected }, fixedSource);

    public static Task VerifyCodeFixAsync(string source, DiagnosticResult[] expected, string fixedSource)
    {
        var test = new Test { TestCode = source, FixedCode = fixedSource };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>Applies the action at <paramref name="codeActionIndex"/> of each diagnostic (Fix All included).</summary>
    public static Task VerifyCodeFixAsync(string source, string fixedSource, int codeActionIndex)
        => new Test { TestCode = source, FixedCode = fixedSource, CodeActionIndex = codeActionIndex }.RunAsync(CancellationToken.None);

    /// <summary>Applies the action whose equivalence key is <paramref name="codeActionEquivalenceKey"/> (Fix All included).</summary>
    public static Task VerifyCodeFixAsync(string source, string fixedSource, string codeActionEquivalenceKey)
        => new Test { TestCode = source, FixedCode = fixedSource, CodeActionEquivalenceKey = codeActionEquivalenceKey }.RunAsync(CancellationToken.None);

    /// <summary>The kit's code fix test with our conventions (see <see cref="TestSetup"/>), shorthands and extensions.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "The workspace lives for the dotnet format check of one RunImplAsync call, which disposes it.")]
    public class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    {
        private List<string>? offeredTitles;
        private (EvaluatedProjectState Primary, ImmutableArray<EvaluatedProjectState> Additional)? originalState;
        private DotnetFormatWorkspace? dotnetFormatWorkspace;

        public Test() => ReferenceAssemblies = TestSetup.References;

        /// <summary>Body of /.editorconfig (root = true); without a section header it goes under [*.cs].</summary>
        public string? EditorConfig { get; set; }

        /// <summary>Body of /.globalconfig; <c>is_global = true</c> is added when missing.</summary>
        public string? GlobalConfig { get; set; }

        /// <summary>Shorthand for <c>TestState.Sources</c>.</summary>
        public SourceFileList Sources => TestState.Sources;

        /// <summary>Shorthand for <c>FixedState.Sources</c>; a new name means the fix renamed the file.</summary>
        public SourceFileList FixedSources => FixedState.Sources;

        /// <summary>Shorthand for <c>BatchFixedState.Sources</c>: the Fix All result, when it differs from one fix at a time.</summary>
        public SourceFileList FixAllFixedSources => BatchFixedState.Sources;

        /// <summary>Shorthand for <c>BatchFixedCode</c>.</summary>
        public string FixAllFixedCode { set => BatchFixedCode = value; }

        /// <summary>Shorthand for <c>FixedState.ExpectedDiagnostics</c>: diagnostics left after fixing, besides the marked ones.</summary>
        public List<DiagnosticResult> FixedExpectedDiagnostics => FixedState.ExpectedDiagnostics;

        /// <summary>Shorthand for <c>TestState.AdditionalFiles</c>; a name without a folder lands beside Test0.cs.</summary>
        public SourceFileCollection AdditionalFiles => TestState.AdditionalFiles;

        /// <summary>When set, the titles the fixer offers for the first fixable diagnostic, in order.</summary>
        public List<string>? ExpectedActionTitles { get; set; }

        /// <summary>Skips <see cref="DotnetFormatCheck"/> (it also does not run when another action than the first is chosen).</summary>
        public bool SkipDotnetFormatCheck { get; set; }

        protected override async Task RunImplAsync(CancellationToken cancellationToken)
        {
            TestSetup.PlaceInPrimaryFolder(TestState.Sources);
            TestSetup.PlaceInPrimaryFolder(TestState.AdditionalFiles);
            TestSetup.PlaceInPrimaryFolder(FixedState.Sources);
            TestSetup.PlaceInPrimaryFolder(BatchFixedState.Sources);
            TestSetup.AddEditorConfig(TestState, EditorConfig);
            TestSetup.AddGlobalConfig(TestState, GlobalConfig);
            TestSetup.CompareMessagesOnlyWhenGiven(TestState.ExpectedDiagnostics);
            TestSetup.CompareMessagesOnlyWhenGiven(FixedState.ExpectedDiagnostics);
            TestSetup.CompareMessagesOnlyWhenGiven(BatchFixedState.ExpectedDiagnostics);

            // Markup left in the expected sources marks diagnostics expected to remain (the kit ignores fixable ones by default).
            FixedState.MarkupHandling ??= MarkupMode.Allow;
            BatchFixedState.MarkupHandling ??= MarkupMode.Allow;
            offeredTitles = null;
            originalState = null;
            dotnetFormatWorkspace = null;

            await base.RunImplAsync(cancellationToken).ConfigureAwait(false);

            if (ExpectedActionTitles is not null)
            {
                Verify.SequenceEqual(ExpectedActionTitles, offeredTitles ?? new List<string>(), message: "the titles offered for the first fixable diagnostic");
            }

            if (!SkipDotnetFormatCheck && originalState is { } state)
            {
                // The test state again, in a workspace that cannot rename documents, as MSBuildWorkspace cannot.
                dotnetFormatWorkspace = new DotnetFormatWorkspace((await base.CreateWorkspaceImplAsync().ConfigureAwait(false)).Services.HostServices);
                try
                {
                    var project = await CreateProjectAsync(state.Primary, state.Additional, cancellationToken).ConfigureAwait(false);
                    dotnetFormatWorkspace.Loaded = true;
                    var check = new DotnetFormatCheck(GetDiagnosticAnalyzers().ToImmutableArray(), GetCodeFixProviders().Single(), Verify);
                    await check.RunAsync(project, ExpectedAfterFixAll(), CodeActionIndex, CodeActionEquivalenceKey, cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    dotnetFormatWorkspace.Dispose();
                    dotnetFormatWorkspace = null;
                }
            }
        }

        protected override ParseOptions CreateParseOptions() => TestSetup.ParseOptions(base.CreateParseOptions());

        protected override CompilationOptions CreateCompilationOptions() => TestSetup.CompilationOptions(base.CreateCompilationOptions());

        protected override ImmutableArray<(Project project, Diagnostic diagnostic)> FilterDiagnostics(ImmutableArray<(Project project, Diagnostic diagnostic)> diagnostics)
            => TestSetup.ExpectsSuppressed(TestState.ExpectedDiagnostics, FixedState.ExpectedDiagnostics, BatchFixedState.ExpectedDiagnostics) ? diagnostics : base.FilterDiagnostics(diagnostics);

        protected override Project ApplyCompilationOptions(Project project)
            => TestSetup.LeaveConfiguredRules(base.ApplyCompilationOptions(project), EditorConfig + "\n" + GlobalConfig, GetDiagnosticAnalyzers());

        private static readonly Action<CodeAction, ImmutableArray<Diagnostic>> NoAction = (_, _) => { };

        /// <summary>A diagnostic suppressed in source gets no action, as in every host.</summary>
        protected override CodeFixContext CreateCodeFixContext(Document document, TextSpan span, ImmutableArray<Diagnostic> diagnostics, Action<CodeAction, ImmutableArray<Diagnostic>> registerCodeFix, CancellationToken cancellationToken)
            => base.CreateCodeFixContext(document, span, diagnostics, diagnostics.All(d => d.IsSuppressed) ? NoAction : registerCodeFix, cancellationToken);

        protected override FixAllContext CreateFixAllContext(Document? document, TextSpan? diagnosticSpan, Project project, CodeFixProvider codeFixProvider, FixAllScope scope, string? codeActionEquivalenceKey, IEnumerable<string> diagnosticIds, DiagnosticSeverity minimumSeverity, FixAllContext.DiagnosticProvider fixAllDiagnosticProvider, CancellationToken cancellationToken)
            => base.CreateFixAllContext(document, diagnosticSpan, project, codeFixProvider, scope, codeActionEquivalenceKey, diagnosticIds, minimumSeverity, new UnsuppressedDiagnosticProvider(fixAllDiagnosticProvider), cancellationToken);

        /// <summary>The first project the kit builds is the test state's, unchanged: kept for the dotnet format path.</summary>
        protected override Task<Project> CreateProjectImplAsync(EvaluatedProjectState primaryProject, ImmutableArray<EvaluatedProjectState> additionalProjects, CancellationToken cancellationToken)
        {
            originalState ??= (primaryProject, additionalProjects);
            return base.CreateProjectImplAsync(primaryProject, additionalProjects, cancellationToken);
        }

        protected override async Task<Workspace> CreateWorkspaceImplAsync()
            => dotnetFormatWorkspace ?? await base.CreateWorkspaceImplAsync().ConfigureAwait(false);

        /// <summary>The kit asks here for the actions of each diagnostic it fixes; the first call is the first fixable diagnostic.</summary>
        protected override ImmutableArray<CodeAction> FilterCodeActions(ImmutableArray<CodeAction> actions)
        {
            offeredTitles ??= actions.Select(a => a.Title).ToList();
            return base.FilterCodeActions(actions);
        }

        /// <summary>Expected texts after Fix All by project name: the batch-fixed state, else the fixed state, else the test state.</summary>
        private Dictionary<string, IReadOnlyList<string>> ExpectedAfterFixAll()
        {
            var result = new Dictionary<string, IReadOnlyList<string>>
            {
                [DefaultTestProjectName] = Texts(BatchFixedState.Sources, FixedState.Sources, TestState.Sources),
            };
            foreach (var (name, project) in TestState.AdditionalProjects)
            {
                result[name] = Texts(
                    BatchFixedState.AdditionalProjects.TryGetValue(name, out var batch) ? batch.Sources : null,
                    FixedState.AdditionalProjects.TryGetValue(name, out var fixedProject) ? fixedProject.Sources : null,
                    project.Sources);
            }

            return result;
        }

        private static IReadOnlyList<string> Texts(params SourceFileCollection?[] candidates)
        {
            var sources = candidates.FirstOrDefault(c => c is { Count: > 0 }) ?? candidates[^1]!;
            return sources.Select(s =>
            {
                TestFileMarkupParser.GetSpans(s.content.ToString(), out string text, out ImmutableDictionary<string, ImmutableArray<Microsoft.CodeAnalysis.Text.TextSpan>> _);
                return text;
            }).ToList();
        }
    }
}
