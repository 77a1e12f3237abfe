using System;
using System.Collections.Generic;
using System.Threading;
using InclusiveAnalyzers.Core.Terms;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace InclusiveAnalyzers.Shared
{
    /// <summary>
    /// Drops the matches that are another system's fixed name in this file (SQL Server's master database in a
    /// file that imports SqlClient), for names and comments alike. Asked only after a match, and only when a
    /// matched term has name contexts with near words: most matches never get here. First, a test-double library's
    /// dummies (<see cref="TestDoubleFiles"/>), asked only for a match of dummy.
    /// </summary>
    internal static class OtherSystemNames
    {
        /// <summary>Removes such matches from a declared name's (a member's read after its type's name, <paramref name="qualifier"/>); true when some are left.</summary>
        public static bool KeepOwn(List<TermMatch> matches, string identifier, Location location, CancellationToken cancellationToken, string? qualifier = null)
        {
            if (location.SourceTree is not { } tree)
            {
                return matches.Count > 0;
            }

            if (!TestDoubleFiles.KeepOwn(matches, identifier, identifier.Length, tree, cancellationToken, location))
            {
                return false; // only a test-double library's dummies (IFakeAndDummyManager.CreateDummy)
            }

            if (!AnyAsks(matches))
            {
                return matches.Count > 0;
            }

            var source = tree.GetText(cancellationToken);
            var span = location.SourceSpan;
            int from = Math.Max(0, span.Start - TermContext.NearWindow), to = Math.Min(source.Length, span.End + TermContext.NearWindow);
            var around = source.ToString(TextSpan.FromBounds(from, to));
            var subject = CodeSubject.Of(tree, cancellationToken);
            matches.RemoveAll(m => CodeNames.IsOtherSystemsName(m, identifier, around, 0, around.Length, subject, qualifier));
            return matches.Count > 0;
        }

        /// <summary>
        /// Removes such matches from a comment's: text[low, high) is the comment inside the source lines in text,
        /// which also serve as its near window. True when some are left.
        /// </summary>
        public static bool KeepOwn(List<TermMatch> matches, string text, int low, int high, SyntaxTree tree, CancellationToken cancellationToken)
        {
            if (!TestDoubleFiles.KeepOwn(matches, text, high, tree, cancellationToken))
            {
                return false; // only the test-double kind's dummies ("Creates a dummy of the specified type" in FakeItEasy)
            }

            if (!AnyAsks(matches))
            {
                return true;
            }

            string? subject = null;
            matches.RemoveAll(m =>
            {
                if (!m.Term.HasNearNames)
                {
                    return false;
                }

                int end = m.Start + m.Length;
                subject ??= CodeSubject.Of(tree, cancellationToken);
                return m.Term.IsNameInCode(text, low, high, m.Start, end, text, Math.Max(0, m.Start - TermContext.NearWindow), Math.Min(text.Length, end + TermContext.NearWindow), subject);
            });
            return matches.Count > 0;
        }

        private static bool AnyAsks(List<TermMatch> matches)
        {
            foreach (var match in matches)
            {
                if (match.Term.HasNearNames)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
