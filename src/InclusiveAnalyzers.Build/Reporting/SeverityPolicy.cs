using System;
using System.Collections.Generic;
using InclusiveAnalyzers.Core;

namespace InclusiveAnalyzers.Build.Reporting
{
    /// <summary>
    /// The project's NoWarn, WarningsAsErrors, WarningsNotAsErrors and TreatWarningsAsErrors, applied
    /// as the compiler applies them to analyzer diagnostics: NoWarn wins over any severity, then a
    /// warning is promoted when its code is listed or when every warning is treated as an error.
    /// Newer MSBuild versions apply the same switches again to task warnings, which changes nothing;
    /// older ones (and the repository-documents project, which is not an SDK project) rely on this.
    /// </summary>
    internal sealed class SeverityPolicy
    {
        private readonly HashSet<string> noWarn;
        private readonly HashSet<string> warningsAsErrors;
        private readonly HashSet<string> warningsNotAsErrors;
        private readonly bool treatWarningsAsErrors;

        public SeverityPolicy(string? noWarn, string? warningsAsErrors, string? warningsNotAsErrors, bool treatWarningsAsErrors)
        {
            this.noWarn = ParseCodes(noWarn);
            this.warningsAsErrors = ParseCodes(warningsAsErrors);
            this.warningsNotAsErrors = ParseCodes(warningsNotAsErrors);
            this.treatWarningsAsErrors = treatWarningsAsErrors;
        }

        public static SeverityPolicy None { get; } = new SeverityPolicy(null, null, null, false);

        public ReportLevel Decide(string ruleId, Severity severity)
        {
            if (noWarn.Contains(ruleId))
            {
                return ReportLevel.Hidden;
            }

            switch (severity)
            {
                case Severity.Error:
                    return ReportLevel.Error;
                case Severity.Warning:
                    return warningsAsErrors.Contains(ruleId) || (treatWarningsAsErrors && !warningsNotAsErrors.Contains(ruleId))
                        ? ReportLevel.Error
                        : ReportLevel.Warning;
                case Severity.Suggestion:
                    return ReportLevel.Message;
                default:
                    return ReportLevel.Hidden;
            }
        }

        /// <summary>Codes as MSBuild and csc accept them: separated by ';' or ',', with spaces around.</summary>
        internal static HashSet<string> ParseCodes(string? list)
        {
            var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            if (string.IsNullOrWhiteSpace(list))
            {
                return codes;
            }

            foreach (var part in list!.Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries))
            {
                var code = part.Trim();
                if (code.Length > 0)
                {
                    codes.Add(code);
                }
            }

            return codes;
        }
    }
}
