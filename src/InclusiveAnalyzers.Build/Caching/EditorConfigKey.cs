using System;
using System.Linq;
using System.Text;
using InclusiveAnalyzers.Core.Configuration;

namespace InclusiveAnalyzers.Build.Caching
{
    /// <summary>
    /// The .editorconfig properties that change what the scan finds in a file (term switches and INCL
    /// severities), as text for a cache key: editing them re-scans the files they apply to, while
    /// unrelated properties (indent_size) leave the cache alone.
    /// </summary>
    internal static class EditorConfigKey
    {
        public static string Of(EditorConfigOptions options)
        {
            var builder = new StringBuilder();
            foreach (var pair in options.Properties.Where(p => Matters(p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                builder.Append(pair.Key).Append('=').Append(pair.Value).Append('\n');
            }

            return builder.ToString();
        }

        private static bool Matters(string key) =>
            key.StartsWith(EditorConfigOptions.InclusivePrefix, StringComparison.OrdinalIgnoreCase)
            || key.StartsWith("dotnet_diagnostic.incl", StringComparison.OrdinalIgnoreCase)
            || key.StartsWith("dotnet_analyzer_diagnostic.", StringComparison.OrdinalIgnoreCase);
    }
}
