using System;
using System.Collections.Generic;

namespace InclusiveAnalyzers.Documents.Suppression
{
    /// <summary>
    /// markdownlint (and markdownlint-github) rule names mapped to ours, so a document that already
    /// silences MD045 is not reported again as INCL301. Both the MDnnn code and the alias are accepted.
    /// </summary>
    internal static class MarkdownlintAliases
    {
        private static readonly Dictionary<string, string> map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["MD001"] = "INCL320", ["heading-increment"] = "INCL320",
            ["MD018"] = "INCL326", ["no-missing-space-atx"] = "INCL326",
            ["MD024"] = "INCL346", ["no-duplicate-heading"] = "INCL346",
            ["MD025"] = "INCL322", ["single-title"] = "INCL322", ["single-h1"] = "INCL322",
            ["MD033"] = "INCL380", ["no-inline-html"] = "INCL380",
            ["MD036"] = "INCL325", ["no-emphasis-as-heading"] = "INCL325",
            ["MD041"] = "INCL321", ["first-line-heading"] = "INCL321", ["first-line-h1"] = "INCL321",
            ["MD042"] = "INCL332", ["no-empty-links"] = "INCL332",
            ["MD045"] = "INCL301", ["no-alt-text"] = "INCL301",
            ["MD051"] = "INCL333", ["link-fragments"] = "INCL333",
            ["MD052"] = "INCL334", ["reference-links-images"] = "INCL334",
            ["MD056"] = "INCL362", ["table-column-count"] = "INCL362",
            ["MD059"] = "INCL330", ["descriptive-link-text"] = "INCL330",
            ["GH001"] = "INCL305", ["no-default-alt-text"] = "INCL305",
            ["GH002"] = "INCL330", ["no-generic-link-text"] = "INCL330",
        };

        private static readonly HashSet<string> mapped = new HashSet<string>(map.Values, StringComparer.OrdinalIgnoreCase);

        public static string? ToOurs(string name) => map.TryGetValue(name, out var id) ? id : null;

        /// <summary>Rules a bare <c>markdownlint-disable</c> (no names) switches off.</summary>
        public static bool IsMapped(string ruleId) => mapped.Contains(ruleId);
    }
}
