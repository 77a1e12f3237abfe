using System.Collections.Generic;

namespace InclusiveAnalyzers.Core.Json
{
    public enum JsonKind
    {
        Null,
        Boolean,
        Number,
        String,
        Array,
        Object,
    }

    /// <summary>
    /// A parsed JSON value that remembers where it stood (1-based line and column), so that
    /// configuration errors can point at the offending value in the user's file.
    /// </summary>
    public sealed class JsonValue
    {
        internal JsonValue(JsonKind kind, int line, int column)
        {
            Kind = kind;
            Line = line;
            Column = column;
        }

        public JsonKind Kind { get; }
        public int Line { get; }
        public int Column { get; }
        public string? String { get; internal set; }
        public double Number { get; internal set; }
        public bool Boolean { get; internal set; }
        public List<JsonValue>? Items { get; internal set; }
        public List<JsonProperty>? Properties { get; internal set; }

        public JsonValue? this[string name]
        {
            get
            {
                if (Properties is null)
                {
                    return null;
                }

                foreach (var property in Properties)
                {
                    if (property.Name == name)
                    {
                        return property.Value;
                    }
                }

                return null;
            }
        }

        public static string KindName(JsonKind kind) => kind switch
        {
            JsonKind.Null => "null",
            JsonKind.Boolean => "a boolean",
            JsonKind.Number => "a number",
            JsonKind.String => "a string",
            JsonKind.Array => "an array",
            _ => "an object",
        };
    }

    public sealed class JsonProperty
    {
        internal JsonProperty(string name, int line, int column, JsonValue value)
        {
            Name = name;
            Line = line;
            Column = column;
            Value = value;
        }

        public string Name { get; }
        public int Line { get; }
        public int Column { get; }
        public JsonValue Value { get; }
    }
}
