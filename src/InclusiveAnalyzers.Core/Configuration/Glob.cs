using System;
using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace InclusiveAnalyzers.Core.Configuration
{
    /// <summary>
    /// Path globs as .editorconfig and .gitignore users write them: * (within a folder), ** (any depth),
    /// ?, [abc], [!abc], {a,b}. A pattern without a slash matches the file name at any depth.
    /// Paths are relative, with forward slashes.
    /// </summary>
    public static class Glob
    {
        private static readonly ConcurrentDictionary<string, Regex> cache = new ConcurrentDictionary<string, Regex>(StringComparer.Ordinal);

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

        private static Regex Compile(string pattern)
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

            var regex = new StringBuilder(anchored ? "^" : "^(?:.*/)?");
            int braces = 0;
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
                                regex.Append("(?:.*/)?");
                            }
                            else
                            {
                                regex.Append(".*");
                            }
                        }
                        else
                        {
                            regex.Append("[^/]*");
                        }

                        break;
                    case '?':
                        regex.Append("[^/]");
                        break;
                    case '[':
                        int close = p.IndexOf(']', i + 1);
                        if (close < 0)
                        {
                            regex.Append("\\[");
                            break;
                        }

                        var set = p.Substring(i + 1, close - i - 1);
                        if (set.StartsWith("!", StringComparison.Ordinal))
                        {
                            set = "^" + set.Substring(1);
                        }

                        regex.Append('[').Append(set.Replace("\\", "\\\\")).Append(']');
                        i = close;
                        break;
                    case '{':
                        braces++;
                        regex.Append("(?:");
                        break;
                    case '}' when braces > 0:
                        braces--;
                        regex.Append(')');
                        break;
                    case ',' when braces > 0:
                        regex.Append('|');
                        break;
                    default:
                        regex.Append(Regex.Escape(c.ToString()));
                        break;
                }
            }

            // A folder pattern (or any pattern naming a folder) also matches everything below it.
            regex.Append(directory ? "/.*$" : "(?:/.*)?$");
            return new Regex(regex.ToString(), RegexOptions.CultureInvariant | RegexOptions.Compiled);
        }
    }
}
