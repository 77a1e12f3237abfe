using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InclusiveAnalyzers.Razor
{
    /// <summary>
    /// The severity .editorconfig gives a rule in a Razor file. The compiler applies .editorconfig by the
    /// diagnostic's tree, and the Razor generator's trees have paths of their own that no section
    /// matches; the .razor and .cshtml files themselves are AdditionalFiles of every Razor SDK project,
    /// so their options are read here and applied to the diagnostics mapped into them.
    /// </summary>
    internal sealed class RazorFileSeverities
    {
        private readonly Dictionary<string, AdditionalText> files = new Dictionary<string, AdditionalText>(StringComparer.Ordinal);
        private readonly AnalyzerConfigOptionsProvider provider;

        public RazorFileSeverities(ImmutableArray<AdditionalText> additionalFiles, AnalyzerConfigOptionsProvider provider)
        {
            this.provider = provider;
            foreach (var file in additionalFiles)
            {
                var path = file.Path;
                if (path.EndsWith(".razor", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".cshtml", StringComparison.OrdinalIgnoreCase))
                {
                    files[Normalize(path)] = file;
                }
            }
        }

        /// <summary>False when the rule is off for the file; otherwise the severity to report at (null: the term's own).</summary>
        public bool TryGet(string razorPath, string ruleId, out DiagnosticSeverity? severity)
        {
            severity = null;
            if (files.Count == 0 || !files.TryGetValue(Normalize(razorPath), out var file)
                || !provider.GetOptions(file).TryGetValue("dotnet_diagnostic." + ruleId + ".severity", out var value))
            {
                return true;
            }

            switch (value.Trim().ToLowerInvariant())
            {
                case "none":
                    return false;
                case "silent":
                case "hidden":
                    severity = DiagnosticSeverity.Hidden;
                    return true;
                case "suggestion":
                case "info":
                    severity = DiagnosticSeverity.Info;
                    return true;
                case "warning":
                    severity = DiagnosticSeverity.Warning;
                    return true;
                case "error":
                    severity = DiagnosticSeverity.Error;
                    return true;
                default:
                    return true; // "default" or unknown: the term's severity
            }
        }

        private static string Normalize(string path) => path.Replace('\\', '/');
    }
}
