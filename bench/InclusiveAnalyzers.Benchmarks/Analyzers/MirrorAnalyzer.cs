using System;
using System.Collections.Immutable;
using System.Reflection;
using InclusiveAnalyzers.Identifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InclusiveAnalyzers.Benchmarks.Analyzers
{
    /// <summary>
    /// Registers exactly the callbacks our analyzers register with INCL103 off (a compilation-start
    /// action; symbol actions; syntax node actions on IdentifierAnalyzer's declaration kinds; a syntax
    /// tree action; an additional-file action) and does nothing in them. Ours minus Mirror is the work
    /// done inside our callbacks; Mirror minus Empty is what the driver spends dispatching them.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class MirrorAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor(
            "BENCH001", "Mirror", "Mirror", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        // Read from the analyzer itself so the mirror cannot drift from it.
        private static readonly SyntaxKind[] DeclarationKinds =
            typeof(IdentifierAnalyzer).GetField("DeclarationKinds", BindingFlags.NonPublic | BindingFlags.Static)?.GetValue(null) as SyntaxKind[]
            ?? throw new InvalidOperationException("IdentifierAnalyzer.DeclarationKinds was not found: update MirrorAnalyzer to register the same syntax kinds.");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                start.RegisterSymbolAction(_ => { }, SymbolKind.NamedType, SymbolKind.Method, SymbolKind.Property, SymbolKind.Field, SymbolKind.Event);
                start.RegisterSyntaxNodeAction(_ => { }, DeclarationKinds);
                start.RegisterSyntaxTreeAction(_ => { });
                start.RegisterAdditionalFileAction(_ => { });
            });
        }
    }
}
