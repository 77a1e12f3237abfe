using System;
using System.Collections.Concurrent;
using InclusiveAnalyzers.Core.Configuration.Globbing;

namespace InclusiveAnalyzers.Core.Configuration
{
    /// <summary>
    /// Path globs as .editorconfig and .gitignore users write them: * (within a folder), ** (any depth),
    /// ?, [abc], [!abc], {a,b}. A pattern without a slash matches the file name at any depth.
    /// Paths are relative, with forward slashes. Patterns compile to automata that cannot backtrack
    /// (<see cref="GlobAutomaton"/>), so a hostile inclusive.json cannot stall a scan.
    /// </summary>
    public static class Glob
    {
        private static readonly ConcurrentDictionary<string, GlobAutomaton> cache = new ConcurrentDictionary<string, GlobAutomaton>(StringComparer.Ordinal);

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

            return cache.GetOrAdd(pattern, Compile).IsMatch(path);
        }

        /// <summary>
        /// Why <paramref name="pattern"/> cannot be used as a glob (too long, braces nested too deeply,
        /// unbalanced braces), or null when it can. Such a pattern matches nothing.
        /// </summary>
        public static string? Problem(string pattern)
        {
            if (pattern.Length > GlobBuilder.MaxLength)
            {
                return $"The glob is {pattern.Length:N0} characters long, over the limit of {GlobBuilder.MaxLength:N0}; it matches nothing. Shorten it or split it into several globs.";
            }

            var depth = 0;
            for (int i = 0; i < pattern.Length; i++)
            {
                if (pattern[i] == '{' && ++depth > GlobBuilder.MaxGroupDepth)
                {
                    return $"The glob nests braces {{...}} more than {GlobBuilder.MaxGroupDepth} levels deep; it matches nothing. Write the alternatives as separate globs.";
                }

                if (pattern[i] == '}' && depth > 0)
                {
                    depth--;
                }
            }

            return null;
        }

        private static GlobAutomaton Compile(string pattern)
        {
            if (Problem(pattern) != null)
            {
                return Nothing;
            }

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

            for (int i = 0; i < p.Length; i++)
            {
                char c = p[i];
                switch (c)
                {
                    case '*':
                        if (i + 1 < p.Length && p[i + 1] == '*')
                        {
                            i++;
                            if (i + 1 < p.Length && p[i + 1] == '/')
                            {
                                i++;
                                glob.AnyFolders();
                            }
                            else
                            {
                                glob.AnyRun();
                            }
                        }
                        else
                        {
                            glob.AnyRunButSlash();
                        }

                        break;
                    case '?':
                        glob.AnyCharButSlash();
                        break;
                    case '[':
                        int close = p.IndexOf(']', i + 1);
                        if (close < 0)
                        {
                            glob.Literal('[');
                            break;
                        }

                        var set = ReadClass(p, i + 1, close);
                        if (set.IsEmpty && !set.Negated)
                        {
                            return Nothing; // "[]" matches no character
                        }

                        glob.Class(set);
                        i = close;
                        break;
                    case '{':
                        glob.OpenGroup();
                        break;
                    case '}' when glob.GroupDepth > 0:
                        glob.CloseGroup();
                        break;
                    case ',' when glob.GroupDepth > 0:
                        glob.Alternative();
                        break;
                    default:
                        glob.Literal(c);
                        break;
                }
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

            return glob.Build();
        }

        /// <summary>The characters of "[...]" between <paramref name="from"/> and <paramref name="to"/>: '!' first negates, "a-z" is a range.</summary>
        private static CharClass ReadClass(string p, int from, int to)
        {
            var set = new CharClass();
            if (from < to && p[from] == '!')
            {
                set.Negated = true;
                from++;
            }

            for (int j = from; j < to; j++)
            {
                if (j + 2 < to && p[j + 1] == '-')
                {
                    set.AddRange(p[j], p[j + 2]);
                    j += 2;
                }
                else
                {
                    set.Add(p[j]);
                }
            }

            return set;
        }

        /// <summary>Matches no path: what an unusable pattern compiles to.</summary>
        private static readonly GlobAutomaton Nothing = new GlobBuilder().Class(new CharClass()).Build();
    }
}
