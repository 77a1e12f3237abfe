using System.Collections.Generic;
using InclusiveAnalyzers.Core;

namespace InclusiveAnalyzers.Build
{
    /// <summary>The scans the task asks of the document checks; a seam so tests can count and fail scans.</summary>
    internal interface IDocumentScan
    {
        /// <summary>One document on its own (wording, accessibility, code of conduct when it is one).</summary>
        IReadOnlyList<Finding> ScanFile(string fullPath);

        /// <summary>Only the checks across the repository's documents (code of conduct present and linked); each file is scanned on its own.</summary>
        IReadOnlyList<Finding> CheckRepository(string root, IReadOnlyList<string> fullPaths);
    }
}
