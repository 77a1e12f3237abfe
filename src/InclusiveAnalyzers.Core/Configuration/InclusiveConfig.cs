using System;
using System.Collections.Generic;
using InclusiveAnalyzers.Core.Json;
using InclusiveAnalyzers.Core.Terms;

namespace InclusiveAnalyzers.Core.Configuration
{
    /// <summary>
    /// The user's inclusive.json: terms added or changed, terms and categories switched, allowed
    /// phrases, rule severities, document globs, and all of these per path glob ("overrides").
    /// </summary>
    public sealed class InclusiveConfig
    {
        public const string FileName = "inclusive.json";

        private static readonly string[] TopLevel = { "terms", "allow", "disable", "enable", "categories", "rules", "include", "exclude", "scanFrozenCopies", "overrides", "maskNames", "codeOfConduct", PublicApiPolicies.JsonName };
        private static readonly string[] OverrideLevel = { "files", "allow", "disable", "enable", "categories", "rules", "maskNames" };

        private InclusiveConfig(string path)
        {
            Path = path;
        }

        public string Path { get; }
        public IReadOnlyList<Term> Terms { get; private set; } = Array.Empty<Term>();
        public MatcherOptions Options { get; private set; } = MatcherOptions.Empty;
        public IReadOnlyDictionary<string, Severity> RuleSeverities { get; private set; } = new Dictionary<string, Severity>();
        public IReadOnlyList<string> Include { get; private set; } = Array.Empty<string>();
        public IReadOnlyList<string> Exclude { get; private set; } = Array.Empty<string>();
        public IReadOnlyList<PathOverride> Overrides { get; private set; } = Array.Empty<PathOverride>();

        /// <summary>The code of conduct the project adopts by reference ("codeOfConduct"), or null.</summary>
        public CodeOfConductSetting? CodeOfConduct { get; private set; }

        /// <summary>"scanFrozenCopies": true scans versioned doc snapshots and archives (<see cref="FrozenCopies"/>), skipped by default.</summary>
        public bool ScanFrozenCopies { get; private set; }

        /// <summary>"publicApi": what bulk renames do with names visible outside the assembly; null when not set.</summary>
        public PublicApiPolicy? PublicApi { get; private set; }

        /// <summary>An empty configuration (defaults only).</summary>
        public static InclusiveConfig Empty(string path) => new InclusiveConfig(path);

        /// <summary>
        /// Parses the file. Never throws: each problem becomes a located <see cref="ConfigError"/>,
        /// and what could be read still applies.
        /// </summary>
        public static InclusiveConfig Parse(string json, string path, List<ConfigError> errors, TermCatalog? catalog = null)
        {
            catalog ??= TermCatalog.Default;
            var config = new InclusiveConfig(path);
            if (string.IsNullOrWhiteSpace(json))
            {
                return config;
            }

            JsonValue root;
            try
            {
                root = JsonParser.Parse(json);
            }
            catch (JsonParseException e)
            {
                errors.Add(new ConfigError(path, e.Line, e.Column, e.Message + " The file is ignored until it is fixed; the defaults apply."));
                return config;
            }

            var reader = new JsonReader(path, errors);
            if (!reader.Expect(root, JsonKind.Object, "The top level of inclusive.json"))
            {
                return config;
            }

            reader.UnknownProperties(root, "inclusive.json", TopLevel);
            var terms = new List<Term>();
            var termsValue = root["terms"];
            if (termsValue != null && reader.Expect(termsValue, JsonKind.Array, "\"terms\""))
            {
                foreach (var item in termsValue.Items!)
                {
                    var term = TermReader.Read(reader, item, null, catalog.Find);
                    if (term != null)
                    {
                        terms.Add(term);
                    }
                }
            }

            config.Terms = terms;
            var known = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var t in catalog.Terms)
            {
                known.Add(t.Id);
            }

            foreach (var t in terms)
            {
                known.Add(t.Id);
            }

            config.Options = ReadOptions(reader, root, known);
            config.RuleSeverities = ReadRules(reader, root["rules"]);
            config.Include = Globs(reader, root["include"], "\"include\"") ?? new List<string>();
            config.Exclude = Globs(reader, root["exclude"], "\"exclude\"") ?? new List<string>();
            config.CodeOfConduct = CodeOfConductSetting.Read(reader, root["codeOfConduct"]);
            config.ScanFrozenCopies = reader.Boolean(root["scanFrozenCopies"], "\"scanFrozenCopies\"") ?? false;
            config.PublicApi = ReadPublicApi(reader, root[PublicApiPolicies.JsonName]);

