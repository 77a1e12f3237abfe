using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;

namespace InclusiveAnalyzers.Build.Selection
{
    /// <summary>
    /// Which documents the compiler's document analyzer reports (the package hands them to C# projects as
    /// AdditionalFiles), so the task never reports them a second time. It keeps their code-of-conduct audit
    /// (INCL4xx), which needs the repository. A project scan is told its documents exactly; the repository scan,
    /// shared by every project, mirrors the package's default: a C# project folder's own Markdown and HTML
    /// files and those under its docs/ folder.
    /// </summary>
    internal sealed class CompilerCoverage
    {
        private readonly HashSet<string>? listed;
        private readonly bool projectFolders;
        private readonly Dictionary<string, bool> holdsCSharpProject = new Dictionary<string, bool>(DocumentSelection.PathComparer);

        private CompilerCoverage(HashSet<string>? listed, bool projectFolders)
        {
            this.listed = listed;
            this.projectFolders = projectFolders;
        }

        public static CompilerCoverage None { get; } = new CompilerCoverage(null, false);

        /// <summary>The project's documents handed to its compiler (full paths).</summary>
        public static CompilerCoverage Of(IEnumerable<string> fullPaths) =>
            new CompilerCoverage(new HashSet<string>(fullPaths, DocumentSelection.PathComparer), false);

        /// <summary>The package's default items, for the repository scan.</summary>
        public static CompilerCoverage ByProjectFolders() => new CompilerCoverage(null, true);

        public bool IsEmpty => !projectFolders && (listed is null || listed.Count == 0);

        public bool Covers(string fullPath)
        {
            if (listed != null)
            {
                return listed.Contains(fullPath);
            }

            if (!projectFolders || !Core.Selection.FileKinds.CompilerDocumentExtensions.Contains(Path.GetExtension(fullPath), StringComparer.OrdinalIgnoreCase))
            {
                return false;
            }

            var directory = Path.GetDirectoryName(fullPath);
            if (HoldsCSharpProject(directory))
            {
                return true;
            }

            // Under a docs/ folder whose parent holds a C# project.
            while (!string.IsNullOrEmpty(directory))
            {
                var parent = Path.GetDirectoryName(directory);
                if (string.Equals(Path.GetFileName(directory), "docs", StringComparison.OrdinalIgnoreCase) && HoldsCSharpProject(parent))
                {
                    return true;
                }

                directory = parent;
            }

            return false;
        }

        /// <summary>A covered document's findings the task still reports: the code-of-conduct audit.</summary>
        public static bool IsTaskRule(string ruleId) => ruleId.StartsWith("INCL4", StringComparison.OrdinalIgnoreCase);

        private bool HoldsCSharpProject(string? directory)
        {
            if (string.IsNullOrEmpty(directory))
            {
                return false;
            }

            if (!holdsCSharpProject.TryGetValue(directory!, out var holds))
            {
                try
                {
                    holds = Directory.EnumerateFiles(directory!, "*.csproj").Any();
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
                {
                    holds = false;
                }

                holdsCSharpProject[directory!] = holds;
            }

            return holds;
        }
    }
}
