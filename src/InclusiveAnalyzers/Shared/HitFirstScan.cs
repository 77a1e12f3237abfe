using System;
using System.Threading;
using InclusiveAnalyzers.Core.Terms;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InclusiveAnalyzers.Shared
{
    /// <summary>
    /// The hit-first loop every term analyzer runs: most files contain no term at all, so the raw text is
    /// scanned once for places where a term could start (<see cref="TermMatcher.NextCandidate"/>) and the
    /// syntax tree is parsed and asked only there.
    /// </summary>
    internal static class HitFirstScan
    {
        /// <summary>
        /// Calls <paramref name="checkAt"/>(root, text, position) at each candidate; it returns where the search goes on
        /// (past what it checked), so one comment or token is looked at once.
        /// </summary>
        public static void Candidates(SyntaxTreeAnalysisContext context, TermMatcher matcher, Func<SyntaxNode, string, int, int> checkAt)
            => Candidates(context.Tree, matcher, checkAt, context.CancellationToken);

        /// <summary>The same loop for any host of a tree (the Razor analyzer runs it in a semantic model action).</summary>
        public static void Candidates(SyntaxTree tree, TermMatcher matcher, Func<SyntaxNode, string, int, int> checkAt, CancellationToken cancellationToken)
        {
            var text = SourceTexts.Of(tree, cancellationToken);
            SyntaxNode? root = null;
            int position = matcher.NextCandidate(text, 0, text.Length);
            while (position >= 0)
            {
                root ??= tree.GetRoot(cancellationToken);
                int resume = Math.Max(checkAt(root, text, position), position + 1);
                position = resume < text.Length ? matcher.NextCandidate(text, resume, text.Length) : -1;
            }
        }

        /// <summary>Calls <paramref name="check"/> once for each token that holds a candidate.</summary>
        public static void Tokens(SyntaxTreeAnalysisContext context, TermMatcher matcher, Action<SyntaxToken> check)
            => Candidates(context, matcher, (root, _, position) =>
            {
                var token = root.FindToken(position);
                if (token.Span.Contains(position))
                {
                    check(token);
                }

                return token.Span.End;
            });
    }
}
