using System;
using System.Collections.Concurrent;
using InclusiveAnalyzers.Core.Configuration.Globbing;

namespace InclusiveAnalyzers.Core.Configuration
{
    /// <summary>
    /// inclusive.json's path globs (include, exclude, overrides), the front end of the
    /// <see cref="GlobDialect.InclusiveJson"/> dialect: '\' is a path separator and a leading "./" is
    /// dropped; a pattern with a '/' at its start or in its middle is anchored at the config's folder,
    /// otherwise it matches at any depth; whatever a pattern matches, it also matches everything below it,
    /// and a trailing '/' matches folders only (what they hold). Paths are relative, with forward slashes.
    /// </summary>
    public static class Glob
    {
        private static readonly ConcurrentDictionary<string, Compiled> cache = new ConcurrentDictionary<string, Compiled>(StringComparer.Ordinal);

        public static bool IsMatch(string pattern, string relativePath)
        {
            if (string.IsNullOrEmpty(pattern) || relativePath is null)
            {
                return false;
            }

            var path = relativePath.Replace('\\', '/');
            if (path.StartsWith("./", StringComparison.Ordinal))
            {
                path = path.Substring(2);
            }

            return cache.GetOrAdd(pattern, Compile).Matcher?.IsMatch(path) ?? false;
        }

        /// <summary>
        /// Why <paramref name="pattern"/> cannot be used as a glob (too long, braces nested too deeply, an
        /// empty class), or null when it can. Such a pattern matches nothing.
        /// </summary>
        public static string? Problem(string pattern) => string.IsNullOrEmpty(pattern) ? null : cache.GetOrAdd(pattern, Compile).Problem;

        private static Compiled Compile(string pattern)
        {
            var p = pattern.Trim().Replace('\\', '/');
            if (p.StartsWith("./", StringComparison.Ordinal))
            {
                p = p.Substring(2);
            }

            bool anchored = p.StartsWith("/", StringComparison.Ordinal) || p.TrimEnd('/').IndexOf('/') >= 0;
            p = p.TrimStart('/');
            bool directory = p.EndsWith("/", StringComparison.Ordinal);
            p = p.TrimEnd('/');

            var glob = new GlobBuilder().Start();
            if (!anchored)
            {
                glob.AnyFolders();
            }

            if (GlobCompiler.Translate(p, GlobDialect.InclusiveJson, glob) is { } problem)
            {
                return new Compiled(null, problem);
            }

            // A folder pattern (or any pattern naming a folder) also matches everything below it.
            if (directory)
            {
                glob.RequiredSubtree();
            }
            else
            {
                glob.OptionalSubtree();
            }

            return new Compiled(glob.Build(), null);
        }

        private sealed class Compiled
        {
            public Compiled(GlobAutomaton? matcher, string? problem)
            {
                Matcher = matcher;
                Problem = problem;
            }

            public GlobAutomaton? Matcher { get; }
            public string? Problem { get; }
        }
    }
}
