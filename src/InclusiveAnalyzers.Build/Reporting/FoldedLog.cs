using System.Collections.Generic;
using System.Linq;
using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Policy;
using InclusiveAnalyzers.Core.Reporting;

namespace InclusiveAnalyzers.Build.Reporting
{
    /// <summary>
    /// Logs the findings as Core's FindingFolder folds them: markup repeated in many documents (a page
    /// template's) is one warning at its first copy, its message ending with the count and a few other
    /// documents (by display path). Findings are folded after NoWarn, .editorconfig and suppression
    /// comments, so a hidden or suppressed copy is not counted and copies at different levels are logged
    /// apart. The ErrorLog still gets every copy.
    /// </summary>
    internal static class FoldedLog
    {
        /// <summary>Logs each group once; returns how many copies were folded into other warnings (not logged themselves).</summary>
        public static int Write(FindingLogger logger, IReadOnlyList<KeyValuePair<Finding, ReportLevel>> results, bool fold)
        {
            var visible = results.Where(r => r.Value != ReportLevel.Hidden);
            var groups = FindingFolder.Fold(visible, r => r.Key, r => (int)r.Value, fold ? FindingFolder.DefaultThreshold : int.MaxValue);
            var displayPaths = results.GroupBy(r => r.Key.Path).ToDictionary(g => g.Key, g => g.First().Key.DisplayPath);
            var folded = 0;
            foreach (var group in groups)
            {
                var first = group.First;
                if (!group.IsFolded)
                {
                    logger.Log(first.Key, first.Value);
                    continue;
                }

                folded += group.Members.Count - 1;
                var described = FindingFolder.Describe(group, path => displayPaths.TryGetValue(path, out var display) ? display : path);
                logger.Log(first.Key.WithMessage(first.Key.Message + described), first.Value);
            }

            return folded;
        }
    }
}
