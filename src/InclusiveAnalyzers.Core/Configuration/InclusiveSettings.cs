using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using InclusiveAnalyzers.Core.Terms;

namespace InclusiveAnalyzers.Core.Configuration
{
    /// <summary>
    /// The default catalog merged with the user's inclusive.json. Immutable and thread-safe; matchers
    /// are built once per distinct set of switches (path overrides + extra options) and cached.
    /// </summary>
    public sealed class InclusiveSettings
    {
        private static readonly Lazy<InclusiveSettings> defaultSettings = new Lazy<InclusiveSettings>(() => new InclusiveSettings(TermCatalog.Default, null));
        // Lazy values: threads that ask for the same matcher at once (a scan's first documents) wait for one build, not build it each.
        private readonly ConcurrentDictionary<string, Lazy<TermMatcher>> matchers = new ConcurrentDictionary<string, Lazy<TermMatcher>>(StringComparer.Ordinal);

        private InclusiveSettings(TermCatalog catalog, InclusiveConfig? config)
        {
            Catalog = catalog;
            Config = config;
        }

        public static InclusiveSettings Default => defaultSettings.Value;

        public TermCatalog Catalog { get; }
        public InclusiveConfig? Config { get; }

        public static InclusiveSettings Create(InclusiveConfig? config)
        {
            if (config is null)
            {
                return Default;
            }

            // Without terms of its own, a config keeps the default catalog itself, and with it the compiled trie.
            var catalog = config.Terms.Count == 0 ? TermCatalog.Default : TermCatalog.Default.Merge(config.Terms, Array.Empty<string>());
            return new InclusiveSettings(catalog, config);
        }

        /// <summary>
        /// The matcher for a file (relative path, forward slashes; null for none), with the config's
        /// switches, then its path overrides, then <paramref name="extra"/> (e.g. .editorconfig) applied in that order.
        /// </summary>
        public TermMatcher GetMatcher(string? relativePath = null, MatcherOptions? extra = null)
        {
            var layers = new List<MatcherOptions>(4);
            var key = new System.Text.StringBuilder();
            if (Config != null)
            {
                layers.Add(Config.Options);
                for (int i = 0; i < Config.Overrides.Count; i++)
                {
                    if (Config.Overrides[i].Applies(relativePath))
                    {
                        layers.Add(Config.Overrides[i].Options);
                        key.Append(i).Append(',');
                    }
                }
            }

            if (extra != null && !extra.IsEmpty)
            {
                layers.Add(extra);
                key.Append('#').Append(extra.Key);
            }

            return matchers.GetOrAdd(key.ToString(), _ => new Lazy<TermMatcher>(() => MatcherBuilder.Build(Catalog, MatcherOptions.Combine(layers)))).Value;
        }

        /// <summary>A rule severity set in inclusive.json ("rules", then matching overrides), or null.</summary>
        public Severity? GetRuleSeverity(string ruleId, string? relativePath = null)
        {
            if (Config is null)
            {
                return null;
            }

            Severity? result = Config.RuleSeverities.TryGetValue(ruleId, out var s) ? s : (Severity?)null;
            foreach (var o in Config.Overrides.Where(o => o.Applies(relativePath)))
            {
                if (o.RuleSeverities.TryGetValue(ruleId, out var os))
                {
                    result = os;
                }
            }

            return result;
        }
    }
}
