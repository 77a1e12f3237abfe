using System.Collections.Generic;
using System.Collections.Immutable;
using InclusiveAnalyzers.Core.Terms;
using InclusiveAnalyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InclusiveAnalyzers.Identifiers
{
    /// <summary>
    /// INCL101: names declared in this code. Members and types come through symbol actions (so
    /// overrides and interface implementations can be told apart); locals, lambdas, labels, tuple
    /// names, query variables and namespaces through their syntax. Uses of other APIs are never read.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class IdentifierAnalyzer : DiagnosticAnalyzer
    {
        private static readonly SyntaxKind[] DeclarationKinds =
        {
            SyntaxKind.VariableDeclarator,
            SyntaxKind.SingleVariableDesignation,
            SyntaxKind.ForEachStatement,
            SyntaxKind.CatchDeclaration,
            SyntaxKind.LocalFunctionStatement,
            SyntaxKind.LabeledStatement,
            SyntaxKind.SimpleLambdaExpression,
            SyntaxKind.ParenthesizedLambdaExpression,
            SyntaxKind.AnonymousMethodExpression,
            SyntaxKind.TupleElement,
            SyntaxKind.TupleExpression,
            SyntaxKind.FromClause,
            SyntaxKind.LetClause,
            SyntaxKind.JoinClause,
            SyntaxKind.JoinIntoClause,
            SyntaxKind.QueryContinuation,
            SyntaxKind.NamespaceDeclaration,
            SyntaxKind.FileScopedNamespaceDeclaration,
        };

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.Identifier);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var settings = CompilationSettings.Create(start);
                start.RegisterSymbolAction(
                    c => AnalyzeSymbol(c, settings),
                    SymbolKind.NamedType,
                    SymbolKind.Method,
                    SymbolKind.Property,
                    SymbolKind.Field,
                    SymbolKind.Event);
                start.RegisterSyntaxNodeAction(c => AnalyzeSyntax(c, settings), DeclarationKinds);
            });
        }

        private static void AnalyzeSymbol(SymbolAnalysisContext context, CompilationSettings settings)
        {
            var symbol = context.Symbol;
            bool ownName = IdentifierFilter.IsOwnName(symbol) && !IsPositionalRecordProperty(symbol);
            if (ownName)
            {
                foreach (var location in symbol.Locations)
                {
                    Check(context.ReportDiagnostic, settings, symbol.Name, location);
                }
            }

            switch (symbol)
            {
                case INamedTypeSymbol type:
                    if (ownName)
                    {
                        CheckAll(context.ReportDiagnostic, settings, type.TypeParameters);
                        if (type.DelegateInvokeMethod is { } invoke)
                        {
                            CheckAll(context.ReportDiagnostic, settings, invoke.Parameters);
                        }
                    }

                    break;
                case IMethodSymbol method when IdentifierFilter.OwnsParameterNames(method):
                    CheckAll(context.ReportDiagnostic, settings, method.TypeParameters);
                    CheckAll(context.ReportDiagnostic, settings, method.Parameters);
                    break;
                case IPropertySymbol property when property.IsIndexer && IdentifierFilter.OwnsParameterNames(property):
                    CheckAll(context.ReportDiagnostic, settings, property.Parameters);
                    break;
            }
        }

        // A positional record's property is declared by its parameter, which is reported already.
        private static bool IsPositionalRecordProperty(ISymbol symbol)
        {
            if (symbol is IPropertySymbol)
            {
                foreach (var reference in symbol.DeclaringSyntaxReferences)
                {
                    if (reference.GetSyntax() is ParameterSyntax)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static void CheckAll<T>(System.Action<Diagnostic> report, CompilationSettings settings, ImmutableArray<T> symbols)
            where T : ISymbol
        {
            foreach (var symbol in symbols)
            {
                if (symbol.IsImplicitlyDeclared)
                {
                    continue;
                }

                foreach (var location in symbol.Locations)
                {
                    Check(report, settings, symbol.Name, location);
                }
            }
        }

        private static void Check(System.Action<Diagnostic> report, CompilationSettings settings, string name, Location location)
        {
            if (!location.IsInSource || name.Length == 0)
            {
                return;
            }

            List<TermMatch>? matches = null;
            if (!settings.MatcherFor(location.SourceTree!).FindInIdentifier(name, ref matches))
            {
                return;
            }

            foreach (var match in matches!)
            {
                report(TermDiagnostics.ForIdentifier(location, name, match));
            }
        }

        private static void Check(SyntaxNodeAnalysisContext context, CompilationSettings settings, SyntaxToken identifier)
        {
            if (identifier.IsKind(SyntaxKind.IdentifierToken) && !identifier.IsMissing)
            {
                Check(context.ReportDiagnostic, settings, identifier.ValueText, identifier.GetLocation());
            }
        }

        private static void AnalyzeSyntax(SyntaxNodeAnalysisContext context, CompilationSettings settings)
        {
            switch (context.Node)
            {
                case VariableDeclaratorSyntax declarator:
                    // Fields and events are symbols, handled above.
                    if (!(declarator.Parent?.Parent is BaseFieldDeclarationSyntax))
                    {
                        Check(context, settings, declarator.Identifier);
                    }

                    break;
                case SingleVariableDesignationSyntax designation:
                    Check(context, settings, designation.Identifier);
                    break;
                case ForEachStatementSyntax forEach:
                    Check(context, settings, forEach.Identifier);
                    break;
                case CatchDeclarationSyntax @catch:
                    Check(context, settings, @catch.Identifier);
                    break;
                case LocalFunctionStatementSyntax function:
                    Check(context, settings, function.Identifier);
                    CheckParameters(context, settings, function.ParameterList);
                    if (function.TypeParameterList != null)
                    {
                        foreach (var typeParameter in function.TypeParameterList.Parameters)
                        {
                            Check(context, settings, typeParameter.Identifier);
                        }
                    }

                    break;
                case LabeledStatementSyntax label:
                    Check(context, settings, label.Identifier);
                    break;
                case SimpleLambdaExpressionSyntax simple:
                    Check(context, settings, simple.Parameter.Identifier);
                    break;
                case ParenthesizedLambdaExpressionSyntax lambda:
                    CheckParameters(context, settings, lambda.ParameterList);
                    break;
                case AnonymousMethodExpressionSyntax anonymous:
                    CheckParameters(context, settings, anonymous.ParameterList);
                    break;
                case TupleElementSyntax element:
                    Check(context, settings, element.Identifier);
                    break;
                case TupleExpressionSyntax tuple:
                    foreach (var argument in tuple.Arguments)
                    {
                        if (argument.NameColon != null)
                        {
                            Check(context, settings, argument.NameColon.Name.Identifier);
                        }
                    }

                    break;
                case FromClauseSyntax from:
                    Check(context, settings, from.Identifier);
                    break;
                case LetClauseSyntax let:
                    Check(context, settings, let.Identifier);
                    break;
                case JoinClauseSyntax join:
                    Check(context, settings, join.Identifier);
                    break;
                case JoinIntoClauseSyntax into:
                    Check(context, settings, into.Identifier);
                    break;
                case QueryContinuationSyntax continuation:
                    Check(context, settings, continuation.Identifier);
                    break;
                case BaseNamespaceDeclarationSyntax ns:
                    foreach (var part in ns.Name.DescendantNodesAndSelf())
                    {
                        if (part is IdentifierNameSyntax name)
                        {
                            Check(context, settings, name.Identifier);
                        }
                    }

                    break;
            }
        }

        private static void CheckParameters(SyntaxNodeAnalysisContext context, CompilationSettings settings, BaseParameterListSyntax? parameters)
        {
            if (parameters is null)
            {
                return;
            }

            foreach (var parameter in parameters.Parameters)
            {
                Check(context, settings, parameter.Identifier);
            }
        }
    }
}
