using System;
using System.Collections.Generic;
using InclusiveAnalyzers.Documents.Analysis;
using InclusiveAnalyzers.Documents.Fixing;

namespace InclusiveAnalyzers.Documents
{
    /// <summary>
    /// After a fix renamed heading anchors (<see cref="DocumentFixer.Rewrite"/>), points the links of a
    /// Markdown document at the new anchors: its own fragment links and its relative links into the
    /// other documents of the run. Apply it once per document, to the rewritten text: renames can chain
    /// (#a -> #b while #b -> #b-1), and a second pass would move a link twice.
    /// </summary>
    public static class AnchorLinks
    {
        /// <param name="fullPath">The linking document's full path (relative destinations resolve against its folder).</param>
        /// <param name="text">Its text (already rewritten, if the fix changed it).</param>
        /// <param name="renamesOf">A target document's renames by its full path (see <see cref="ByOld"/>), or null for a document whose anchors did not change.</param>
        /// <param name="updates">Receives each fragment rewritten.</param>
        /// <param name="original">The document as read, when <paramref name="text"/> is a rewrite of it: a pipe table lined up there stays lined up.</param>
        public static string Update(string fullPath, string text, Func<string, IReadOnlyDictionary<string, string>?> renamesOf, List<LinkUpdate> updates, string? original = null)
        {
            if (string.IsNullOrEmpty(text) || text.IndexOf('#') < 0) return text;
            try
            {
                var model = HeadingAnchors.Parse(text, fullPath, out _);
                var updated = FragmentLinks.Update(text, model, fullPath, renamesOf, updates);
                return ReferenceEquals(updated, text) ? text : TableAlignment.Keep(original ?? text, updated);
            }
            catch (DocumentTooComplexException)
            {
                return text; // not parsed: no link is known
            }
        }

        /// <summary>Renames as a lookup from old anchor to new (exact: browsers match fragments case-sensitively).</summary>
        public static IReadOnlyDictionary<string, string> ByOld(IEnumerable<AnchorRename> renames)
        {
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var rename in renames) map[rename.Old] = rename.New;
            return map;
        }
    }
}
