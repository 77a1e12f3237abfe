using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace InclusiveAnalyzers.CodeFixes.Identifiers
{
    /// <summary>Finds the symbol declared by the identifier token INCL101 reports.</summary>
    internal static class DeclaredSymbols
    {
        public static async Task<(ISymbol Symbol, SyntaxToken Token)?> AtAsync(Document document, int position, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || model is null || position < 0 || position >= root.FullSpan.End)
            {
                return null;
            }

            var token = root.FindToken(position);
            if (!token.IsKind(SyntaxKind.IdentifierToken) || token.SpanStart != position)
            {
                return null;
            }

            var symbol = Find(model, token, cancellationToken);
            return symbol is null || symbol.Name != token.ValueText ? null : (symbol, token);
        }

        public static Task<(ISymbol Symbol, SyntaxToken Token)?> AtAsync(Document document, TextSpan span, CancellationToken cancellationToken)
            => AtAsync(document, span.Start, cancellationToken);

        private static ISymbol? Find(SemanticModel model, SyntaxToken token, CancellationToken cancellationToken)
        {
            var parent = token.Parent;
            switch (parent)
            {
                case null:
                    return null;

                // namespace A.Master.B: each part is a name whose symbol is that namespace.
                case IdentifierNameSyntax name when name.Parent is NameColonSyntax { Parent: ArgumentSyntax argument }:
                    return model.GetDeclaredSymbol(argument, cancellationToken);
                case IdentifierNameSyntax name when IsNamespaceName(name):
                    return model.GetSymbolInfo(name, cancellationToken).Symbol;
                default:
                    return model.GetDeclaredSymbol(parent, cancellationToken);
            }
        }

        private static bool IsNamespaceName(IdentifierNameSyntax name)
        {
            SyntaxNode node = name;
            while (node.Parent is QualifiedNameSyntax)
            {
                node = node.Parent;
            }

            return node.Parent is BaseNamespaceDeclarationSyntax ns && ns.Name == node;
        }
    }
}
