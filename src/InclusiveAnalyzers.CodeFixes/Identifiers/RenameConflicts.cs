using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace InclusiveAnalyzers.CodeFixes.Identifiers
{
    /// <summary>
    /// Whether a new name is already taken where the symbol lives. The renamer does not stop on conflicts
    /// (it happily produces CS0101/CS0102), so this runs before renaming: names visible at the declaration,
    /// members of the containing type and its bases, type parameters, and every identifier in the enclosing
    /// member for locals and parameters.
    /// </summary>
    internal static class RenameConflicts
    {
        public static async Task<bool> IsTakenAsync(Solution solution, ISymbol symbol, string name, CancellationToken cancellationToken)
        {
            if (!SyntaxFacts.IsValidIdentifier(name) || SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || name == symbol.Name)
            {
                return true;
            }

            if (InContainer(symbol, name))
            {
                return true;
            }

            foreach (var reference in symbol.DeclaringSyntaxReferences)
            {
                var node = await reference.GetSyntaxAsync(cancellationToken).ConfigureAwait(false);
                var document = solution.GetDocument(node.SyntaxTree);
                var model = document is null ? null : await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
                if (model is null)
                {
                    continue;
                }

                foreach (var found in model.LookupSymbols(node.SpanStart, name: name))
                {
                    if (!SymbolEqualityComparer.Default.Equals(found.OriginalDefinition, symbol.OriginalDefinition) && Clashes(symbol, found))
                    {
                        return true;
                    }
                }

                if (IsLocalLike(symbol) && UsedInEnclosingMember(node, name))
                {
                    return true;
                }
            }

            return false;
        }

        // A member or type may share its name with a type (Color Color); a type, namespace or type parameter may not.
        private static bool Clashes(ISymbol renamed, ISymbol found)
            => renamed is INamespaceOrTypeSymbol || !(found is INamespaceOrTypeSymbol) || found is ITypeParameterSymbol;

        private static bool InContainer(ISymbol symbol, string name)
        {
            switch (symbol)
            {
                case INamespaceSymbol ns:
                    return ns.ContainingNamespace?.GetMembers(name).Any() == true;
                case INamedTypeSymbol type:
                    return (type.ContainingType?.Name == name)
                        || (type.ContainingSymbol is INamespaceOrTypeSymbol container && container.GetMembers(name).Any(m => !m.Equals(type, SymbolEqualityComparer.Default)))
                        || type.GetMembers(name).Any()
                        || type.TypeParameters.Any(t => t.Name == name);
                case ITypeParameterSymbol typeParameter:
                    var owner = (ISymbol?)typeParameter.DeclaringMethod ?? typeParameter.DeclaringType;
                    return owner?.Name == name
                        || (typeParameter.DeclaringType?.TypeParameters.Any(t => t.Name == name) ?? false)
                        || (typeParameter.DeclaringMethod?.TypeParameters.Any(t => t.Name == name) ?? false)
                        || (typeParameter.DeclaringType?.GetMembers(name).Any() ?? false);
                case IParameterSymbol parameter:
                    return parameter.ContainingSymbol is IMethodSymbol method
                        && (method.Parameters.Any(p => p.Name == name) || method.TypeParameters.Any(t => t.Name == name));
                case IMethodSymbol { MethodKind: MethodKind.LocalFunction }:
                case ILocalSymbol _:
                case ILabelSymbol _:
                case IRangeVariableSymbol _:
                    return false;
                default:
                    var containingType = symbol.ContainingType;
                    if (containingType is null)
                    {
                        return false;
                    }

                    if (containingType.Name == name || containingType.TypeParameters.Any(t => t.Name == name))
                    {
                        return true;
                    }

                    for (var type = containingType; type != null; type = type.BaseType)
                    {
                        if (type.GetMembers(name).Any(m => !m.Equals(symbol, SymbolEqualityComparer.Default)))
                        {
                            return true;
                        }
                    }

                    return false;
            }
        }

        private static bool IsLocalLike(ISymbol symbol)
            => symbol is ILocalSymbol || symbol is IParameterSymbol || symbol is ILabelSymbol || symbol is IRangeVariableSymbol
               || (symbol is IMethodSymbol m && m.MethodKind == MethodKind.LocalFunction)
               || (symbol is ITypeParameterSymbol t && t.DeclaringMethod != null);

        // Any identifier spelled like the new name in the member (declaration or use) could be shadowed or clash.
        private static bool UsedInEnclosingMember(SyntaxNode declaration, string name)
        {
            SyntaxNode scope = declaration.FirstAncestorOrSelf<MemberDeclarationSyntax>(m => !(m is GlobalStatementSyntax)) as SyntaxNode
                ?? declaration.SyntaxTree.GetRoot();
            if (scope is BaseTypeDeclarationSyntax)
            {
                // Primary constructor or record parameters: their scope is the whole type.
                scope = declaration.Parent?.Parent ?? scope;
            }

            return scope.DescendantTokens().Any(t => t.IsKind(SyntaxKind.IdentifierToken) && t.ValueText == name);
        }
    }
}
