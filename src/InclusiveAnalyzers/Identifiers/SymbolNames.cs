using System.Threading;
using InclusiveAnalyzers.Core.Terms;
using InclusiveAnalyzers.Razor;
using InclusiveAnalyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace InclusiveAnalyzers.Identifiers
{
    /// <summary>
    /// Whether a tree needs the semantic pass, for a host that can analyse a tree by syntax alone (the CLI). Only the
    /// identifier analyzer's symbol actions (and the Razor analyzer) need symbols; comments, strings and the names that
    /// syntax declares (locals, lambdas, labels, ...) are tree actions. A symbol's name is spelled at each of its
    /// declarations, so a tree needs symbols only when a candidate lies in such a name: an identifier that is neither a
    /// reference (a simple name) nor a name the tree action reads. A \u escape can spell a name the text does not show,
    /// and Razor output is analysed through its semantic model: both always need it.
    /// </summary>
    internal static class SymbolNames
    {
        public static bool MayDeclare(SyntaxTree tree, TermMatcher matcher, CancellationToken cancellationToken)
        {
            if (RazorGeneratedCode.IsOutput(tree))
            {
                return true;
            }

            bool declares = false;
            HitFirstScan.Candidates(tree, matcher, (cursor, _, position) =>
            {
                var token = cursor.FindToken(position);
                if (!token.Span.Contains(position))
                {
                    return HitFirstScan.PastTrivia(position, token);
                }

                if (token.IsKind(SyntaxKind.IdentifierToken) && !(token.Parent is SimpleNameSyntax) && !IdentifierAnalyzer.IsSyntaxDeclaredName(token))
                {
                    declares = true;
                    return int.MaxValue; // one is enough: the search stops
                }

                return token.Span.End;
            }, cancellationToken);
            if (declares)
            {
                return true;
            }

            var text = new TreeText(tree.GetText(cancellationToken));
            try
            {
                return text.HasUnicodeEscape();
            }
            finally
            {
                text.Release();
            }
        }
    }
}
