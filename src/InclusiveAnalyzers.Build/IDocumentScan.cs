using System.Collections.Generic;
using InclusiveAnalyzers.Core;

namespace InclusiveAnalyzers.Build
{
    /// <summary>The two scans the task asks of the document checks; a seam so tests can count and fail scans.</summary>
    internal interface IDocumentScan
    {
        /// <summary>One document on its own (wording, accessibility, code of conduct when it is one).</summary>
        IReadOnlyList<Finding> ScanFile(string fullPath);

        /// <summary>The repository's documents together: each file plus the checks across files.</summary>
        IReadOnlyList<Finding> ScanRepository(string root, IReadOnlyList<string> fullPaths);
    }
}
