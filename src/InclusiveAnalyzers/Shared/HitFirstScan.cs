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
        /// Calls <paramref name="checkAt"/>(cursor, text, position) at each candidate from <paramref name="first"/> on (the
        /// tree's first candidate; none when negative); it returns where the search goes on (past what it checked), so one
        /// comment or token is looked at once. Positions only go forward, so the cursor answers in one pass over the tree.
        /// </summary>
        /// <param name="end">No candidate at or past this position is checked (the CLI's per-file cap, <see cref="ReportLimit"/>).</param>
        public static void Candidates(SyntaxTree tree, TermMatcher matcher, int first, Func<SyntaxCursor, TreeText, int, int> checkAt, CancellationToken cancellationToken, int end = int.MaxValue)
        {
            if (first < 0)
            {
                return;
            }

            var text = new TreeText(tree.GetText(cancellationToken));
            try
            {
                Run(tree, matcher, text, first, checkAt, cancellationToken, end);
            }
            finally
            {
                text.Release();
            }
        }

        /// <summary>The same loop from the start of the text, for a tree the other analyzers skip (the Razor analyzer's generated code).</summary>
        public static void Candidates(SyntaxTree tree, TermMatcher matcher, Func<SyntaxCursor, TreeText, int, int> checkAt, CancellationToken cancellationToken)
        {
            var text = new TreeText(tree.GetText(cancellationToken));
            try
            {
                Run(tree, matcher, text, text.NextCandidate(matcher, 0), checkAt, cancellationToken, int.MaxValue);
            }
            finally
            {
                text.Release();
            }
        }

        /// <summary>Calls <paramref name="check"/> once for each token that holds a candidate.</summary>
        public static void Tokens(SyntaxTreeAnalysisContext context, TermMatcher matcher, int first, Action<SyntaxToken> check, int end = int.MaxValue)
            => Candidates(context.Tree, matcher, first, (cursor, _, position) =>
            {
                var token = cursor.FindToken(position);
                if (token.Span.Contains(position))
                {
                    check(token);
                    return token.Span.End;
                }

                return PastTrivia(position, token);
            }, context.CancellationToken, end);

        /// <summary>
        /// Where to search on from a candidate in trivia, given the token that holds that trivia: a candidate in a comment
        /// before a token must not pass over the token itself, which may hold a candidate too.
        /// </summary>
        public static int PastTrivia(int position, SyntaxToken holder) => position < holder.SpanStart ? holder.SpanStart : position + 1;

        private static void Run(SyntaxTree tree, TermMatcher matcher, TreeText text, int first, Func<SyntaxCursor, TreeText, int, int> checkAt, CancellationToken cancellationToken, int end)
        {
            if (first < 0 || first >= end)
            {
                return;
            }

            var cursor = new SyntaxCursor(tree.GetRoot(cancellationToken));
            for (int position = first; position >= 0;)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int resume = Math.Max(checkAt(cursor, text, position), position + 1);
                position = resume < text.Length && resume < end ? text.NextCandidate(matcher, resume) : -1;
                if (position >= end)
                {
                    return;
                }
            }
        }
    }
}
