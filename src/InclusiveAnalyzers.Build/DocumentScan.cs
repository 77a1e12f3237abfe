using System.Collections.Generic;
using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Policy;
using InclusiveAnalyzers.Documents;

namespace InclusiveAnalyzers.Build
{
    /// <summary>The real scans, over InclusiveAnalyzers.Documents.</summary>
    internal sealed class DocumentScan : IDocumentScan
    {
        private readonly DocumentScanner scanner;

        /// <param name="severities">The one resolver of the build (inclusive.json, .editorconfig, build switches).</param>
        /// <param name="displayRoot">Display paths are relative to it (the repository root, else the project folder).</param>
        /// <param name="foldOutline">False lists every occurrence of a repeated outline decision (InclusiveFoldRepeatedFindings=false).</param>
        public DocumentScan(SeverityResolver severities, long maxFileBytes, string? displayRoot, bool foldOutline = true)
        {
            var options = new DocumentScanOptions { Severities = severities, RepositoryRoot = displayRoot, FoldRepeatedOutline = foldOutline };
            if (maxFileBytes > 0)
            {
                options.MaxFileBytes = maxFileBytes;
            }

            scanner = new DocumentScanner(options);
        }

        public IReadOnlyList<Finding> ScanFile(string fullPath) => scanner.ScanFile(fullPath);

        public IReadOnlyList<Finding> CheckRepository(string root, IReadOnlyList<string> fullPaths) => scanner.AuditRepository(root, fullPaths);
    }
}
