using System;
using System.Collections.Generic;
using System.Linq;
using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Reporting;

namespace InclusiveAnalyzers.Build.Reporting
{
    /// <summary>
    /// Logs the findings as Core's FindingFolder folds them: markup repeated in many documents (a page
    /// template's) is one warning at its first copy, its message ending with the count and a few other
    /// documents. Findings are folded after NoWarn, .editorconfig and suppression comments, so a hidden
    /// or suppressed copy is not counted and copies at different levels are logged apart. The ErrorLog
    /// still gets every copy.
    /// </summary>
    internal static class FoldedLog
    {
        /// <summary>Logs each group once; returns how many copies were folded into other warnings (not logged themselves).</summary>
        public static int Write(FindingLogger logger, IReadOnlyList<KeyValuePair<Finding, ReportLevel>> results, bool fold, Func<string, string> displayPath)
        {
            var visible = results.Where(r => r.Value != ReportLevel.Hidden);
            var groups = FindingFolder.Fold(visible, r => r.Key, r => (int)r.Value, fold ? FindingFolder.DefaultThreshold : int.MaxValue);
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
                logger.Log(WithMessage(first.Key, first.Key.Message + FindingFolder.Describe(group, r => displayPath(r))), first.Value);
            }

            return folded;
        }

        private static Finding WithMessage(Finding f, string message) =>
            new Finding(f.RuleId, f.Severity, message, f.Path, f.Line, f.Column, f.EndLine, f.EndColumn)
            {
                Offset = f.Offset,
                Length = f.Length,
                Term = f.Term,
                Replacements = f.Replacements,
                Properties = f.Properties,
                Fingerprint = f.Fingerprint,
            };
    }
}
