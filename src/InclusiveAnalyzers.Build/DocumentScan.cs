using System.Collections.Generic;
using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Configuration;
using InclusiveAnalyzers.Documents;

namespace InclusiveAnalyzers.Build
{
    /// <summary>The real scans, over InclusiveAnalyzers.Documents.</summary>
    internal sealed class DocumentScan : IDocumentScan
    {
        private readonly DocumentScanner scanner;

        /// <param name="editorConfig">When given, each document's .editorconfig term switches and rule severities reach the checks.</param>
        public DocumentScan(InclusiveSettings settings, long maxFileBytes, string? repositoryRoot, EditorConfigResolver? editorConfig = null)
        {
            var options = new DocumentScanOptions { Settings = settings, RepositoryRoot = repositoryRoot };
            if (maxFileBytes > 0)
            {
                options.MaxFileBytes = maxFileBytes;
            }

            if (editorConfig != null)
            {
                options.TermOptionsFor = path => editorConfig.GetOptions(options.FullPathOf(path)).GetMatcherOptions();
                options.RuleSeverityFor = (ruleId, path) => editorConfig.GetOptions(options.FullPathOf(path)).GetRuleSeverity(ruleId);
            }

            scanner = new DocumentScanner(options);
        }

        public IReadOnlyList<Finding> ScanFile(string fullPath) => scanner.ScanFile(fullPath);

        public IReadOnlyList<Finding> CheckRepository(string root, IReadOnlyList<string> fullPaths) => scanner.CheckRepository(root, fullPaths);
    }
}