            var overrides = new List<PathOverride>();
            var overridesValue = root["overrides"];
            if (overridesValue != null && reader.Expect(overridesValue, JsonKind.Array, "\"overrides\""))
            {
                foreach (var item in overridesValue.Items!)
                {
                    if (!reader.Expect(item, JsonKind.Object, "An override"))
                    {
                        continue;
                    }

                    reader.UnknownProperties(item, "an override", OverrideLevel);
                    var files = Globs(reader, item["files"], "\"files\"");
                    if (files is null || files.Count == 0)
                    {
                        reader.Error(item, "An override needs \"files\": the path globs it applies to, e.g. [\"legacy/**\"].");
                        continue;
                    }

                    overrides.Add(new PathOverride(files, ReadOptions(reader, item, known), ReadRules(reader, item["rules"])));
                }
            }

            config.Overrides = overrides;
            return config;
        }

        /// <summary>Path globs; one that cannot be used (too long, braces nested too deeply) is reported, and matches nothing.</summary>
        private static List<string>? Globs(JsonReader reader, JsonValue? value, string what)
        {
            var globs = reader.Strings(value, what);
            if (globs != null)
            {
                foreach (var item in value!.Items!)
                {
                    if (item.Kind == JsonKind.String && Glob.Problem(item.String!.Trim()) is { } problem)
                    {
                        reader.Error(item, $"In {what}: {problem}");
                    }
                }
            }

            return globs;
        }

        private static PublicApiPolicy? ReadPublicApi(JsonReader reader, JsonValue? value)
        {
            var text = value is null ? null : reader.String(value, "\"" + PublicApiPolicies.JsonName + "\"");
            if (text is null)
            {
                return null;
            }

            if (PublicApiPolicies.TryParse(text, out var policy))
            {
                return policy;
            }

            reader.Error(value!, $"\"{PublicApiPolicies.JsonName}\" is '{text}'; use {PublicApiPolicies.Values}. The default (forward) applies.");
            return null;
        }

        private static MatcherOptions ReadOptions(JsonReader reader, JsonValue obj, HashSet<string> knownTerms)
        {
            var options = new MatcherOptions
            {
                Allow = reader.Strings(obj["allow"], "\"allow\"", lowercase: true) ?? (IReadOnlyList<string>)Array.Empty<string>(),
                Disable = TermIds(reader, obj["disable"], "\"disable\"", knownTerms),
                Enable = TermIds(reader, obj["enable"], "\"enable\"", knownTerms),
                MaskNames = reader.Boolean(obj["maskNames"], "\"maskNames\""),
            };

            var categories = obj["categories"];
            if (categories != null && reader.Expect(categories, JsonKind.Object, "\"categories\""))
            {
                var on = new List<string>();
                var off = new List<string>();
                foreach (var property in categories.Properties!)
                {
                    var name = property.Name.ToLowerInvariant();
                    if (!Categories.IsKnown(name))
                    {
                        reader.Error(property, $"Unknown category '{property.Name}'; use one of: {string.Join(", ", Categories.All)}.");
                        continue;
                    }

                    var value = reader.Boolean(property.Value, $"The category '{property.Name}'");
                    if (value == true)
                    {
                        on.Add(name);
                    }
                    else if (value == false)
                    {
                        off.Add(name);
                    }
                }

                options.EnableCategories = on;
                options.DisableCategories = off;
            }

            return options;
        }

        private static IReadOnlyList<string> TermIds(JsonReader reader, JsonValue? value, string what, HashSet<string> known)
        {
            var ids = reader.Strings(value, what, lowercase: true);
            if (ids is null)
            {
                return Array.Empty<string>();
            }

            for (int i = 0; i < ids.Count; i++)
            {
                if (!known.Contains(ids[i]))
                {
                    reader.Error(value!.Items![Math.Min(i, value.Items.Count - 1)], $"{what} names the term '{ids[i]}', which no catalog defines; run `inclusive rules` for the term ids.");
                }
            }

            return ids;
        }

        private static IReadOnlyDictionary<string, Severity> ReadRules(JsonReader reader, JsonValue? value)
        {
            var result = new Dictionary<string, Severity>(StringComparer.OrdinalIgnoreCase);
            if (value is null || !reader.Expect(value, JsonKind.Object, "\"rules\""))
            {
                return result;
            }

            foreach (var property in value.Properties!)
            {
                if (Rules.RuleCatalog.Find(property.Name) is null)
                {
                    reader.Error(property, $"Unknown rule id '{property.Name}' in \"rules\"; rule ids look like INCL101 (see docs/rules).");
                    continue;
                }

                var severity = reader.Severity(property.Value, $"The severity of {property.Name}");
                if (severity.HasValue)
                {
                    result[property.Name] = severity.Value;
                }
            }

            return result;
        }
    }
}
