using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using InclusiveAnalyzers.Build.Reporting;
using InclusiveAnalyzers.Core.Policy;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace InclusiveAnalyzers.Build
{
    /// <summary>
    /// Logs in the calling project the findings the repository scan handed back (see
    /// InclusiveAnalyzers.Repository.proj), so the console, the terminal logger and the IDE name a user's
    /// project rather than the package's project file. Every project that references the package gets
    /// the same cached result, so one run's findings are logged once: the first project to create the
    /// run's marker file in <see cref="ClaimFolder"/> logs them, the others only say they were.
    /// </summary>
    public sealed class ReportFindings : Task
    {
        /// <summary>Marker file prefix; the repository scan deletes its older markers when it runs again.</summary>
        internal const string MarkerPrefix = "InclusiveAnalyzers.repository.";

        internal const string MarkerSuffix = ".reported";

        /// <summary>The findings, with the metadata ScanDocuments gives them (Code, Level, Line, ..., Run).</summary>
        public ITaskItem[]? Findings { get; set; }

        /// <summary>Where the marker files go (the repository cache's folder); empty: log without claiming.</summary>
        public string? ClaimFolder { get; set; }

        /// <summary>Findings this project logged (0 when another project had logged them).</summary>
        [Output] public int Logged { get; private set; }

        public override bool Execute()
        {
            var logger = new FindingLogger(Log);
            foreach (var run in (Findings ?? Array.Empty<ITaskItem>()).GroupBy(f => f.GetMetadata("Run"), StringComparer.Ordinal))
            {
                if (!Claim(run.Key))
                {
                    Log.LogMessage(MessageImportance.Low, "InclusiveAnalyzers: the repository documents' findings were logged by another project.");
                    continue;
                }

                foreach (var item in run)
                {
                    if (DeferredFinding.FromItem(item) is { } finding)
                    {
                        logger.Log(finding.Finding, finding.Level);
                        Logged++;
                    }
                }
            }

            return !Log.HasLoggedErrors;
        }

        // CreateNew is atomic across processes: with parallel nodes exactly one project wins. Findings
        // that cannot be claimed (no folder, no rights) are logged: twice is better than never.
        private bool Claim(string run)
        {
            if (string.IsNullOrWhiteSpace(ClaimFolder) || string.IsNullOrEmpty(run) || run.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
            {
                return true;
            }

            var marker = Path.Combine(ClaimFolder, MarkerPrefix + run + MarkerSuffix);
            try
            {
                Directory.CreateDirectory(ClaimFolder);
                using (new FileStream(marker, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                {
                }

                return true;
            }
            catch (IOException) when (File.Exists(marker))
            {
                return false;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                Log.LogMessage(MessageImportance.Low, "InclusiveAnalyzers: could not write {0} ({1}); logging the repository findings here.", marker, e.Message);
                return true;
            }
        }

        /// <summary>Deletes the markers of earlier runs in <paramref name="folder"/> (the repository scan calls it before a run).</summary>
        internal static void ForgetEarlierRuns(string folder)
        {
            if (!Directory.Exists(folder))
            {
                return;
            }

            foreach (var marker in Directory.EnumerateFiles(folder, MarkerPrefix + "*" + MarkerSuffix))
            {
                try
                {
                    File.Delete(marker);
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
                {
                    // Another build's marker in use, or read-only: it only costs a file.
                }
            }
        }
    }
}
