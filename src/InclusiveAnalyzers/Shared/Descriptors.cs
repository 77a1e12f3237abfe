using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Rules;
using Microsoft.CodeAnalysis;

namespace InclusiveAnalyzers.Shared
{
    /// <summary>Every descriptor the analyzers report, built from the one rule catalog in Core.</summary>
    internal static class Descriptors
    {
        public static readonly DiagnosticDescriptor InvalidConfiguration = Create(
            RuleCatalog.InvalidConfiguration, "{0}");

        public static readonly DiagnosticDescriptor Identifier = Create(
            RuleCatalog.Identifier, "The name '{0}' contains '{1}' ({2}): {3}");

        public static readonly DiagnosticDescriptor Comment = Create(
            RuleCatalog.Comment, "The comment says '{0}' ({1}): {2}");

        public static readonly DiagnosticDescriptor StringLiteral = Create(
            RuleCatalog.StringLiteral, "The string says '{0}' ({1}): {2}");

        private static DiagnosticDescriptor Create(string id, string messageFormat)
        {
            var rule = RuleCatalog.Get(id);
            return new DiagnosticDescriptor(
                id,
                rule.Title,
                messageFormat,
                rule.Category,
                ToDiagnosticSeverity(rule.DefaultSeverity),
                rule.EnabledByDefault,
                rule.Description,
                rule.HelpLink);
        }

        public static DiagnosticSeverity ToDiagnosticSeverity(Severity severity) => severity switch
        {
            Severity.Error => DiagnosticSeverity.Error,
            Severity.Warning => DiagnosticSeverity.Warning,
            Severity.Suggestion => DiagnosticSeverity.Info,
            _ => DiagnosticSeverity.Hidden,
        };
    }
}
