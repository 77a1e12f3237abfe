using System;
using System.Linq;
using InclusiveAnalyzers.Core.Configuration;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InclusiveAnalyzers.Shared
{
    /// <summary>
    /// Reads the inclusive_analyzers.* keys of .editorconfig / .globalconfig through Roslyn's option
    /// store, with the same mapping the CLI and the build task use (Core's EditorConfigOptions).
    /// </summary>
    internal static class AnalyzerOptionsReader
    {
        /// <summary>inclusive_analyzers.strings = false switches INCL103 off for the files it covers.</summary>
        public const string Strings = EditorConfigOptions.InclusivePrefix + "strings";

        private static readonly string[] MatcherKeys = EditorConfigOptions.MatcherOptionNames.Select(name => EditorConfigOptions.InclusivePrefix + name).ToArray();

        /// <summary>Whether any inclusive_analyzers.* key that changes the matcher is set; allocates nothing.</summary>
        public static bool HasMatcherOptions(AnalyzerConfigOptions options)
        {
            foreach (var key in MatcherKeys)
            {
                if (options.TryGetValue(key, out _))
                {
                    return true;
                }
            }

            return false;
        }

        public static MatcherOptions ReadMatcherOptions(AnalyzerConfigOptions options)
            => EditorConfigOptions.ReadMatcherOptions(name => options.TryGetValue(EditorConfigOptions.InclusivePrefix + name, out var value) ? value : null);

        public static bool StringsEnabled(AnalyzerConfigOptions options)
            => !options.TryGetValue(Strings, out var value) || !string.Equals(value.Trim(), "false", StringComparison.OrdinalIgnoreCase);
    }
}
