using System;
using System.IO;

namespace InclusiveAnalyzers.Core.Policy
{
    /// <summary>
    /// The one way paths are made relative, for every door: a display path relative to a root (the
    /// repository or the scanned folder), and the path inclusive.json's globs see (relative to its folder).
    /// Always with forward slashes; a path outside the root stays as given.
    /// </summary>
    public static class RelativePaths
    {
        /// <summary>The path relative to <paramref name="root"/> with '/', or the path as given (with '/') when it is not below the root.</summary>
        public static string Display(string path, string? root)
        {
            if (!string.IsNullOrEmpty(root) && Path.IsPathRooted(path))
            {
                try
                {
                    var relative = MakeRelative(Path.GetFullPath(root!), Path.GetFullPath(path));
                    if (relative != null)
                    {
                        return relative.Replace('\\', '/');
                    }
                }
                catch (Exception e) when (e is ArgumentException || e is NotSupportedException || e is PathTooLongException || e is System.Security.SecurityException)
                {
                    // Fall back to the path as given.
                }
            }

            return (path ?? string.Empty).Replace('\\', '/');
        }

        /// <summary>
        /// The path as inclusive.json's globs see it: relative to <paramref name="configDirectory"/> with '/'
        /// (climbing with "../" when outside it, so no glob of the file names it). A path that is not rooted is taken
        /// as relative already. Null for no path.
        /// </summary>
        public static string? ToConfigRelative(string? path, string? configDirectory)
        {
            if (string.IsNullOrEmpty(path))
            {
                return null;
            }

            if (!Path.IsPathRooted(path) || string.IsNullOrEmpty(configDirectory))
            {
                return path!.Replace('\\', '/');
            }

            var inside = MakeRelative(configDirectory!, path!);
            return inside != null ? inside.Replace('\\', '/') : Outside(configDirectory!, path!);
        }

        /// <summary><paramref name="fullPath"/> relative to <paramref name="directory"/> with '/', or null when it is not below it.</summary>
        public static string? Below(string fullPath, string directory) => MakeRelative(directory, fullPath)?.Replace('\\', '/');

        // "../../x/y.md": climbs to the common folder, as Path.GetRelativePath does (not in netstandard2.0).
        private static string Outside(string directory, string path)
        {
            var comparison = Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            var separators = new[] { Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar };
            var from = directory.Split(separators, StringSplitOptions.RemoveEmptyEntries);
            var to = path.Split(separators, StringSplitOptions.RemoveEmptyEntries);
            var common = 0;
            while (common < from.Length && common < to.Length - 1 && string.Equals(from[common], to[common], comparison))
            {
                common++;
            }

            var parts = new System.Collections.Generic.List<string>();
            for (var i = common; i < from.Length; i++)
            {
                parts.Add("..");
            }

            for (var i = common; i < to.Length; i++)
            {
                parts.Add(to[i]);
            }

            return string.Join("/", parts);
        }

        private static string? MakeRelative(string root, string full)
        {
            var comparison = Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            root = root.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
            if (full.Length > root.Length + 1 && full.StartsWith(root, comparison) &&
                (full[root.Length] == Path.DirectorySeparatorChar || full[root.Length] == Path.AltDirectorySeparatorChar))
            {
                return full.Substring(root.Length + 1);
            }

            return null;
        }
    }
}
