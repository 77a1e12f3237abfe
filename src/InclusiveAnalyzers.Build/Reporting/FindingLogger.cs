using System.Collections.Generic;
using System.Globalization;
using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Policy;
using InclusiveAnalyzers.Core.Rules;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace InclusiveAnalyzers.Build.Reporting
{
    /// <summary>
    /// Writes findings to the build log with code, file, span and help link, so the IDE error list,
    /// -warnaserror, binlogs and problem matchers all see them as they see compiler diagnostics. The link
    /// also ends the text, in parentheses, as the compiler prints its analyzers' help links on the console.
    /// With <see cref="Deferred"/> it keeps them as items instead, for another project to log (see ReportFindings).
    /// </summary>
    internal sealed class FindingLogger
    {
        private readonly TaskLoggingHelper log;

        public FindingLogger(TaskLoggingHelper log, bool defer = false)
        {
            this.log = log;
            Deferred = defer ? new List<ITaskItem>() : null;
        }

        public int Warnings { get; private set; }
        public int Errors { get; private set; }
        public int Messages { get; private set; }

        /// <summary>The findings kept instead of logged, one item each (null: they are logged).</summary>
        public List<ITaskItem>? Deferred { get; }

        public void Log(Finding finding, ReportLevel level)
        {
            // Line 0 is a file-level finding: MSBuild prints "file : warning ..." when every position is 0.
            var line = finding.Line > 0 ? finding.Line : 0;
            var column = line > 0 ? finding.Column : 0;
            var endLine = line > 0 ? finding.EndLine : 0;
            var endColumn = line > 0 ? finding.EndColumn : 0;
            var helpLink = RuleCatalog.HelpLink(finding.RuleId);
            Count(level);
            if (Deferred != null)
            {
                Deferred.Add(DeferredFinding.ToItem(finding.RuleId, level, finding.Path, line, column, endLine, endColumn, finding.Message));
                return;
            }

            switch (level)
            {
                case ReportLevel.Error:
                    log.LogError(null, finding.RuleId, finding.RuleId, helpLink, finding.Path, line, column, endLine, endColumn, "{0} ({1})", finding.Message, helpLink);
                    break;
                case ReportLevel.Warning:
                    log.LogWarning(null, finding.RuleId, finding.RuleId, helpLink, finding.Path, line, column, endLine, endColumn, "{0} ({1})", finding.Message, helpLink);
                    break;
                case ReportLevel.Message:
                    // MSBuild already prints "message INCL201:" before the text: the text must not say it again.
                    log.LogMessage(null, finding.RuleId, finding.RuleId, finding.Path, line, column, endLine, endColumn, MessageImportance.Normal,
                        "{0} ({1})", finding.Message, helpLink);
                    break;
            }
        }

        private void Count(ReportLevel level)
        {
            switch (level)
            {
                case ReportLevel.Error:
                    Errors++;
                    break;
                case ReportLevel.Warning:
                    Warnings++;
                    break;
                case ReportLevel.Message:
                    Messages++;
                    break;
            }
        }
    }
}
