using System.Threading;
using InclusiveAnalyzers.Core.Terms;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace InclusiveAnalyzers.Shared
{
    /// <summary>
    /// For the CLI's per-file budget (<see cref="ReportLimit"/>): the candidates of a tree that could be findings by default,
    /// those in comments and in declared names. A candidate in a reference (a simple name: <c>master.Start()</c>, a named
    /// argument <c>master: x</c>) never is, since names are reported where they are declared; one in a string is only when
    /// INCL103 is asked for, and a file of 20,000 such literals must not lose the comment after them.
    /// </summary>
    internal static class PossibleFindings
    {
        private static bool IsComment(SyntaxTrivia trivia)
        {
            switch (trivia.Kind())
            {
                case SyntaxKind.SingleLineCommentTrivia:
                case SyntaxKind.MultiLineCommentTrivia:
                case SyntaxKind.SingleLineDocumentationCommentTrivia:
                case SyntaxKind.MultiLineDocumentationCommentTrivia:
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>The position of the (<paramref name="count"/>+1)th candidate that could be a finding, or -1 when there are no more.</summary>
        public static int PositionAfter(SyntaxTree tree, TermMatcher matcher, int count, CancellationToken cancellationToken)
        {
            int seen = 0, limit = -1;
            HitFirstScan.Candidates(tree, matcher, (cursor, _, position) =>
            {
                var token = cursor.FindToken(position);
                int next;
                if (token.Span.Contains(position))
                {
                    // A declared name; not a reference, and not a string (INCL103 is off unless asked for).
                    if (!token.IsKind(SyntaxKind.IdentifierToken) || token.Parent is SimpleNameSyntax)
                    {
                        return token.Span.End;
                    }

                    next = token.Span.End;
                }
                else if (IsComment(cursor.FindTrivia(position)))
                {
                    next = position + 1; // each word of a comment can be a finding
                }
                else
                {
                    return HitFirstScan.PastTrivia(position, token); // a directive or disabled text
                }

                if (++seen > count)
                {
                    limit = position;
                    return int.MaxValue; // the search stops
                }

                return next;
            }, cancellationToken);
            return limit;
        }
    }
}
