using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InclusiveAnalyzers.Tests.Verifiers.Tests;

/// <summary>Test analyzer: flags types, fields, methods and properties whose name contains "Foo".</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FooAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("TEST001", "Foo", "'{0}' contains Foo", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSymbolAction(Analyze, SymbolKind.NamedType, SymbolKind.Field, SymbolKind.Method, SymbolKind.Property);
    }

    private static void Analyze(SymbolAnalysisContext context)
    {
        var symbol = context.Symbol;
        if (!symbol.IsImplicitlyDeclared && symbol.Name.Contains("Foo", StringComparison.Ordinal) && symbol is not IMethodSymbol { MethodKind: not MethodKind.Ordinary })
        {
            foreach (var location in symbol.Locations.Where(l => l.IsInSource))
            {
                context.ReportDiagnostic(Diagnostic.Create(Rule, location, symbol.Name));
            }
        }
    }
}

/// <summary>Test analyzer with a rule off by default (TEST002 on "Bar") and one in additional files (TEST003 on "bad").</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BarAndFileAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor BarRule = new("TEST002", "Bar", "'{0}' contains Bar", "Test", DiagnosticSeverity.Info, isEnabledByDefault: false);
    public static readonly DiagnosticDescriptor FileRule = new("TEST003", "Bad", "The file says bad", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(BarRule, FileRule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSymbolAction(
            c =>
            {
                if (c.Symbol.Name.Contains("Bar", StringComparison.Ordinal))
                {
                    c.ReportDiagnostic(Diagnostic.Create(BarRule, c.Symbol.Locations[0], c.Symbol.Name));
                }
            },
            SymbolKind.Field);
        context.RegisterCompilationAction(c =>
        {
            foreach (var file in c.Options.AdditionalFiles)
            {
                var text = file.GetText(c.CancellationToken)!;
                int at = text.ToString().IndexOf("bad", StringComparison.Ordinal);
                if (at >= 0)
                {
                    var span = new Microsoft.CodeAnalysis.Text.TextSpan(at, 3);
                    c.ReportDiagnostic(Diagnostic.Create(FileRule, Location.Create(file.Path, span, text.Lines.GetLinePositionSpan(span))));
                }
            }
        });
    }
}
