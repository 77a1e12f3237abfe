using System;
using System.Collections.Generic;
using InclusiveAnalyzers.Core.Configuration;
using InclusiveAnalyzers.Core.Configuration.Globbing;

namespace InclusiveAnalyzers.Core.Selection
{
    /// <summary>
    /// One .gitignore (or .git/info/exclude), the front end of the <see cref="GlobDialect.GitIgnore"/>
    /// dialect: blank lines and '#' comments skipped, trailing spaces dropped unless escaped, '!' re-includes,
    /// a trailing '/' matches folders only, a '/' at the start or in the middle anchors the pattern at the
    /// file's folder (otherwise it matches at any depth). The pattern itself goes to <see cref="GlobCompiler"/>.
    /// </summary>
    public sealed class GitIgnoreFile
    {
        private readonly IReadOnlyList<Rule> rules;

        private GitIgnoreFile(string directory, IReadOnlyList<Rule> rules)
        {
            Directory = directory;
            this.rules = rules;
        }

        /// <summary>The folder the patterns are relative to.</summary>
        public string Directory { get; }

        public int Count => rules.Count;

        /// <summary>Reads and parses a file; null when it does not exist or cannot be read.</summary>
        public static GitIgnoreFile? TryLoad(string path, string directory) =>
            SafeFile.TryReadAllText(path) is { } text ? Parse(text, directory) : null;

        public static GitIgnoreFile Parse(string text, string directory)
        {
            var rules = new List<Rule>();
            foreach (var rawLine in text.Split('\n'))
            {
                var rule = Rule.TryParse(rawLine.TrimEnd('\r'));
                if (rule != null)
                {
                    rules.Add(rule);
                }
            }

            return new GitIgnoreFile(directory, rules);
        }

        /// <summary>
        /// The last pattern that matches decides: true = ignored, false = re-included by a '!' pattern,
        /// null = no pattern matches. <paramref name="relativePath"/> is relative to <see cref="Directory"/>, with '/'.
        /// </summary>
        public bool? IsIgnored(string relativePath, bool isDirectory)
        {
            for (var i = rules.Count - 1; i >= 0; i--)
            {
                var rule = rules[i];
                if ((!rule.DirectoryOnly || isDirectory) && rule.Matcher.IsMatch(relativePath))
                {
                    return !rule.Negated;
                }
            }

            return null;
        }

        private sealed record Rule(GlobAutomaton Matcher, bool Negated, bool DirectoryOnly)
        {
            /// <summary>The rule a line holds, or null for a blank line, a comment or a pattern git would not use.</summary>
            public static Rule? TryParse(string line)
            {
                if (line.Length == 0 || line[0] == '#')
                {
                    return null;
                }

                line = TrimTrailingSpaces(line);
                var negated = line.StartsWith("!", StringComparison.Ordinal);
                if (negated)
                {
                    line = line.Substring(1);
                }

                var directoryOnly = line.EndsWith("/", StringComparison.Ordinal) && !line.EndsWith("\\/", StringComparison.Ordinal);
                if (directoryOnly)
                {
                    line = line.TrimEnd('/');
                }

                if (line.Length == 0)
                {
                    return null;
                }

                var anchored = line.IndexOf('/') >= 0;
                if (line.StartsWith("/", StringComparison.Ordinal))
                {
                    line = line.Substring(1);
                }

                var pattern = new GlobBuilder().Start();
                if (!anchored)
                {
                    pattern.AnyFolders();
                }

                return GlobCompiler.Translate(line, GlobDialect.GitIgnore, pattern) is null ? new Rule(pattern.Build(), negated, directoryOnly) : null;
            }

            private static string TrimTrailingSpaces(string line)
            {
                var end = line.Length;
                while (end > 0 && line[end - 1] == ' ' && !(end > 1 && line[end - 2] == '\\'))
                {
                    end--;
                }

                return line.Substring(0, end);
            }
        }
    }
}
