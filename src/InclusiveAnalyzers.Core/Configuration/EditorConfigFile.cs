using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;

namespace InclusiveAnalyzers.Core.Configuration
{
    /// <summary>
    /// One parsed .editorconfig file. Lines the compiler would drop (neither a section header nor a
    /// property) are dropped here too, silently, so a file means the same to the compiler and to us.
    /// </summary>
    public sealed class EditorConfigFile
    {
        // Values of these editorconfig-spec keys are lower-cased, as the compiler does.
        private static readonly HashSet<string> ReservedKeys = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "root", "indent_style", "indent_size", "tab_width", "end_of_line", "charset", "trim_trailing_whitespace", "insert_final_newline",
        };

        private EditorConfigFile(string path, IReadOnlyDictionary<string, string> preamble, IReadOnlyList<EditorConfigSection> sections)
        {
            Path = path;
            Directory = NormalizeDirectory(System.IO.Path.GetDirectoryName(path) ?? path);
            Preamble = preamble;
            Sections = sections;
        }

        /// <summary>The file's full path as given.</summary>
        public string Path { get; }

        /// <summary>The folder holding the file, with '/' separators and no trailing separator (except a bare root).</summary>
        public string Directory { get; }

        /// <summary>Properties before the first section; only <c>root</c> means anything there.</summary>
        public IReadOnlyDictionary<string, string> Preamble { get; }

        public IReadOnlyList<EditorConfigSection> Sections { get; }

        /// <summary><c>root = true</c> in the preamble: files further up are not read.</summary>
        public bool IsRoot => Preamble.TryGetValue("root", out var value) && value == "true";

        /// <summary>Reads and parses a file; null when it does not exist or cannot be read.</summary>
        public static EditorConfigFile? TryLoad(string fullPath) =>
            SafeFile.TryReadAllText(fullPath) is { } text ? Parse(text, fullPath) : null;

        /// <summary>Parses .editorconfig text; <paramref name="fullPath"/> (absolute) locates the sections.</summary>
        public static EditorConfigFile Parse(string text, string fullPath)
        {
            if (text is null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            if (string.IsNullOrEmpty(fullPath) || !System.IO.Path.IsPathRooted(fullPath))
            {
                throw new ArgumentException("An .editorconfig needs an absolute path: its sections are relative to its folder.", nameof(fullPath));
            }

            var preamble = NewProperties();
            var sections = new List<EditorConfigSection>();
            string? sectionName = null;
            var properties = preamble;

            if (text.Length > 0 && text[0] == '\uFEFF')
            {
                text = text.Substring(1);
            }

            foreach (var line in SplitLines(text))
            {
                if (IsBlankOrComment(line))
                {
                    continue;
                }

                var section = LineShapes.Section.Match(line);
                if (section.Success)
                {
                    Close();
                    sectionName = section.Groups[1].Value;
                    properties = NewProperties();
                    continue;
                }

                var property = LineShapes.Property.Match(line);
                if (property.Success)
                {
                    var key = property.Groups[1].Value.ToLowerInvariant();
                    var value = property.Groups[2].Value;
                    if (ReservedKeys.Contains(key) || string.Equals(value, "unset", StringComparison.OrdinalIgnoreCase))
                    {
                        value = value.ToLowerInvariant();
                    }

                    properties[key] = value;
                }
            }

            Close();
            return new EditorConfigFile(fullPath, preamble, sections);

            void Close()
            {
                if (sectionName != null)
                {
                    sections.Add(new EditorConfigSection(sectionName, properties));
                }
            }
        }

        /// <summary>The path the sections are matched against: relative to this file's folder, starting with '/'.</summary>
        public string? GetSectionPath(string normalizedFullPath)
        {
            var directory = Directory;
            if (directory.EndsWith("/", StringComparison.Ordinal))
            {
                // A config at a file-system root ("/" or "C:/") keeps the leading '/' of the rest.
                directory = directory.Substring(0, directory.Length - 1);
            }

            if (normalizedFullPath.Length <= directory.Length + 1
                || normalizedFullPath[directory.Length] != '/'
                || !normalizedFullPath.StartsWith(directory, PathComparison))
            {
                return null;
            }

            return normalizedFullPath.Substring(directory.Length);
        }

        internal static Dictionary<string, string> NewProperties() => new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        /// <summary>Paths compare as the file system does: case-insensitively on Windows only.</summary>
        internal static StringComparison PathComparison { get; } =
            System.IO.Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

        internal static string NormalizePath(string fullPath) => fullPath.Replace('\\', '/');

        private static string NormalizeDirectory(string directory)
        {
            var normalized = NormalizePath(directory);
            return normalized.Length > 1 && normalized.EndsWith("/", StringComparison.Ordinal) && !normalized.EndsWith(":/", StringComparison.Ordinal)
                ? normalized.TrimEnd('/')
                : normalized;
        }

        private static bool IsBlankOrComment(string line)
        {
            foreach (var c in line)
            {
                if (!char.IsWhiteSpace(c))
                {
                    return c == '#' || c == ';';
                }
            }

            return true;
        }

        private static IEnumerable<string> SplitLines(string text)
        {
            var start = 0;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '\r' || c == '\n')
                {
                    yield return text.Substring(start, i - start);
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    start = i + 1;
                }
            }

            if (start < text.Length)
            {
                yield return text.Substring(start);
            }
        }

        /// <summary>
        /// The line shapes the compiler accepts: "[name]" with an optional trailing comment, and "key = value" /
        /// "key: value" where a '#' or ';' ends the value. Apart, so that they are built when a file is parsed, not when
        /// a scan first asks where .editorconfig files may be (most folders have none; building them costs a few ms).
        /// </summary>
        private static class LineShapes
        {
            public static readonly Regex Section = new Regex(@"^\s*\[(([^#;]|\\#|\\;)+)\]\s*([#;].*)?$", RegexOptions.CultureInvariant);
            public static readonly Regex Property = new Regex(@"^\s*([\w\.\-_]+)\s*[=:]\s*(.*?)\s*([#;].*)?$", RegexOptions.CultureInvariant);
        }
    }
}
