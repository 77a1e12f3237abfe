using System.Collections.Generic;

namespace InclusiveAnalyzers.Core.Rules
{
    public static partial class RuleCatalog
    {
        // INCL3xx: document accessibility (see docs/rules/INCL3xx.md).
        private static IEnumerable<RuleInfo> AccessibilityRules() => new RuleInfo[]
        {
        };
    }
}
