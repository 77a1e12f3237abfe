using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InclusiveAnalyzers.Benchmarks.Analyzers
{
    /// <summary>
    /// The baseline: registers the same kinds of callbacks as ours (symbol actions, a syntax tree
    /// action) and does nothing in them, so the driver does all its work but the callbacks none.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class EmptyAnalyzer : DiagnosticAnalyzer
    {
        // An analyzer with no enabled descriptor is skipped by the driver, so it declares one it never reports.
        private static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor(
            "BENCH000", "Baseline", "Baseline", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterSymbolAction(
                _ => { },
                SymbolKind.NamedType,
                SymbolKind.Method,
                SymbolKind.Property,
                SymbolKind.Field,
                SymbolKind.Event);
            context.RegisterSyntaxTreeAction(_ => { });
        }
    }
}
