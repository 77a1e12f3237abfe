using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InclusiveAnalyzers.Tests.Verifiers;

/// <summary>The usual static wrapper over the kit's <see cref="CSharpAnalyzerTest{TAnalyzer, TVerifier}"/>.</summary>
public static class CSharpAnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    /// <summary>The analyzer's single descriptor.</summary>
    public static DiagnosticResult Diagnostic() => CSharpAnalyzerVerifier<TAnalyzer, DefaultVerifier>.Diagnostic();

    public static DiagnosticResult Diagnostic(string diagnosticId) => CSharpAnalyzerVerifier<TAnalyzer, DefaultVerifier>.Diagnostic(diagnosticId);

    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);

    public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>The kit's test with our conventions (see <see cref="TestSetup"/>) and a few shorthands.</summary>
    public class Test : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    {
        public Test() => ReferenceAssemblies = TestSetup.References;

        /// <summary>Body of /.editorconfig (root = true); without a section header it goes under [*.cs].</summary>
        public string? EditorConfig { get; set; }

        /// <summary>Body of /.globalconfig; <c>is_global = true</c> is added when missing.</summary>
        public string? GlobalConfig { get; set; }

        /// <summary>Shorthand for <c>TestState.Sources</c>.</summary>
        public SourceFileList Sources => TestState.Sources;

        /// <summary>Shorthand for <c>TestState.AdditionalFiles</c>; a name without a folder lands beside Test0.cs.</summary>
        public SourceFileCollection AdditionalFiles => TestState.AdditionalFiles;

        /// <summary>Shorthand for <c>TestState.AdditionalReferences</c>.</summary>
        public MetadataReferenceCollection AdditionalReferences => TestState.AdditionalReferences;

        protected override Task RunImplAsync(CancellationToken cancellationToken)
        {
            TestSetup.PlaceInPrimaryFolder(TestState.Sources);
            TestSetup.PlaceInPrimaryFolder(TestState.AdditionalFiles);
            TestSetup.AddEditorConfig(TestState, EditorConfig);
            TestSetup.AddGlobalConfig(TestState, GlobalConfig);
            TestSetup.CompareMessagesOnlyWhenGiven(TestState.ExpectedDiagnostics);
            return base.RunImplAsync(cancellationToken);
        }

        protected override ParseOptions CreateParseOptions() => TestSetup.ParseOptions(base.CreateParseOptions());

        protected override CompilationOptions CreateCompilationOptions() => TestSetup.CompilationOptions(base.CreateCompilationOptions());

        protected override ImmutableArray<(Project project, Diagnostic diagnostic)> FilterDiagnostics(ImmutableArray<(Project project, Diagnostic diagnostic)> diagnostics)
            => TestSetup.ExpectsSuppressed(TestState.ExpectedDiagnostics) ? diagnostics : base.FilterDiagnostics(diagnostics);

        protected override Project ApplyCompilationOptions(Project project)
            => TestSetup.LeaveConfiguredRules(base.ApplyCompilationOptions(project), EditorConfig + "\n" + GlobalConfig, GetDiagnosticAnalyzers());
    }
}
