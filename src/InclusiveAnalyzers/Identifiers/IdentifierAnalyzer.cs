using System.Collections.Generic;
using System.Collections.Immutable;
using InclusiveAnalyzers.Core.Configuration;
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
    public sealed class IdentifierAnalyzer : TermAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.Identifier);

        private protected override void Register(CompilationStartAnalysisContext start, CompilationSettings settings)
        {
            start.RegisterSymbolAction(
                c => AnalyzeSymbol(c, settings),
                SymbolKind.NamedType,
                SymbolKind.Method,
                SymbolKind.Property,
                SymbolKind.Field,
                SymbolKind.Event);
            // One walk per tree instead of 18 node-kind callbacks: the driver's dispatch cost more than our checks.
            start.RegisterSyntaxTreeAction(c => AnalyzeTree(c, settings));
        }

        private static void AnalyzeSymbol(SymbolAnalysisContext context, CompilationSettings settings)
        {
            var symbol = context.Symbol;
            // Match first: the filters below look at attributes and interfaces, which costs more than matching.
            bool? ownName = null;
            if (Matches(settings, symbol, symbol.Name, out var matches) && (ownName = IsOwn(symbol)) == true)
            {
                var note = Note(settings, symbol);
                foreach (var location in symbol.Locations)
                {
                    Report(context.ReportDiagnostic, symbol.Name, location, matches!, note);
                }
            }

            // Parameter and type parameter names: the owner's filters run only when one of them matches.
            switch (symbol)
            {
                case INamedTypeSymbol type:
                    var invoke = type.DelegateInvokeMethod;
                    if ((AnyMatch(settings, type.TypeParameters) || (invoke != null && AnyMatch(settings, invoke.Parameters))) && (ownName ?? IsOwn(symbol)))
                    {
                        CheckAll(context.ReportDiagnostic, settings, type.TypeParameters);
                        if (invoke != null)
                        {
                            CheckAll(context.ReportDiagnostic, settings, invoke.Parameters);
                        }
                    }

                    break;
                case IMethodSymbol method:
                    if ((AnyMatch(settings, method.TypeParameters) || AnyMatch(settings, method.Parameters)) && IdentifierFilter.OwnsParameterNames(method))
                    {
                        CheckAll(context.ReportDiagnostic, settings, method.TypeParameters);
                        CheckAll(context.ReportDiagnostic, settings, method.Parameters);
                    }

                    break;
                case IPropertySymbol property when property.IsIndexer:
                    if (AnyMatch(settings, property.Parameters) && IdentifierFilter.OwnsParameterNames(property))
                    {
                        CheckAll(context.ReportDiagnostic, settings, property.Parameters);
                    }

                    break;
            }
        }

        private static bool AnyMatch<T>(CompilationSettings settings, ImmutableArray<T> symbols)
            where T : ISymbol
        {
            foreach (var symbol in symbols)
            {
                if (!symbol.IsImplicitlyDeclared && Matches(settings, symbol, symbol.Name, out _))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsOwn(ISymbol symbol) => IdentifierFilter.IsOwnName(symbol) && !IsPositionalRecordProperty(symbol);

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
                if (!symbol.IsImplicitlyDeclared && Matches(settings, symbol, symbol.Name, out var matches))
                {
                    var note = Note(settings, symbol);
                    foreach (var location in symbol.Locations)
                    {
                        Report(report, symbol.Name, location, matches!, note);
                    }
                }
            }
        }

        private static bool Matches(CompilationSettings settings, ISymbol symbol, string name, out List<TermMatch>? matches)
        {
            matches = null;
            var locations = symbol.Locations;
            return name.Length > 0 && locations.Length > 0 && locations[0].SourceTree is { } tree
                && settings.MatcherFor(tree).FindInIdentifier(name, ref matches);
        }

        private static void Report(System.Action<Diagnostic> report, string name, Location location, List<TermMatch> matches, PublicApiNote? note)
        {
            if (!location.IsInSource)
            {
                return;
            }

            foreach (var match in matches)
            {
                report(TermDiagnostics.ForIdentifier(location, name, match, note));
            }
        }

        // Only for names that matched: the checks walk containing types and attributes.
        private static PublicApiNote? Note(CompilationSettings settings, ISymbol symbol)
        {
            if (!PublicApiShape.IsPublicApi(symbol) || symbol.Locations.IsEmpty || symbol.Locations[0].SourceTree is not { } tree)
            {
                return null;
            }

            var policy = settings.PublicApiFor(tree);
            return new PublicApiNote(policy, policy == PublicApiPolicy.Forward ? PublicApiShape.NoForwarderReason(symbol) : null);
        }

        /// <summary>Walks the tree once, checking the names that syntax declares (locals, lambdas, labels, ...).</summary>
        private static void AnalyzeTree(SyntaxTreeAnalysisContext context, CompilationSettings settings)
        {
            var tree = context.Tree;
            var walker = new Walker(context, settings);
            foreach (var node in tree.GetRoot(context.CancellationToken).DescendantNodes())
            {
                walker.Visit(node);
            }
        }

        private readonly struct Walker
        {
            private readonly SyntaxTreeAnalysisContext context;
            private readonly TermMatcher matcher;
            private readonly CompilationSettings settings;

            public Walker(SyntaxTreeAnalysisContext context, CompilationSettings settings)
            {
                this.context = context;
                this.settings = settings;
                matcher = settings.MatcherFor(context.Tree);
            }

            public void Visit(SyntaxNode node) => AnalyzeSyntax(this, node);

            public void Check(SyntaxToken identifier, BaseNamespaceDeclarationSyntax? ns = null)
            {
                if (!identifier.IsKind(SyntaxKind.IdentifierToken) || identifier.IsMissing)
                {
                    return;
                }

                // The location is made only for a match: most names match nothing.
                List<TermMatch>? matches = null;
                var name = identifier.ValueText;
                if (!matcher.FindInIdentifier(name, ref matches))
                {
                    return;
                }

                var location = identifier.GetLocation();
                var note = ns != null && NamespaceHoldsPublicType(ns)
                    ? new PublicApiNote(settings.PublicApiFor(context.Tree), "a namespace cannot forward to another")
                    : null;
                foreach (var match in matches!)
                {
                    context.ReportDiagnostic(TermDiagnostics.ForIdentifier(location, name, match, note));
                }
            }
        }

        // Switch on the kind (a number), not on the node's type: this runs for every node of every tree.
        private static void AnalyzeSyntax(Walker walker, SyntaxNode node)
        {
            switch (node.Kind())
            {
                case SyntaxKind.VariableDeclarator:
                    // Fields and events are symbols, handled by the symbol action.
                    if (!(node.Parent?.Parent is BaseFieldDeclarationSyntax))
                    {
                        walker.Check(((VariableDeclaratorSyntax)node).Identifier);
                    }

                    break;
                case SyntaxKind.SingleVariableDesignation:
                    walker.Check(((SingleVariableDesignationSyntax)node).Identifier);
                    break;
                case SyntaxKind.ForEachStatement:
                    walker.Check(((ForEachStatementSyntax)node).Identifier);
                    break;
                case SyntaxKind.CatchDeclaration:
                    walker.Check(((CatchDeclarationSyntax)node).Identifier);
                    break;
                case SyntaxKind.LocalFunctionStatement:
                    var function = (LocalFunctionStatementSyntax)node;
                    walker.Check(function.Identifier);
                    CheckParameters(walker, function.ParameterList);
                    if (function.TypeParameterList != null)
                    {
                        foreach (var typeParameter in function.TypeParameterList.Parameters)
                        {
                            walker.Check(typeParameter.Identifier);
                        }
                    }

                    break;
                case SyntaxKind.LabeledStatement:
                    walker.Check(((LabeledStatementSyntax)node).Identifier);
                    break;
                case SyntaxKind.SimpleLambdaExpression:
                    walker.Check(((SimpleLambdaExpressionSyntax)node).Parameter.Identifier);
                    break;
                case SyntaxKind.ParenthesizedLambdaExpression:
                    CheckParameters(walker, ((ParenthesizedLambdaExpressionSyntax)node).ParameterList);
                    break;
                case SyntaxKind.AnonymousMethodExpression:
                    CheckParameters(walker, ((AnonymousMethodExpressionSyntax)node).ParameterList);
                    break;
                case SyntaxKind.TupleElement:
                    walker.Check(((TupleElementSyntax)node).Identifier);
                    break;
                case SyntaxKind.TupleExpression:
                    foreach (var argument in ((TupleExpressionSyntax)node).Arguments)
                    {
                        if (argument.NameColon != null)
                        {
                            walker.Check(argument.NameColon.Name.Identifier);
                        }
                    }

                    break;
                case SyntaxKind.FromClause:
                    walker.Check(((FromClauseSyntax)node).Identifier);
                    break;
                case SyntaxKind.LetClause:
                    walker.Check(((LetClauseSyntax)node).Identifier);
                    break;
                case SyntaxKind.JoinClause:
                    walker.Check(((JoinClauseSyntax)node).Identifier);
                    break;
                case SyntaxKind.JoinIntoClause:
                    walker.Check(((JoinIntoClauseSyntax)node).Identifier);
                    break;
                case SyntaxKind.QueryContinuation:
                    walker.Check(((QueryContinuationSyntax)node).Identifier);
                    break;
                case SyntaxKind.NamespaceDeclaration:
                case SyntaxKind.FileScopedNamespaceDeclaration:
                    foreach (var part in ((BaseNamespaceDeclarationSyntax)node).Name.DescendantNodesAndSelf())
                    {
                        if (part is IdentifierNameSyntax name)
                        {
                            walker.Check(name.Identifier, (BaseNamespaceDeclarationSyntax)node);
                        }
                    }

                    break;
            }
        }

        // Syntax only (a tree action has no semantic model): a public type declared in this file under the
        // namespace. The fix looks again with symbols before renaming.
        private static bool NamespaceHoldsPublicType(BaseNamespaceDeclarationSyntax ns)
        {
            foreach (var member in ns.Members)
            {
                if ((member is BaseTypeDeclarationSyntax || member is DelegateDeclarationSyntax) && member.Modifiers.Any(SyntaxKind.PublicKeyword))
                {
                    return true;
                }

                if (member is BaseNamespaceDeclarationSyntax inner && NamespaceHoldsPublicType(inner))
                {
                    return true;
                }
            }

            return false;
        }

        private static void CheckParameters(Walker walker, BaseParameterListSyntax? parameters)
        {
            if (parameters is null)
            {
                return;
            }

            foreach (var parameter in parameters.Parameters)
            {
                walker.Check(parameter.Identifier);
            }
        }
    }
}
