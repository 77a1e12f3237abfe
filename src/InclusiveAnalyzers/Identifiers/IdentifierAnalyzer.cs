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
    /// INCL101: names declared in this code. Types come through a symbol action that reads their members as
    /// symbols too (so overrides and interface implementations can be told apart); locals, lambdas, labels, tuple
    /// names, query variables and namespaces through their syntax. Uses of other APIs are never read.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class IdentifierAnalyzer : TermAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.Identifier);

        private protected override void Register(CompilationStartAnalysisContext start, CompilationSettings settings)
        {
            // One callback per type, which reads its own members: most types are declared in trees with no candidate, and
            // one check there skips all their members (a symbol action per member cost the driver's dispatch each time).
            start.RegisterSymbolAction(c => AnalyzeType(c, settings), SymbolKind.NamedType);
            // One walk per tree instead of 18 node-kind callbacks: the driver's dispatch cost more than our checks.
            start.RegisterSyntaxTreeAction(c => AnalyzeTree(c, settings));
        }

        private static void AnalyzeType(SymbolAnalysisContext context, CompilationSettings settings)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (context.IsGeneratedCode)
            {
                return; // [GeneratedCode] on the type or a containing type, or declared only in generated files: its members too
            }

            // Most types are declared only in trees with no candidate at all (scanned once for every analyzer): no name
            // declared in them, the type's or a member's, can hold a term.
            if (!settings.MayDeclareTerm(type.Locations, context.CancellationToken))
            {
                return;
            }

            AnalyzeSymbol(context.ReportDiagnostic, settings, type, context.Compilation, context.CancellationToken);
            foreach (var member in type.GetMembers())
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                if (member.Kind is SymbolKind.Method or SymbolKind.Property or SymbolKind.Field or SymbolKind.Event
                    && settings.MayDeclareTerm(member.Locations, context.CancellationToken))
                {
                    AnalyzeSymbol(context.ReportDiagnostic, settings, member, context.Compilation, context.CancellationToken);
                }
            }
        }

        // The driver's generated-code rules for a member, which no longer comes through its own symbol action: declared only in
        // generated trees (Report skips each such place) or marked [GeneratedCode] itself (its containing types were asked
        // through the type's context), looked at only once a name matched.
        private static void AnalyzeSymbol(System.Action<Diagnostic> report, CompilationSettings settings, ISymbol symbol, Compilation compilation, System.Threading.CancellationToken cancellationToken)
        {
            if (!AnyWithinLimit(settings, symbol.Locations))
            {
                return; // declared only past the CLI's per-file cap (ReportLimit)
            }

            // Match first: the filters below look at attributes and interfaces, which costs more than matching.
            bool? ownName = null;
            if (Matches(settings, symbol, symbol.Name, out var matches) && (ownName = IsOwn(symbol)) == true
                && !settings.Generated.MarksItself(symbol, cancellationToken)
                && TestedPlatformNames.KeepOwn(matches!, symbol, compilation, cancellationToken))
            {
                var note = Note(settings, symbol);
                foreach (var location in symbol.Locations)
                {
                    Report(report, settings, symbol.Name, location, matches!, note);
                }
            }

            // Parameter and type parameter names: the owner's filters run only when one of them matches.
            switch (symbol)
            {
                case INamedTypeSymbol type:
                    var invoke = type.DelegateInvokeMethod;
                    if ((AnyMatch(settings, type.TypeParameters) || (invoke != null && AnyMatch(settings, invoke.Parameters))) && (ownName ?? IsOwn(symbol))
                        && !settings.Generated.MarksItself(symbol, cancellationToken))
                    {
                        CheckAll(report, settings, type.TypeParameters);
                        if (invoke != null)
                        {
                            CheckAll(report, settings, invoke.Parameters);
                        }
                    }

                    break;
                case IMethodSymbol method:
                    if ((AnyMatch(settings, method.TypeParameters) || AnyMatch(settings, method.Parameters)) && IdentifierFilter.OwnsParameterNames(method)
                        && !settings.Generated.MarksItself(symbol, cancellationToken))
                    {
                        CheckAll(report, settings, method.TypeParameters);
                        CheckAll(report, settings, method.Parameters);
                    }

                    break;
                case IPropertySymbol property when property.IsIndexer:
                    if (AnyMatch(settings, property.Parameters) && IdentifierFilter.OwnsParameterNames(property)
                        && !settings.Generated.MarksItself(symbol, cancellationToken))
                    {
                        CheckAll(report, settings, property.Parameters);
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
                        Report(report, settings, symbol.Name, location, matches!, note);
                    }
                }
            }
        }

        private static bool AnyWithinLimit(CompilationSettings settings, ImmutableArray<Location> locations)
        {
            foreach (var location in locations)
            {
                if (settings.IsWithinLimit(location))
                {
                    return true;
                }
            }

            return locations.IsEmpty;
        }

        private static bool Matches(CompilationSettings settings, ISymbol symbol, string name, out List<TermMatch>? matches)
        {
            matches = null;
            var locations = symbol.Locations;
            return name.Length > 0 && locations.Length > 0 && locations[0].SourceTree is { } tree
                && settings.MatcherFor(tree).FindInIdentifier(name, ref matches)
                && OtherSystemNames.KeepOwn(matches!, name, locations[0], default, Qualifier(symbol));
        }

        // A member is called through its type (repo.Rebase.Abort()): its type's name reads before it; a type stands alone.
        private static string? Qualifier(ISymbol symbol)
            => symbol is IMethodSymbol or IPropertySymbol or IEventSymbol or IFieldSymbol ? symbol.ContainingType?.Name : null;

        private static void Report(System.Action<Diagnostic> report, CompilationSettings settings, string name, Location location, List<TermMatch> matches, PublicApiNote? note)
        {
            // A partial symbol's declaration in a generated file (the symbol itself is not generated code).
            if (!location.IsInSource || !settings.IsWithinLimit(location) || settings.Generated.InGeneratedTree(location, default))
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

        /// <summary>
        /// Hit-first: scans the text once for places where a term could start and asks the tree
        /// only there whether that place is a name declared by syntax (locals, lambdas, labels, ...).
        /// </summary>
        private static void AnalyzeTree(SyntaxTreeAnalysisContext context, CompilationSettings settings)
        {
            if (context.IsGeneratedCode)
            {
                return;
            }

            int first = settings.FirstCandidate(context.Tree, context.CancellationToken);
            if (first >= 0)
            {
                CheckFrom(context, settings, first);
            }
        }

        // Only for a tree with a candidate: the closure is made here.
        private static void CheckFrom(SyntaxTreeAnalysisContext context, CompilationSettings settings, int first)
        {
            var matcher = settings.MatcherFor(context.Tree);
            HitFirstScan.Tokens(context, matcher, first, token =>
            {
                if (token.IsKind(SyntaxKind.IdentifierToken) && !token.IsMissing && IsSyntaxDeclaredName(token))
                {
                    Check(context, settings, matcher, token);
                }
            }, settings.ReportLimitFor(context.Tree));
        }

        private static void Check(SyntaxTreeAnalysisContext context, CompilationSettings settings, TermMatcher matcher, SyntaxToken identifier)
        {
            // The location is made only for a match: most candidates are not findings.
            List<TermMatch>? matches = null;
            var name = identifier.ValueText;
            if (!matcher.FindInIdentifier(name, ref matches))
            {
                return;
            }

            var location = identifier.GetLocation();
            if (settings.Generated.Encloses(location, context.CancellationToken) || ErrorCodeNames.IsErrorCodeLocal(identifier))
            {
                return;
            }

            InitializerNames.DropOtherSystems(matches!, identifier, matcher, location, context.CancellationToken);
            if (matches!.Count == 0 || !OtherSystemNames.KeepOwn(matches!, name, location, context.CancellationToken))
            {
                return;
            }

            var note = identifier.Parent is { } nameNode && DeclaredNamespaceOf(nameNode) is { } ns && NamespaceHoldsPublicType(ns)
                ? new PublicApiNote(settings.PublicApiFor(context.Tree), "a namespace cannot forward to another")
                : null;
            foreach (var match in matches!)
            {
                context.ReportDiagnostic(TermDiagnostics.ForIdentifier(location, name, match, note));
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

        /// <summary>
        /// Whether an identifier token is the name in a declaration that only syntax sees; members,
        /// types and their parameters come through the symbol action instead.
        /// </summary>
        internal static bool IsSyntaxDeclaredName(SyntaxToken token)
        {
            var parent = token.Parent;
            switch (parent?.Kind())
            {
                case SyntaxKind.VariableDeclarator:
                    // Fields and events are symbols, handled by the symbol action.
                    return !(parent.Parent?.Parent is BaseFieldDeclarationSyntax);
                case SyntaxKind.SingleVariableDesignation:
                case SyntaxKind.CatchDeclaration:
                case SyntaxKind.LabeledStatement:
                case SyntaxKind.TupleElement:
                case SyntaxKind.FromClause:
                case SyntaxKind.LetClause:
                case SyntaxKind.JoinClause:
                case SyntaxKind.JoinIntoClause:
                case SyntaxKind.QueryContinuation:
                    return true;
                case SyntaxKind.ForEachStatement:
                    return ((ForEachStatementSyntax)parent).Identifier == token;
                case SyntaxKind.LocalFunctionStatement:
                    return ((LocalFunctionStatementSyntax)parent).Identifier == token;
                case SyntaxKind.Parameter:
                    // Parameters of lambdas, anonymous methods and local functions.
                    var owner = parent.Parent is ParameterListSyntax list ? list.Parent : parent.Parent;
                    return owner != null && (owner.IsKind(SyntaxKind.SimpleLambdaExpression)
                        || owner.IsKind(SyntaxKind.ParenthesizedLambdaExpression)
                        || owner.IsKind(SyntaxKind.AnonymousMethodExpression)
                        || owner.IsKind(SyntaxKind.LocalFunctionStatement));
                case SyntaxKind.TypeParameter:
                    return parent.Parent?.Parent is LocalFunctionStatementSyntax;
                case SyntaxKind.IdentifierName:
                    return IsTupleArgumentName(parent) || DeclaredNamespaceOf(parent) != null;
                default:
                    return false;
            }
        }

        // (Master: x, ...) in a tuple expression names an element.
        private static bool IsTupleArgumentName(SyntaxNode name)
            => name.Parent is NameColonSyntax colon && colon.Parent is ArgumentSyntax argument && argument.Parent is TupleExpressionSyntax;

        // namespace Acme.Master.Nodes: the declaration whose declared name holds this identifier name, if any.
        private static BaseNamespaceDeclarationSyntax? DeclaredNamespaceOf(SyntaxNode name)
        {
            var node = name.Parent;
            while (node is QualifiedNameSyntax || node is AliasQualifiedNameSyntax)
            {
                node = node.Parent;
            }

            return node is BaseNamespaceDeclarationSyntax declaration && declaration.Name.Span.Contains(name.Span) ? declaration : null;
        }
    }
}
