using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Configuration;
using InclusiveAnalyzers.Core.Rules;

namespace InclusiveAnalyzers.Documents.Analysis
{
    /// <summary>
    /// Tells an error the user asked for from one that is an error only because the rule's catalog
    /// default says so (missing alt text, no lang, code-of-conduct placeholders...). Adding the
    /// package to a repository must not fail its build on the latter (InclusiveDocumentErrorsAsWarnings),
    /// while a severity chosen in .editorconfig or inclusive.json still does. WarningsAsErrors and
    /// TreatWarningsAsErrors are applied afterwards by <see cref="SeverityPolicy"/>, so they still promote.
    /// </summary>
    public static class DefaultErrors
    {
        /// <param name="severity">The finding's severity after .editorconfig.</param>
        /// <param name="editorConfigChoice">What .editorconfig set for the rule in this file (any key that names it, its category or all rules), or null.</param>
        /// <param name="settings">The inclusive.json in effect (null: none).</param>
        /// <param name="scannerPath">The document's path as the scanner saw it (the key inclusive.json overrides match).</param>
        public static bool IsOnlyTheDefault(string ruleId, Severity severity, Severity? editorConfigChoice, InclusiveSettings? settings, string? scannerPath)
        {
            if (severity != Severity.Error || editorConfigChoice.HasValue)
            {
                return false;
            }

            // A rule whose default is not error got there by a user's choice (a term's own severity in inclusive.json, for one).
            var rule = RuleCatalog.Find(ruleId);
            if (rule is null || rule.DefaultSeverity != Severity.Error)
            {
                return false;
            }

            return settings?.GetRuleSeverity(ruleId, scannerPath).HasValue != true;
        }
    }
}
