using System.Threading;
using Microsoft.CodeAnalysis;

namespace InclusiveAnalyzers.Shared
{
    /// <summary>The text of a tree as one string for the hit-first scan.</summary>
    internal static class SourceTexts
    {
        // For the usual file (Roslyn's StringText) ToString() hands back the string the text already
        // holds, so this copies nothing; only very large files held in chunks are copied once.
        public static string Of(SyntaxTree tree, CancellationToken cancellationToken)
            => tree.GetText(cancellationToken).ToString();
    }
}
