using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using InclusiveAnalyzers.Core.Configuration;
using InclusiveAnalyzers.Core.Json;

namespace InclusiveAnalyzers.Documents.CodeOfConduct.Adoption
{
    /// <summary>
    /// The catalog of codes of conduct adopted by reference (codes-of-conduct.json beside rules.json, embedded
    /// in this assembly). Loaded once; an invalid embedded catalog is a build defect and throws with every problem named.
    /// </summary>
    internal static class AdoptedCodeCatalog
    {
        private const string ResourceName = "InclusiveAnalyzers.codes-of-conduct.json";
        private static readonly Lazy<IReadOnlyList<AdoptedCode>> codes = new Lazy<IReadOnlyList<AdoptedCode>>(Load);

        public static IReadOnlyList<AdoptedCode> Codes => codes.Value;

        /// <summary>The catalogued code a URL points to; an organisation's code wins over a template.</summary>
        public static AdoptedCode? Find(string url)
        {
            AdoptedCode? template = null;
            foreach (var code in Codes)
            {
                if (!code.Matches(url)) continue;
                if (!code.IsTemplate) return code;
                template ??= code;
            }

            return template;
        }

        /// <summary>Parses a catalog; problems go to <paramref name="errors"/> with their line and column.</summary>
        public static List<AdoptedCode> Parse(string json, string path, List<ConfigError> errors)
        {
            var result = new List<AdoptedCode>();
            JsonValue root;
            try
            {
                root = JsonParser.Parse(json);
            }
            catch (JsonParseException e)
            {
                errors.Add(new ConfigError(path, e.Line, e.Column, e.Message));
                return result;
            }

            var reader = new JsonReader(path, errors);
            if (!reader.Expect(root, JsonKind.Object, "The catalog")) return result;
            var list = root["codes"];
            if (list == null || !reader.Expect(list, JsonKind.Array, "\"codes\"")) return result;
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in list.Items!)
            {
                if (!reader.Expect(item, JsonKind.Object, "A code")) continue;
                string? id = reader.String(item["id"], "\"id\"");
                string? name = reader.String(item["name"], "\"name\"");
                string? kind = reader.String(item["kind"], "\"kind\"");
                var urls = reader.Strings(item["urls"], "\"urls\"");
                var reporting = item["reporting"];
                var elementsValue = item["elements"];
                if (id == null || name == null || kind == null || urls == null || urls.Count == 0 || reporting == null || elementsValue == null)
                {
                    reader.Error(item, "A code needs \"id\", \"name\", \"kind\", \"urls\", \"reporting\" and \"elements\".");
                    continue;
                }

                if (!ids.Add(id)) reader.Error(item, $"The id '{id}' is used twice.");
                if (kind != "organisation" && kind != "template") reader.Error(item["kind"]!, "\"kind\" is organisation or template.");
                if (!reader.Expect(reporting, JsonKind.Object, "\"reporting\"") || !reader.Expect(elementsValue, JsonKind.Object, "\"elements\"")) continue;
                string route = reader.String(reporting["route"], "\"route\"") ?? "adopter";
                if (reader.String(reporting["source"], "The reporting \"source\"") == null) reader.Error(reporting, "The reporting route needs its \"source\".");
                string? contact = reporting["contact"] == null ? null : reader.String(reporting["contact"], "\"contact\"");
                string? reportingUrl = reporting["url"] == null ? null : reader.String(reporting["url"], "\"url\"");
                if (route == "email" && contact == null) reader.Error(reporting, "An email route needs its \"contact\".");

                var elements = new Dictionary<string, bool?>(StringComparer.Ordinal);
                foreach (var element in AdoptedCode.ElementNames)
                {
                    var value = elementsValue[element];
                    if (value == null || !reader.Expect(value, JsonKind.Object, $"The element \"{element}\""))
                    {
                        reader.Error(elementsValue, $"The element \"{element}\" is missing.");
                        continue;
                    }

                    var present = value["present"];
                    elements[element] = present == null || present.Kind == JsonKind.Null ? (bool?)null : reader.Boolean(present, "\"present\"");
                    if (reader.String(value["source"], "The element \"source\"") == null) reader.Error(value, $"The element \"{element}\" needs its \"source\".");
                }

                result.Add(new AdoptedCode(id, name, kind == "template", urls, route, contact, reportingUrl, elements));
            }

            return result;
        }

        private static IReadOnlyList<AdoptedCode> Load()
        {
            using var stream = typeof(AdoptedCodeCatalog).Assembly.GetManifestResourceStream(ResourceName)
                ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
            using var reader = new StreamReader(stream);
            var errors = new List<ConfigError>();
            var parsed = Parse(reader.ReadToEnd(), "codes-of-conduct.json", errors);
            if (errors.Count > 0) throw new InvalidOperationException("The embedded codes-of-conduct.json is invalid: " + string.Join("; ", errors.Select(e => e.ToString())));
            return parsed;
        }
    }
}
