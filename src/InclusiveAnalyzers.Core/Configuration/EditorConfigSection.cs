using System;
using System.Collections.Generic;
using System.Globalization;
using InclusiveAnalyzers.Core.Configuration.Globbing;

namespace InclusiveAnalyzers.Core.Configuration
{
    /// <summary>
    /// A named section of an .editorconfig and the paths it applies to. The name is read with the
    /// compiler's grammar: <c>*</c> (not across '/'), <c>**</c>, <c>?</c> (any one character),
    /// <c>[abc]</c>, <c>[!a-z]</c>, <c>{a,b}</c> (nestable), <c>{n..m}</c> (integers, either order),
    /// and <c>\</c> escaping the next character. A name without '/' matches a file name in any folder;
    /// a name with '/' is anchored at the config's folder. A name the grammar rejects (an unclosed
    /// brace or bracket, a ',' or '}' outside braces) never matches, as in the compiler; so does a name
    /// over 4,096 characters or with braces nested more than 32 deep. Names compile to automata that
    /// cannot backtrack (<see cref="GlobAutomaton"/>).
    /// </summary>
    public sealed class EditorConfigSection
    {
        private readonly Lazy<GlobAutomaton?> matcher;

        internal EditorConfigSection(string name, IReadOnlyDictionary<string, string> properties)
        {
            Name = name;
            Properties = properties;
            matcher = new Lazy<GlobAutomaton?>(() => Compile(name));
        }

        public string Name { get; }

        /// <summary>Keys lower-cased, compared case-insensitively; later duplicates won.</summary>
        public IReadOnlyDictionary<string, string> Properties { get; }

        /// <summary>False when the name is not a valid section glob (the section then applies nowhere).</summary>
        public bool IsValid => matcher.Value != null;

        /// <summary>Whether the section applies to <paramref name="sectionPath"/>: a path relative to the config's folder, with '/' separators and a leading '/'.</summary>
        public bool IsMatch(string sectionPath) => matcher.Value?.IsMatch(sectionPath) ?? false;

        /// <summary>The regular expression equivalent to the section name, or null when the name is invalid (for tests and diagnostics: matching runs a <see cref="GlobAutomaton"/>).</summary>
        public string? Pattern => matcher.Value?.Pattern;

        private static GlobAutomaton? Compile(string name)
        {
            if (name.Length > GlobBuilder.MaxLength)
            {
                return null;
            }

            var pattern = new GlobBuilder().Start();
            if (name.IndexOf('/') < 0)
            {
                pattern.AnyRun().Literal('/');
            }
            else if (name[0] != '/')
            {
                pattern.Literal('/');
            }

            var parser = new GlobParser(name);
            if (parser.ParseSequence(pattern, insideBraces: false) != Stop.End)
            {
                return null;
            }

            return pattern.Build();
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
            public Stop ParseSequence(GlobBuilder pattern, bool insideBraces)
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
                                pattern.AnyRun();
                            }
                            else
                            {
                                pattern.AnyRunButSlash();
                            }

                            break;
                        case '?':
                            pattern.AnyChar();
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
                                pattern.Number(range.Min, range.Max);
                            }
                            else if (!ParseChoice(pattern))
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

                            pattern.Literal(text[position++]);
                            break;
                        default:
                            pattern.Literal(c);
                            break;
                    }
                }

                // Running out of text inside braces means the '{' was never closed.
                return insideBraces ? Stop.Invalid : Stop.End;
            }

            /// <summary>"{a,b,c}" after the '{': alternatives, each a full sequence. Braces nested too deeply are invalid.</summary>
            private bool ParseChoice(GlobBuilder pattern)
            {
                if (!pattern.OpenGroup())
                {
                    return false;
                }

                while (true)
                {
                    switch (ParseSequence(pattern, insideBraces: true))
                    {
                        case Stop.Comma:
                            pattern.Alternative();
                            continue;
                        case Stop.CloseBrace:
                            pattern.CloseGroup();
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

                if (position == digits || !int.TryParse(text.Substring(start, position - start), NumberStyles.Integer, CultureInfo.InvariantCulture, out value))
                {
                    value = 0;
                    return false;
                }

                return true;
            }

            /// <summary>"[...]" after the '[': '!' first negates, '-' forms ranges, '\' escapes, ']' closes. Empty or reversed ranges are invalid, as in the compiler.</summary>
            private bool ParseClass(GlobBuilder pattern)
            {
                var set = new CharClass();
                if (position < text.Length && text[position] == '!')
                {
                    set.Negated = true;
                    position++;
                }

                // Literal characters, with null standing for a range dash.
                var items = new List<char?>();
                while (position < text.Length)
                {
                    var c = text[position++];
                    switch (c)
                    {
                        case ']':
                            return AddItems(set, items) && Add(pattern, set);
                        case '-':
                            items.Add(null);
                            break;
                        case '\\':
                            if (position >= text.Length)
                            {
                                return false;
                            }

                            items.Add(text[position++]);
                            break;
                        default:
                            items.Add(c);
                            break;
                    }
                }

                return false;
            }

            private static bool Add(GlobBuilder pattern, CharClass set)
            {
                pattern.Class(set);
                return true;
            }

            private static bool AddItems(CharClass set, List<char?> items)
            {
                if (items.Count == 0)
                {
                    return false;
                }

                for (var i = 0; i < items.Count; i++)
                {
                    var low = items[i];
                    if (low.HasValue && i + 2 < items.Count && items[i + 1] == null && items[i + 2].HasValue)
                    {
                        if (low.Value > items[i + 2]!.Value)
                        {
                            return false;
                        }

                        set.AddRange(low.Value, items[i + 2]!.Value);
                        i += 2;
                    }
                    else
                    {
                        set.Add(low ?? '-');
                    }
                }

                return true;
            }
        }
    }
}
