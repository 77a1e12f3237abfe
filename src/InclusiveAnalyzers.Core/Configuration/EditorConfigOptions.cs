using System;
using System.Collections.Generic;
using InclusiveAnalyzers.Core.Rules;

namespace InclusiveAnalyzers.Core.Configuration
{
    /// <summary>
    /// The .editorconfig properties that apply to one file, after nearer files and later sections won.
    /// Severities resolve as the compiler resolves them: <c>dotnet_diagnostic.ID.severity</c> first,
    /// then <c>dotnet_analyzer_diagnostic.category-CATEGORY.severity</c>, then
    /// <c>dotnet_analyzer_diagnostic.severity</c>; the two bulk keys leave rules that are off by default alone.
    /// </summary>
    public sealed class EditorConfigOptions
    {
        public const string InclusivePrefix = "inclusive_analyzers.";

        public static EditorConfigOptions Empty { get; } = new EditorConfigOptions(EditorConfigFile.NewProperties());

        public EditorConfigOptions(IReadOnlyDictionary<string, string> properties)
        {
            Properties = properties ?? throw new ArgumentNullException(nameof(properties));
        }

        /// <summary>Keys lower-cased and compared case-insensitively.</summary>
        public IReadOnlyDictionary<string, string> Properties { get; }

        public bool TryGetValue(string key, out string value) => Properties.TryGetValue(key, out value!);

        /// <summary>An <c>inclusive_analyzers.NAME</c> option, or null.</summary>
        public string? GetInclusiveOption(string name) =>
            Properties.TryGetValue(InclusivePrefix + name, out var value) ? value : null;

        /// <summary>
        /// The term switches set with <c>inclusive_analyzers.allow</c> (phrases), <c>.disable</c> /
        /// <c>.enable</c> (term ids) and <c>.disable_categories</c> / <c>.enable_categories</c>, each a
        /// comma-separated list, and <c>.mask_names</c> (true/false). Empty when none is set.
        /// </summary>
        public MatcherOptions GetMatcherOptions() => ReadMatcherOptions(name => GetInclusiveOption(name));

        /// <summary>The names <see cref="ReadMatcherOptions"/> reads, without the prefix: a host can tell at no cost that none is set.</summary>
        public static IReadOnlyList<string> MatcherOptionNames { get; } = new[] { "allow", "disable", "enable", "enable_categories", "disable_categories", "mask_names" };

        /// <summary>The same mapping for a host with its own option store (the analyzers read AnalyzerConfigOptions).</summary>
        public static MatcherOptions ReadMatcherOptions(Func<string, string?> getInclusiveOption)
        {
            var allow = List(getInclusiveOption("allow"), lowercase: true);
            var disable = List(getInclusiveOption("disable"), lowercase: false);
            var enable = List(getInclusiveOption("enable"), lowercase: false);
            var enableCategories = List(getInclusiveOption("enable_categories"), lowercase: true);
            var disableCategories = List(getInclusiveOption("disable_categories"), lowercase: true);
            var maskNames = Boolean(getInclusiveOption("mask_names"));
            if (allow.Length + disable.Length + enable.Length + enableCategories.Length + disableCategories.Length == 0 && maskNames is null)
            {
                return MatcherOptions.Empty;
            }

            return new MatcherOptions
            {
                Allow = allow,
                Disable = disable,
                Enable = enable,
                EnableCategories = enableCategories,
                DisableCategories = disableCategories,
                MaskNames = maskNames,
            };
        }

        // true/false (any case); anything else leaves the default.
        private static bool? Boolean(string? value)
        {
            var v = value?.Trim();
            if (string.Equals(v, "true", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            return string.Equals(v, "false", StringComparison.OrdinalIgnoreCase) ? false : (bool?)null;
        }

        private static string[] List(string? value, bool lowercase)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return Array.Empty<string>();
            }

            var items = new List<string>();
            foreach (var part in value!.Split(','))
            {
                var item = part.Trim();
                if (item.Length > 0)
                {
                    items.Add(lowercase ? item.ToLowerInvariant() : item);
                }
            }

            return items.ToArray();
        }

        /// <summary>
        /// The severity .editorconfig gives <paramref name="ruleId"/> for this file, or null when it
        /// leaves the rule alone (not set, <c>default</c>, <c>unset</c>, or a value that is not a severity).
        /// </summary>
        public Severity? GetRuleSeverity(string ruleId)
        {
            var rule = RuleCatalog.Find(ruleId);
            return GetRuleSeverity(ruleId, rule?.Category, rule?.EnabledByDefault ?? true);
        }

        /// <summary>As <see cref="GetRuleSeverity(string)"/> for a rule the catalog does not hold.</summary>
        public Severity? GetRuleSeverity(string ruleId, string? category, bool enabledByDefault)
        {
            if (TryParseSeverity("dotnet_diagnostic." + ruleId + ".severity", out var severity))
            {
                return severity;
            }

            if (!enabledByDefault)
            {
                return null;
            }

            if (category != null && TryParseSeverity("dotnet_analyzer_diagnostic.category-" + category + ".severity", out severity))
            {
                return severity;
            }

            return TryParseSeverity("dotnet_analyzer_diagnostic.severity", out severity) ? severity : null;
        }

        /// <summary>Severity keys whose value is neither a severity nor <c>default</c>, so a door can say so.</summary>
        public IEnumerable<KeyValuePair<string, string>> InvalidSeverities()
        {
            foreach (var pair in Properties)
            {
                if (IsSeverityKey(pair.Key) && !IsDefault(pair.Value) && !SeverityNames.TryParse(pair.Value, out _))
                {
                    yield return pair;
                }
            }
        }

        private bool TryParseSeverity(string key, out Severity severity)
        {
            severity = Severity.None;
            return Properties.TryGetValue(key, out var value) && !IsDefault(value) && SeverityNames.TryParse(value, out severity);
        }

        // "unset" is the editorconfig spec's way of removing a property.
        private static bool IsDefault(string value) =>
            string.Equals(value.Trim(), "default", StringComparison.OrdinalIgnoreCase) || string.Equals(value.Trim(), "unset", StringComparison.OrdinalIgnoreCase);

        private static bool IsSeverityKey(string key) =>
            key.EndsWith(".severity", StringComparison.OrdinalIgnoreCase)
            && (key.StartsWith("dotnet_diagnostic.", StringComparison.OrdinalIgnoreCase)
                || key.StartsWith("dotnet_analyzer_diagnostic.", StringComparison.OrdinalIgnoreCase));
    }
}
