using System;
using System.Collections.Generic;
using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Policy;

namespace InclusiveAnalyzers.Documents.Analysis
{
    /// <summary>
    /// The severity each rule runs at in one document, as Core's <see cref="SeverityResolver"/> decides it
    /// (catalog default, inclusive.json, .editorconfig), remembered for the document: the checks ask per element.
    /// </summary>
    internal sealed class RuleGate
    {
        private readonly SeverityResolver severities;
        private readonly string path;
        private readonly Dictionary<string, (Severity Severity, bool UserSet)> cache =
            new Dictionary<string, (Severity, bool)>(StringComparer.OrdinalIgnoreCase);

        /// <param name="path">The document's full path (the path given for text held in memory).</param>
        public RuleGate(SeverityResolver severities, string path)
        {
            this.severities = severities;
            this.path = path;
        }

        public bool IsEnabled(string ruleId) => Severity(ruleId) > Core.Severity.None;

        public Severity Severity(string ruleId) => Lookup(ruleId).Severity;

        /// <summary>True when the user picked this rule's severity (it then wins over per-finding variants).</summary>
        public bool IsUserSet(string ruleId) => Lookup(ruleId).UserSet;

        private (Severity Severity, bool UserSet) Lookup(string ruleId)
        {
            if (cache.TryGetValue(ruleId, out var known)) return known;
            var result = (severities.RuleSeverity(ruleId, path), severities.ChosenSeverity(ruleId, path).HasValue);
            cache[ruleId] = result;
            return result;
        }
    }
}
