using System;
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

            var text = new TreeText(tree.GetText(cancellationToken));
            try
            {
                var cursor = default(SyntaxCursor);
                for (int position = text.NextCandidate(matcher, 0); position >= 0;)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    cursor ??= new SyntaxCursor(tree.GetRoot(cancellationToken));
                    var token = cursor.FindToken(position);
                    int resume;
                    if (token.Span.Contains(position))
                    {
                        if (token.IsKind(SyntaxKind.IdentifierToken) && !(token.Parent is SimpleNameSyntax) && !IdentifierAnalyzer.IsSyntaxDeclaredName(token))
                        {
                            return true;
                        }

                        resume = token.Span.End;
                    }
                    else
                    {
                        resume = position < token.SpanStart ? token.SpanStart : position + 1;
                    }

                    position = resume < text.Length ? text.NextCandidate(matcher, resume) : -1;
                }

                return text.HasUnicodeEscape();
            }
            finally
            {
                text.Release();
            }
        }
    }
}
