using System;
using System.Collections.Generic;
using System.Linq;

namespace InclusiveAnalyzers.CodeFixes.Identifiers
{
    /// <summary>
    /// Combines several suggested names for one identifier (one per term it holds, each rewriting only its
    /// own term) into one name: "WhitelistBlacklist" with "AllowlistBlacklist" and "WhitelistBlocklist"
    /// gives "AllowlistBlocklist". Each suggestion differs from the original in one place, inside its term's
    /// span; those places never overlap because terms never do.
    /// </summary>
    internal static class NameEdits
    {
        public static string Merge(string original, IEnumerable<string> suggestions)
        {
            var edits = new List<(int Start, int Length, string Text)>();
            foreach (var suggestion in suggestions.Distinct(StringComparer.Ordinal))
            {
                if (suggestion != original)
                {
                    edits.Add(Edit(original, suggestion));
                }
            }

            if (edits.Count == 0)
            {
                return original;
            }

            edits.Sort((a, b) => a.Start.CompareTo(b.Start));
            var result = new System.Text.StringBuilder();
            int at = 0;
            foreach (var edit in edits)
            {
                if (edit.Start < at)
                {
                    continue; // overlapping: keep the earlier edit only
                }

                result.Append(original, at, edit.Start - at).Append(edit.Text);
                at = edit.Start + edit.Length;
            }

            return result.Append(original, at, original.Length - at).ToString();
        }

        // The single differing region: common prefix and suffix stripped.
        private static (int Start, int Length, string Text) Edit(string original, string suggestion)
        {
            int prefix = 0;
            int max = Math.Min(original.Length, suggestion.Length);
            while (prefix < max && original[prefix] == suggestion[prefix])
            {
                prefix++;
            }

            int suffix = 0;
            while (suffix < max - prefix && original[original.Length - 1 - suffix] == suggestion[suggestion.Length - 1 - suffix])
            {
                suffix++;
            }

            return (prefix, original.Length - prefix - suffix, suggestion.Substring(prefix, suggestion.Length - prefix - suffix));
        }
    }
}
