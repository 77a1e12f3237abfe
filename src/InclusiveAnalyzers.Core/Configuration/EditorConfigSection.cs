using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace InclusiveAnalyzers.Core.Configuration
{
    /// <summary>
    /// A named section of an .editorconfig and the paths it applies to. The name is read with the
    /// compiler's grammar: <c>*</c> (not across '/'), <c>**</c>, <c>?</c> (any one character),
    /// <c>[abc]</c>, <c>[!a-z]</c>, <c>{a,b}</c> (nestable), <c>{n..m}</c> (integers, either order),
    /// and <c>\</c> escaping the next character. A name without '/' matches a file name in any folder;
    /// a name with '/' is anchored at the config's folder. A name the grammar rejects (an unclosed
    /// brace or bracket, a ',' or '}' outside braces) never matches, as in the compiler.
    /// </summary>
    public sealed class EditorConfigSection
    {
        private readonly Lazy<Compiled?> matcher;

        internal EditorConfigSection(string name, IReadOnlyDictionary<string, string> properties)
        {
            Name = name;
            Properties = properties;
            matcher = new Lazy<Compiled?>(() => Compile(name));
        }

        public string Name { get; }

        /// <summary>Keys lower-cased, compared case-insensitively; later duplicates won.</summary>
        public IReadOnlyDictionary<string, string> Properties { get; }

        /// <summary>False when the name is not a valid section glob (the section then applies nowhere).</summary>
        public bool IsValid => matcher.Value != null;

        /// <summary>Whether the section applies to <paramref name="sectionPath"/>: a path relative to the config's folder, with '/' separators and a leading '/'.</summary>
        public bool IsMatch(string sectionPath)
        {
            var compiled = matcher.Value;
            if (compiled == null)
            {
                return false;
            }

            if (compiled.Ranges.Count == 0)
            {
                return compiled.Regex.IsMatch(sectionPath);
            }

            var match = compiled.Regex.Match(sectionPath);
            if (!match.Success)
            {
                return false;
            }

            for (var i = 0; i < compiled.Ranges.Count; i++)
            {
                var (min, max) = compiled.Ranges[i];
                if (!int.TryParse(match.Groups[i + 1].Value, out var number) || number < min || number > max)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The regular expression a section name compiles to, or null when the name is invalid (for tests and diagnostics).</summary>
        public string? Pattern => matcher.Value?.Regex.ToString();

        private sealed class Compiled
        {
            public Compiled(Regex regex, List<(int Min, int Max)> ranges)
            {
                Regex = regex;
                Ranges = ranges;
            }

            public Regex Regex { get; }

            /// <summary>Bounds for each capture group, in order: only number ranges capture.</summary>
            public List<(int Min, int Max)> Ranges { get; }
        }

        private static Compiled? Compile(string name)
        {
            var pattern = new StringBuilder("^");
            if (name.IndexOf('/') < 0)
            {
                pattern.Append(".*/");
            }
            else if (name[0] != '/')
            {
                pattern.Append('/');
            }

            var parser = new GlobParser(name);
            var ranges = new List<(int, int)>();
            if (parser.ParseSequence(pattern, ranges, insideBraces: false) != Stop.End)
            {
                return null;
            }

            pattern.Append('$');
            try
            {
                // Interpreted, not compiled: a CLI run reads a handful of sections once, and startup matters more.
                return new Compiled(new Regex(pattern.ToString(), RegexOptions.CultureInvariant), ranges);
            }
            catch (ArgumentException)
            {
                // e.g. an empty class "[]": no path can match it.
                return null;
            }
        }

        private enum Stop
        {
            End,
            Comma,
            CloseBrace,
            Invalid,
        }

        private sealed class GlobParser
        {
            private readonly string text;
            private int position;

            public GlobParser(string text)
            {
                this.text = text;
            }

            /// <summary>Translates items until the end of the name, or a ',' / '}' when inside braces.</summary>
            public Stop ParseSequence(StringBuilder pattern, List<(int, int)> ranges, bool insideBraces)
            {
                while (position < text.Length)
                {
                    var c = text[position++];
                    switch (c)
                    {
                        case '*':
                            if (position < text.Length && text[position] == '*')
                            {
                                position++;
                                pattern.Append(".*");
                            }
                            else
                            {
                                pattern.Append("[^/]*");
                            }

                            break;
                        case '?':
                            pattern.Append('.');
                            break;
                        case '[':
                            if (!ParseClass(pattern))
                            {
                                return Stop.Invalid;
                            }

                            break;
                        case '{':
                            if (TryParseRange(out var range))
                            {
                                ranges.Add(range);
                                pattern.Append("(-?[0-9]+)");
                            }
                            else if (!ParseChoice(pattern, ranges))
                            {
                                return Stop.Invalid;
                            }

                            break;
                        case ',':
                            return insideBraces ? Stop.Comma : Stop.Invalid;
                        case '}':
                            return insideBraces ? Stop.CloseBrace : Stop.Invalid;
                        case '\\':
                            if (position >= text.Length)
                            {
                                return Stop.Invalid;
                            }

                            AppendLiteral(pattern, text[position++]);
                            break;
                        default:
                            AppendLiteral(pattern, c);
                            break;
                    }
                }

                // Running out of text inside braces means the '{' was never closed.
                return insideBraces ? Stop.Invalid : Stop.End;
            }

            /// <summary>"{a,b,c}" after the '{': alternatives, each a full sequence.</summary>
            private bool ParseChoice(StringBuilder pattern, List<(int, int)> ranges)
            {
                pattern.Append("(?:");
                while (true)
                {
                    switch (ParseSequence(pattern, ranges, insideBraces: true))
                    {
                        case Stop.Comma:
                            pattern.Append('|');
                            continue;
                        case Stop.CloseBrace:
                            pattern.Append(')');
                            return true;
                        default:
                            return false;
                    }
                }
            }

            /// <summary>"{n..m}" after the '{' (integers, optionally negative); leaves the position alone otherwise.</summary>
            private bool TryParseRange(out (int Min, int Max) range)
            {
                range = default;
                var start = position;
                if (TryReadInteger(out var first)
                    && position + 1 < text.Length && text[position] == '.' && text[position + 1] == '.')
                {
                    position += 2;
                    if (TryReadInteger(out var second) && position < text.Length && text[position] == '}')
                    {
                        position++;
                        range = first <= second ? (first, second) : (second, first);
                        return true;
                    }
                }

                position = start;
                return false;
            }

            private bool TryReadInteger(out int value)
            {
                var start = position;
                if (position < text.Length && text[position] == '-')
                {
                    position++;
                }

                var digits = position;
                while (position < text.Length && text[position] >= '0' && text[position] <= '9')
                {
                    position++;
                }

                if (position == digits || !int.TryParse(text.Substring(start, position - start), out value))
                {
                    value = 0;
                    return false;
                }

                return true;
            }

            /// <summary>"[...]" after the '[': '!' first negates, '-' forms ranges, '\' escapes, ']' closes.</summary>
            private bool ParseClass(StringBuilder pattern)
            {
                pattern.Append('[');
                if (position < text.Length && text[position] == '!')
                {
                    pattern.Append('^');
                    position++;
                }

                while (position < text.Length)
                {
                    var c = text[position++];
                    switch (c)
                    {
                        case ']':
                            pattern.Append(']');
                            return true;
                        case '-':
                            pattern.Append('-');
                            break;
                        case '\\':
                            if (position >= text.Length)
                            {
                                return false;
                            }

                            AppendClassLiteral(pattern, text[position++]);
                            break;
                        default:
                            AppendClassLiteral(pattern, c);
                            break;
                    }
                }

                return false;
            }

            private static void AppendLiteral(StringBuilder pattern, char c) => pattern.Append(Regex.Escape(c.ToString()));

            private static void AppendClassLiteral(StringBuilder pattern, char c)
            {
                // Regex.Escape leaves ']' and '-' alone; inside a class they must be escaped to stay literal.
                if (c == ']' || c == '-' || c == '^')
                {
                    pattern.Append('\\').Append(c);
                }
                else
                {
                    pattern.Append(Regex.Escape(c.ToString()));
                }
            }
        }
    }
}
