using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using InclusiveAnalyzers.Core.Terms;
using Microsoft.CodeAnalysis;

namespace InclusiveAnalyzers.Shared
{
    /// <summary>
    /// Drops dummy where a C# file speaks of dummies as a kind of test double (<see cref="TestDoubleSense"/>): a test-double
    /// library's own code (FakeItEasy's <c>IFakeAndDummyManager.CreateDummy</c>, <c>IDummyValueResolver</c>), its tests, and a
    /// user's implementation of its dummy factory (<c>CarAdDummyFactory : IDummyFactory</c> beside <c>using FakeItEasy;</c>).
    /// Asked only after a match of dummy; the file is read once, and what it says is kept for the tree.
    /// </summary>
    internal static class TestDoubleFiles
    {
        private static readonly ConditionalWeakTable<SyntaxTree, object> Trees = new ConditionalWeakTable<SyntaxTree, object>();
        private static readonly object Speaks = new object();
        private static readonly object Silent = new object();

        /// <summary>
        /// Removes the matches of dummy in text[.., high) that are the test-double kind's noun, in a file that speaks of that
        /// kind; true when some are left.
        /// </summary>
        public static bool KeepOwn(List<TermMatch> matches, string text, int high, SyntaxTree tree, CancellationToken cancellationToken)
        {
            if (!AnyDummy(matches, text) || !SpeaksOfDummyKind(tree, cancellationToken))
            {
                return matches.Count > 0;
            }

            matches.RemoveAll(m => TestDoubleSense.IsDummy(text, m.Start, m.End) && TestDoubleSense.IsKindNoun(text, m.End, high));
            return matches.Count > 0;
        }

        private static bool AnyDummy(List<TermMatch> matches, string text)
        {
            foreach (var match in matches)
            {
                if (TestDoubleSense.IsDummy(text, match.Start, match.End))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool SpeaksOfDummyKind(SyntaxTree tree, CancellationToken cancellationToken)
        {
            if (!Trees.TryGetValue(tree, out var known))
            {
                known = Read(tree, cancellationToken) ? Speaks : Silent;
                known = Trees.GetValue(tree, _ => known);
            }

            return ReferenceEquals(known, Speaks);
        }

        private static bool Read(SyntaxTree tree, CancellationToken cancellationToken)
        {
            var source = tree.GetText(cancellationToken);
            if (SourceTexts.AsString(source) is { } whole)
            {
                return TestDoubleSense.SpeaksOfDummyKind(whole);
            }

            var window = SourceTextWindow.Over(source);
            try
            {
                return TestDoubleSense.SpeaksOfDummyKind(window);
            }
            finally
            {
                window.Release();
            }
        }
    }
}
