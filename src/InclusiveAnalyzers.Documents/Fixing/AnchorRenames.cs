using System.Collections.Generic;

namespace InclusiveAnalyzers.Documents.Fixing
{
    /// <summary>Which heading anchors a fix changed: the same headings, in the same order, before and after.</summary>
    internal static class AnchorRenames
    {
        public static List<AnchorRename> Between(HeadingAnchors before, HeadingAnchors after)
        {
            var renames = new List<AnchorRename>();
            // A fix only changes words, so the headings pair up one to one; if they do not, claim nothing.
            if (before.Generated.Count != after.Generated.Count) return renames;
            for (int i = 0; i < before.Generated.Count; i++)
            {
                var old = before.Generated[i];
                var now = after.Generated[i];
                if (old == null || now == null || old.Length == 0 || string.Equals(old, now, System.StringComparison.Ordinal)) continue;
                // A link to a name the document writes out (<a name>, an id) reaches that element, which the fix leaves alone.
                if (before.Named.Contains(old)) continue;
                renames.Add(new AnchorRename(old, now));
            }
            return renames;
        }
    }
}
