using System;
using System.Collections.Generic;
using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Configuration;
using InclusiveAnalyzers.Core.Rules;

namespace InclusiveAnalyzers.Documents.Analysis
{
    /// <summary>
    /// The severity each rule runs at for one document: the host's per-file choice (.editorconfig) when
    /// set, else the user's choice from inclusive.json ("rules", then overrides whose globs match the path),
    /// else the catalog default (None for rules that are off by default). Answers are cached per document.
    /// </summary>
    internal sealed class RuleGate
    {
        private readonly InclusiveSettings settings;
        private readonly string? relativePath;
        private readonly Func<string, string, Severity?>? hostSeverity;
        private readonly string? hostPath;
        private readonly Dictionary<string, (Severity Severity, bool UserSet)> cache =
            new Dictionary<string, (Severity, bool)>(StringComparer.OrdinalIgnoreCase);

        /// <param name="hostSeverity">DocumentScanOptions.RuleSeverityFor, asked with <paramref name="hostPath"/> (default: <paramref name="relativePath"/>).</param>
        public RuleGate(InclusiveSettings settings, string? relativePath, Func<string, string, Severity?>? hostSeverity = null, string? hostPath = null)
        {
            this.settings = settings;
            this.relativePath = relativePath;
            this.hostSeverity = hostSeverity;
            this.hostPath = hostPath ?? relativePath;
        }

        public bool IsEnabled(string ruleId) => Severity(ruleId) > Core.Severity.None;

        public Severity Severity(string ruleId) => Lookup(ruleId).Severity;

        /// <summary>True when the user picked this rule's severity (it then wins over per-finding variants).</summary>
        public bool IsUserSet(string ruleId) => Lookup(ruleId).UserSet;

        private (Severity Severity, bool UserSet) Lookup(string ruleId)
        {
            if (cache.TryGetValue(ruleId, out var known)) return known;
            var chosen = (hostSeverity != null && hostPath != null ? hostSeverity(ruleId, hostPath) : null)
                         ?? settings.GetRuleSeverity(ruleId, relativePath);
            var rule = RuleCatalog.Find(ruleId);
            var result = chosen.HasValue
                ? (chosen.Value, true)
                : (rule != null && rule.EnabledByDefault ? rule.DefaultSeverity : Core.Severity.None, false);
            cache[ruleId] = result;
            return result;
        }
    }
}
