using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InclusiveAnalyzers.Benchmarks.Analyzers
{
    /// <summary>
    /// Registers exactly the callbacks our analyzers register with INCL103 off (a compilation-start
    /// action; symbol actions; syntax tree actions for identifiers and comments; an additional-file
    /// action) and does nothing in them. Ours minus Mirror is the work
    /// done inside our callbacks; Mirror minus Empty is what the driver spends dispatching them.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class MirrorAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor(
            "BENCH001", "Mirror", "Mirror", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                start.RegisterSymbolAction(_ => { }, SymbolKind.NamedType, SymbolKind.Method, SymbolKind.Property, SymbolKind.Field, SymbolKind.Event);
                start.RegisterSyntaxTreeAction(_ => { });
                start.RegisterSyntaxTreeAction(_ => { });
                start.RegisterAdditionalFileAction(_ => { });
            });
        }
    }
}
