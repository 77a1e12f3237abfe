using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace InclusiveAnalyzers.CodeFixes.Shared
{
    /// <summary>Where a position of the old text lands in the new text, given the changes between them.</summary>
    internal static class PositionMap
    {
        public static int Map(int position, IEnumerable<TextChange> changes)
        {
            int delta = 0;
            foreach (var change in changes)
            {
                if (change.Span.End <= position)
                {
                    delta += change.NewText!.Length - change.Span.Length;
                }
                else if (change.Span.Start < position)
                {
                    // The position was rewritten: the best guess is the start of the new text.
                    return change.Span.Start + delta;
                }
            }

            return position + delta;
        }
    }
}
