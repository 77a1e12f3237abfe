using System.Collections.Generic;
using System.Linq;
using InclusiveAnalyzers.Core.Configuration;

namespace InclusiveAnalyzers.Core.Policy
{
    /// <summary>
    /// inclusive.json's "include" and "exclude", for every door: globs relative to the file's folder; a
    /// file is scanned when some include glob matches it (or there are none) and no exclude glob does.
    /// A file outside that folder matches no include glob.
    /// </summary>
    public static class ConfigSelection
    {
        public static bool IsSelected(string fullPath, InclusiveConfig? config)
        {
            if (config is null || (config.Include.Count == 0 && config.Exclude.Count == 0))
            {
                return true;
            }

            var folder = string.IsNullOrEmpty(config.Path) ? null : System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(config.Path));
            return IsSelected(fullPath, folder, config.Include, config.Exclude);
        }

        /// <param name="configDirectory">The folder the globs are relative to; null: none apply.</param>
        public static bool IsSelected(string fullPath, string? configDirectory, IReadOnlyList<string> include, IReadOnlyList<string> exclude)
        {
            if (string.IsNullOrEmpty(configDirectory) || (include.Count == 0 && exclude.Count == 0))
            {
                return true;
            }

            var relative = RelativePaths.ToConfigRelative(fullPath, configDirectory) ?? string.Empty;
            if (include.Count > 0 && !include.Any(g => Glob.IsMatch(g, relative)))
            {
                return false;
            }

            return !exclude.Any(g => Glob.IsMatch(g, relative));
        }
    }
}
