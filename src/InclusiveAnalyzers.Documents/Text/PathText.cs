using System;
using System.IO;

namespace InclusiveAnalyzers.Documents.Text
{
    /// <summary>Path spelling for findings: relative to the repository root when possible, always with forward slashes.</summary>
    internal static class PathText
    {
        public static string Relativize(string path, string? root)
        {
            if (!string.IsNullOrEmpty(root) && Path.IsPathRooted(path))
            {
                try
                {
                    var full = Path.GetFullPath(path);
                    var rootFull = Path.GetFullPath(root!);
                    var relative = MakeRelative(rootFull, full);
                    if (relative != null) return relative.Replace('\\', '/');
                }
                catch (Exception e) when (e is ArgumentException || e is NotSupportedException || e is PathTooLongException || e is System.Security.SecurityException)
                {
                    // Fall back to the path as given.
                }
            }
            return path.Replace('\\', '/');
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
