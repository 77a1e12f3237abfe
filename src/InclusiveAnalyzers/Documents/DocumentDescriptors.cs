using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using InclusiveAnalyzers.Core.Rules;
using InclusiveAnalyzers.Shared;
using Microsoft.CodeAnalysis;

namespace InclusiveAnalyzers.Documents
{
    /// <summary>
    /// One descriptor per document rule (INCL002, INCL2xx, INCL3xx; INCL4xx stays with the build task),
    /// built from the rule catalog like the C# ones, with the same help links.
    /// </summary>
    internal static class DocumentDescriptors
    {
        public static readonly ImmutableArray<DiagnosticDescriptor> All = RuleCatalog.All
            .Where(r => IsDocumentRule(r.Id))
            .Select(Create)
            .ToImmutableArray();

        private static readonly Dictionary<string, DiagnosticDescriptor> ById = All.ToDictionary(d => d.Id, StringComparer.OrdinalIgnoreCase);

        /// <summary>The rules the compiler reports for a document: everything but the code-of-conduct audit, which needs the repository.</summary>
        public static bool IsDocumentRule(string id) =>
            string.Equals(id, RuleCatalog.DocumentSkipped, StringComparison.OrdinalIgnoreCase)
            || id.StartsWith("INCL2", StringComparison.OrdinalIgnoreCase)
            || id.StartsWith("INCL3", StringComparison.OrdinalIgnoreCase);

        public static DiagnosticDescriptor? Find(string id) => ById.TryGetValue(id, out var descriptor) ? descriptor : null;

        // Enabled by default on purpose: the analyzer decides per document (inclusive.json, the document's
        // .editorconfig section) whether a rule runs. A descriptor off by default would make the compiler drop
        // a rule that a [*.md] section switched on, because its per-file severities reach only C# files.
        private static DiagnosticDescriptor Create(RuleInfo rule) => new DiagnosticDescriptor(
            rule.Id,
            rule.Title,
            "{0}",
            rule.Category,
            Descriptors.ToDiagnosticSeverity(rule.DefaultSeverity == Core.Severity.None ? Core.Severity.Suggestion : rule.DefaultSeverity),
            isEnabledByDefault: true,
            rule.Description,
            rule.HelpLink);
    }
}
