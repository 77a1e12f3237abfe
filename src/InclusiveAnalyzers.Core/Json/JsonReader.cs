using System.Collections.Generic;
using InclusiveAnalyzers.Core.Configuration;

namespace InclusiveAnalyzers.Core.Json
{
    /// <summary>Typed reads from a <see cref="JsonValue"/> that record a located error instead of throwing.</summary>
    public sealed class JsonReader
    {
        private readonly string path;
        private readonly List<ConfigError> errors;

        public JsonReader(string path, List<ConfigError> errors)
        {
            this.path = path;
            this.errors = errors;
        }

        public void Error(JsonValue at, string message) => errors.Add(new ConfigError(path, at.Line, at.Column, message));

        public void Error(JsonProperty at, string message) => errors.Add(new ConfigError(path, at.Line, at.Column, message));

        public bool Expect(JsonValue value, JsonKind kind, string what)
        {
            if (value.Kind == kind)
            {
                return true;
            }

            Error(value, $"{what} must be {JsonValue.KindName(kind)}, not {JsonValue.KindName(value.Kind)}.");
            return false;
        }

        public string? String(JsonValue? value, string what)
        {
            if (value is null || !Expect(value, JsonKind.String, what))
            {
                return null;
            }

            return value.String;
        }

        public bool? Boolean(JsonValue? value, string what)
        {
            if (value is null || !Expect(value, JsonKind.Boolean, what))
            {
                return null;
            }

            return value.Boolean;
        }

        /// <summary>An array of strings; non-string items are reported and skipped. Lowercased when asked.</summary>
        public List<string>? Strings(JsonValue? value, string what, bool lowercase = false)
        {
            if (value is null || !Expect(value, JsonKind.Array, what))
            {
                return null;
            }

            var list = new List<string>(value.Items!.Count);
            foreach (var item in value.Items)
            {
                if (item.Kind != JsonKind.String)
                {
                    Error(item, $"Every item of {what} must be a string, not {JsonValue.KindName(item.Kind)}.");
                    continue;
                }

                var text = item.String!.Trim();
                if (text.Length == 0)
                {
                    Error(item, $"{what} holds an empty string.");
                    continue;
                }

                list.Add(lowercase ? text.ToLowerInvariant() : text);
            }

            return list;
        }

        public Severity? Severity(JsonValue? value, string what)
        {
            var text = String(value, what);
            if (text is null)
            {
                return null;
            }

            if (SeverityNames.TryParse(text, out var severity))
            {
                return severity;
            }

            Error(value!, $"{what} '{text}' is not a severity: use error, warning, suggestion, silent or none.");
            return null;
        }

        /// <summary>Reports properties the object does not know, with the list of those it does.</summary>
        public void UnknownProperties(JsonValue obj, string what, params string[] known)
        {
            foreach (var property in obj.Properties!)
            {
                if (System.Array.IndexOf(known, property.Name) < 0 && property.Name != "$schema" && !property.Name.StartsWith("//", System.StringComparison.Ordinal))
                {
                    Error(property, $"Unknown property \"{property.Name}\" in {what}; known properties: {string.Join(", ", known)}.");
                }
            }
        }
    }
}
