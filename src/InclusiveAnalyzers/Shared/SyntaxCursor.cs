using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace InclusiveAnalyzers.Shared
{
    /// <summary>
    /// Finds the token and the trivia at ascending positions of one tree, with the results of
    /// <see cref="SyntaxNode.FindToken(int, bool)"/> and <see cref="SyntaxNode.FindTrivia(int, bool)"/>.
    /// Those descend from the root and scan each child list and trivia list from its start, so asking them at every
    /// candidate of a file whose candidates share one long list (20,000 string literals in an array, a `+` chain
    /// nested 20,000 deep, 20,000 comment lines before one token) is quadratic: 7 to 11 s for 200 KB. The first few
    /// lookups of a tree use them (the usual tree has a handful of candidates), and so does any lookup far from the one
    /// before; lookups that come close together are answered by one walk forward in text order, which passes each token
    /// and trivia once. Walking a long gap instead would step through every token of it (a measurable cost on real code).
    /// </summary>
    internal sealed class SyntaxCursor
    {
        // Lookups answered by the root before the forward walk may start.
        private const int RootLookupsFirst = 8;

        // How close (in characters) a question must come after the last one for the walk to answer it.
        private const int NearGap = 2048;

        private int lastPosition = -1;

        private IEnumerator<SyntaxToken>? tokens;
        private SyntaxToken token;
        private bool hasToken;

        // The trivia walk: the list of one side of one token, and where it stands.
        private SyntaxToken triviaToken;
        private bool triviaLeading;
        private SyntaxTriviaList.Enumerator trivia;
        private SyntaxTrivia triviaCurrent;
        private bool triviaStarted;

        // Documentation comments: a cursor over the structure of the last one entered.
        private SyntaxTrivia structuredTrivia;
        private SyntaxCursor? structure;

        public SyntaxCursor(SyntaxNode root) => Root = root;

        public SyntaxNode Root { get; }

        /// <summary>How many lookups went to the root (for tests: at most a few more than the first eight, in forward order).</summary>
        internal int RootLookups { get; private set; }

        /// <summary>What <c>Root.FindToken(position)</c> returns.</summary>
        public SyntaxToken FindToken(int position) => Walks(position) ? WalkTo(position) : RootToken(position);

        /// <summary>What <c>Root.FindTrivia(position, findInsideTrivia: false)</c> returns.</summary>
        public SyntaxTrivia FindTrivia(int position)
        {
            if (!Walks(position))
            {
                RootLookups++;
                return Root.FindTrivia(position, findInsideTrivia: false);
            }

            var holder = WalkTo(position);
            bool leading;
            if (position < holder.SpanStart)
            {
                leading = true;
            }
            else if (position >= holder.Span.End)
            {
                leading = false;
            }
            else
            {
                return default;
            }

            if (!triviaStarted || triviaToken != holder || triviaLeading != leading || position < triviaCurrent.FullSpan.Start)
            {
                triviaToken = holder;
                triviaLeading = leading;
                trivia = (leading ? holder.LeadingTrivia : holder.TrailingTrivia).GetEnumerator();
                triviaStarted = false;
            }
            else if (triviaCurrent.FullSpan.Contains(position))
            {
                return triviaCurrent;
            }

            while (trivia.MoveNext())
            {
                triviaCurrent = trivia.Current;
                triviaStarted = true;
                if (triviaCurrent.FullSpan.Contains(position))
                {
                    return triviaCurrent;
                }

                if (triviaCurrent.FullSpan.Start > position)
                {
                    break;
                }
            }

            return default;
        }

        // The walk answers once the root has answered the first few, while the questions come close together: a walk over
        // a long gap would step through every token in it, where the root finds the place in a few steps.
        private bool Walks(int position)
        {
            bool near = lastPosition >= 0 && position >= lastPosition && position - lastPosition <= NearGap;
            lastPosition = position;
            return near && RootLookups >= RootLookupsFirst && position < Root.FullSpan.End;
        }

        private SyntaxToken WalkTo(int position)
        {
            if (tokens == null || (hasToken && (position < token.FullSpan.Start || position - token.FullSpan.End > NearGap)))
            {
                // First walk, or the walk was left behind by answers from the root: start again here.
                tokens = Root.DescendantTokens(TextSpan.FromBounds(position, Root.FullSpan.End)).GetEnumerator();
                hasToken = false;
            }

            while (!hasToken || token.FullSpan.End <= position)
            {
                if (!tokens.MoveNext())
                {
                    return RootToken(position);
                }

                token = tokens.Current;
                hasToken = true;
            }

            return token;
        }

        private SyntaxToken RootToken(int position)
        {
            RootLookups++;
            return Root.FindToken(position);
        }

        /// <summary>
        /// What <c>Root.FindToken(position, findInsideTrivia: true)</c> returns: inside structured trivia (a documentation
        /// comment, a directive) the token of the structure, else the token of the tree.
        /// </summary>
        public SyntaxToken FindTokenInsideTrivia(int position)
        {
            var found = FindTrivia(position);
            if (!found.HasStructure)
            {
                return FindToken(position);
            }

            if (structure == null || structuredTrivia != found)
            {
                structuredTrivia = found;
                structure = new SyntaxCursor(found.GetStructure()!);
            }

            return structure.FindToken(position);
        }
    }
}
