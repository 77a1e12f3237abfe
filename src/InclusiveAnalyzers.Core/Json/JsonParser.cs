using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace InclusiveAnalyzers.Core.Json
{
    /// <summary>
    /// A small JSON reader (with // and /* */ comments and trailing commas tolerated, as in
    /// tsconfig/VS Code settings). Core carries its own so analyzers need no JSON package
    /// that could clash with the host's copy.
    /// </summary>
    public sealed class JsonParser
    {
        private const int MaxDepth = 64;
        private readonly JsonText text;
        private int position;
        private int line = 1;
        private int lineStart;

        private JsonParser(JsonText text)
        {
            this.text = text;
        }

        /// <summary>Parses the whole text; throws <see cref="JsonParseException"/> with a location on bad input.</summary>
        public static JsonValue Parse(string text) => Parse(JsonText.From(text));

        internal static JsonValue Parse(JsonText text)
        {
            var parser = new JsonParser(text);
            if (text.Length > 0 && text[0] == '\uFEFF')
            {
                parser.position = 1;
                parser.lineStart = 1;
            }

            parser.SkipTrivia();
            var value = parser.ParseValue(0);
            parser.SkipTrivia();
            if (parser.position < text.Length)
            {
                throw parser.Error("Unexpected text after the end of the JSON value.");
            }

            return value;
        }

        private int Column => position - lineStart + 1;

        private JsonParseException Error(string message) => new JsonParseException(message, line, Column);

        private JsonValue ParseValue(int depth)
        {
            if (depth > MaxDepth)
            {
                throw Error($"JSON nested deeper than {MaxDepth} levels.");
            }

            if (position >= text.Length)
            {
                throw Error("Unexpected end of file: a value was expected.");
            }

            char c = text[position];
            switch (c)
            {
                case '{': return ParseObject(depth);
                case '[': return ParseArray(depth);
                case '"':
                {
                    var value = new JsonValue(JsonKind.String, line, Column);
                    value.String = ParseString();
                    return value;
                }

                case 't': return ParseLiteral("true", JsonKind.Boolean, true);
                case 'f': return ParseLiteral("false", JsonKind.Boolean, false);
                case 'n': return ParseLiteral("null", JsonKind.Null, false);
                default:
                    if (c == '-' || (c >= '0' && c <= '9'))
                    {
                        return ParseNumber();
                    }

                    throw Error($"Unexpected character '{c}': a value (object, array, string, number, true, false or null) was expected.");
            }
        }

        private JsonValue ParseLiteral(string word, JsonKind kind, bool boolean)
        {
            var value = new JsonValue(kind, line, Column) { Boolean = boolean };
            if (!text.Spells(position, word))
            {
                throw Error($"Unexpected word: '{word}' or another value was expected.");
            }

            position += word.Length;
            return value;
        }

        private JsonValue ParseNumber()
        {
            var value = new JsonValue(JsonKind.Number, line, Column);
            int start = position;
            while (position < text.Length && "+-0123456789.eE".IndexOf(text[position]) >= 0)
            {
                position++;
            }

            var token = text.Substring(start, position - start);
            if (!double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                position = start;
                throw Error($"'{token}' is not a valid number.");
            }

            value.Number = number;
            return value;
        }

        private string ParseString()
        {
            position++; // opening quote
            StringBuilder? builder = null;
            int runStart = position;
            while (true)
            {
                if (position >= text.Length || text[position] == '\n')
                {
                    throw Error("Unterminated string: a closing '\"' was expected on the same line.");
                }

                char c = text[position];
                if (c == '"')
                {
                    string result = builder is null
                        ? text.Substring(runStart, position - runStart)
                        : text.AppendTo(builder, runStart, position - runStart).ToString();
                    position++;
                    return result;
                }

                if (c == '\\')
                {
                    builder ??= new StringBuilder();
                    text.AppendTo(builder, runStart, position - runStart);
                    position++;
                    if (position >= text.Length)
                    {
                        throw Error("Unterminated escape sequence.");
                    }

                    char e = text[position];
                    switch (e)
                    {
                        case '"': builder.Append('"'); break;
                        case '\\': builder.Append('\\'); break;
                        case '/': builder.Append('/'); break;
                        case 'b': builder.Append('\b'); break;
                        case 'f': builder.Append('\f'); break;
                        case 'n': builder.Append('\n'); break;
                        case 'r': builder.Append('\r'); break;
                        case 't': builder.Append('\t'); break;
                        case 'u':
                            if (position + 4 >= text.Length
                                || !int.TryParse(text.Substring(position + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int code))
                            {
                                throw Error("Invalid \\u escape: four hexadecimal digits were expected.");
                            }

                            builder.Append((char)code);
                            position += 4;
                            break;
                        default:
                            throw Error($"Invalid escape sequence '\\{e}'.");
                    }

                    position++;
                    runStart = position;
                    continue;
                }

                position++;
            }
        }

        private JsonValue ParseArray(int depth)
        {
            var value = new JsonValue(JsonKind.Array, line, Column) { Items = new List<JsonValue>() };
            position++;
            SkipTrivia();
            while (true)
            {
                if (position >= text.Length)
                {
                    throw Error("Unexpected end of file: ']' was expected.");
                }

                if (text[position] == ']')
                {
                    position++;
                    return value;
                }

                value.Items.Add(ParseValue(depth + 1));
                SkipTrivia();
                if (position < text.Length && text[position] == ',')
                {
                    position++;
                    SkipTrivia();
                    continue;
                }

                if (position < text.Length && text[position] == ']')
                {
                    continue;
                }

                throw Error("',' or ']' was expected after an array item.");
            }
        }

        private JsonValue ParseObject(int depth)
        {
            var value = new JsonValue(JsonKind.Object, line, Column) { Properties = new List<JsonProperty>() };
            position++;
            SkipTrivia();
            while (true)
            {
                if (position >= text.Length)
                {
                    throw Error("Unexpected end of file: '}' was expected.");
                }

                if (text[position] == '}')
                {
                    position++;
                    return value;
                }

                if (text[position] != '"')
                {
                    throw Error("A property name in double quotes was expected.");
                }

                int nameLine = line, nameColumn = Column;
                string name = ParseString();
                SkipTrivia();
                if (position >= text.Length || text[position] != ':')
                {
                    throw Error($"':' was expected after the property name \"{name}\".");
                }

                position++;
                SkipTrivia();
                var item = ParseValue(depth + 1);
                value.Properties.Add(new JsonProperty(name, nameLine, nameColumn, item));
                SkipTrivia();
                if (position < text.Length && text[position] == ',')
                {
                    position++;
                    SkipTrivia();
                    continue;
                }

                if (position < text.Length && text[position] == '}')
                {
                    continue;
                }

                throw Error("',' or '}' was expected after a property value.");
            }
        }

        private void SkipTrivia()
        {
            while (position < text.Length)
            {
                char c = text[position];
                if (c == '\n')
                {
                    position++;
                    line++;
                    lineStart = position;
                }
                else if (c == ' ' || c == '\t' || c == '\r')
                {
                    position++;
                }
                else if (c == '/' && position + 1 < text.Length && text[position + 1] == '/')
                {
                    while (position < text.Length && text[position] != '\n')
                    {
                        position++;
                    }
                }
                else if (c == '/' && position + 1 < text.Length && text[position + 1] == '*')
                {
                    position += 2;
                    while (position < text.Length && !(text[position] == '*' && position + 1 < text.Length && text[position + 1] == '/'))
                    {
                        if (text[position] == '\n')
                        {
                            line++;
                            lineStart = position + 1;
                        }

                        position++;
                    }

                    if (position >= text.Length)
                    {
                        throw Error("Unterminated /* comment.");
                    }

                    position += 2;
                }
                else
                {
                    return;
                }
            }
        }
    }
}
