using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using InclusiveAnalyzers.Core.Terms;
using InclusiveAnalyzers.Identifiers;

namespace InclusiveAnalyzers.Cli.Scanning.CSharp;

/// <summary>
/// Runs the analyzers over an in-memory compilation, binding only what must be bound. When every tree needs symbols
/// this is the whole-compilation analysis; otherwise each tree gets its syntax actions, the trees that need symbols
/// also their semantic pass (symbol actions, semantic-model actions: the compiler binds those trees' bodies only), and
/// inclusive.json its additional-file pass. The trees left to syntax can have no finding that needs a symbol
/// (<see cref="Identifiers.SymbolNames"/>), so the findings are the same.
/// </summary>
internal static class CSharpAnalysisScope
{
    /// <summary>For each tree, whether it needs the semantic pass (decided in parallel, by syntax and the tree's matcher).</summary>
    public static bool[] NeedingSymbols(IReadOnlyList<SyntaxTree> trees, Func<SyntaxTree, TermMatcher> matcherFor, CancellationToken cancellationToken)
    {
        var needsSymbols = new bool[trees.Count];
        FileWorkers.For(trees.Count, i =>
        {
            needsSymbols[i] = SymbolNames.MayDeclare(trees[i], matcherFor(trees[i]), cancellationToken);
        }, cancellationToken);
        return needsSymbols;
    }

    public static ImmutableArray<Diagnostic> Diagnostics(CSharpCompilation compilation, IReadOnlyList<SyntaxTree> trees, bool[] needsSymbols, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var analysis = compilation.WithAnalyzers(CSharpProject.AllAnalyzers, options);
        if (needsSymbols.All(needed => needed))
        {
            return analysis.GetAnalyzerDiagnosticsAsync(cancellationToken).GetAwaiter().GetResult();
        }

        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        for (int i = 0; i < trees.Count; i++)
        {
            diagnostics.AddRange(analysis.GetAnalyzerSyntaxDiagnosticsAsync(trees[i], cancellationToken).GetAwaiter().GetResult());
            if (needsSymbols[i])
            {
                var model = compilation.GetSemanticModel(trees[i]);
                diagnostics.AddRange(analysis.GetAnalyzerSemanticDiagnosticsAsync(model, filterSpan: null, cancellationToken).GetAwaiter().GetResult());
            }
        }

        foreach (var file in options.AdditionalFiles)
        {
            var result = analysis.GetAnalysisResultAsync(file, filterSpan: null, analysis.Analyzers, cancellationToken).GetAwaiter().GetResult();
            diagnostics.AddRange(result.GetAllDiagnostics());
        }

        return diagnostics.ToImmutable();
    }
}
