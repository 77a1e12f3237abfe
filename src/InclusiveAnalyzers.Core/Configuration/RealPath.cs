using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace InclusiveAnalyzers.Core.Configuration
{
    /// <summary>
    /// A path with every symbolic link in it resolved, folder by folder (as realpath(3) does), so that a
    /// link through a linked folder cannot pass for a path inside the scanned root. Reading a link is the
    /// host's (<c>FileSystemInfo.LinkTarget</c> where the runtime has it).
    /// </summary>
    public static class RealPath
    {
        // Linux's own limit on links followed while resolving one path.
        private const int MaxLinks = 40;

        private static readonly char[] Separators = { '/', '\\' };

        /// <summary>The resolved full path, or null for a loop of links or an unreadable link.</summary>
        /// <param name="readLink">A link's target as stored (relative or rooted), or null when the path is no link.</param>
        public static string? Resolve(string fullPath, Func<string, string?> readLink)
        {
            var root = Path.GetPathRoot(fullPath) ?? string.Empty;
            var remaining = new Stack<string>(Split(fullPath.Substring(root.Length)).Reverse());
            var current = root;
            var links = 0;
            while (remaining.Count > 0)
            {
                var part = remaining.Pop();
                if (part == ".")
                {
                    continue;
                }

                if (part == "..")
                {
                    current = Path.GetDirectoryName(current) ?? current;
                    continue;
                }

                var candidate = Path.Combine(current, part);
                string? target;
                try
                {
                    target = readLink(candidate);
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
                {
                    return null;
                }

                if (target is null)
                {
                    current = candidate;
                    continue;
                }

                if (++links > MaxLinks)
                {
                    return null;
                }

                if (Path.IsPathRooted(target))
                {
                    current = Path.GetPathRoot(target) ?? root;
                    target = target.Substring(current.Length);
                }

                foreach (var next in Split(target).Reverse())
                {
                    remaining.Push(next);
                }
            }

            return current;
        }

        /// <summary>True when <paramref name="path"/> is <paramref name="directory"/> or below it (both resolved).</summary>
        public static bool IsUnder(string path, string directory)
        {
            var comparison = Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            var trimmed = directory.Length > 1 ? directory.TrimEnd(Separators) : directory;
            if (trimmed.Length == 0)
            {
                trimmed = directory;
            }

            return string.Equals(path, trimmed, comparison)
                || (path.Length > trimmed.Length && path.StartsWith(trimmed, comparison)
                    && (Array.IndexOf(Separators, path[trimmed.Length]) >= 0 || Array.IndexOf(Separators, trimmed[trimmed.Length - 1]) >= 0));
        }

        private static string[] Split(string path) => path.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
    }
}
