using System.Collections.Generic;

namespace InclusiveAnalyzers.Core.Rules
{
    public static partial class RuleCatalog
    {
        // INCL4xx: code-of-conduct audit (see docs/rules/INCL4xx.md).
        private static IEnumerable<RuleInfo> CodeOfConductRules() => new RuleInfo[]
        {
        };
    }
}
