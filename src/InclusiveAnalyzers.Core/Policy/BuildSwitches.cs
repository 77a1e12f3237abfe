using System;
using System.Collections.Generic;

namespace InclusiveAnalyzers.Core.Policy
{
    /// <summary>
    /// The last layer of severity: a build's NoWarn, WarningsAsErrors, WarningsNotAsErrors and
    /// TreatWarningsAsErrors, applied as the compiler applies them to analyzer diagnostics (NoWarn wins
    /// over any severity, then a warning is promoted when its code is listed or every warning is treated
    /// as an error), and the choice to report an error that is only its rule's default as a warning.
    /// </summary>
    public sealed class BuildSwitches
    {
        private readonly HashSet<string> noWarn;
        private readonly HashSet<string> warningsAsErrors;
        private readonly HashSet<string> warningsNotAsErrors;

        public BuildSwitches(string? noWarn = null, string? warningsAsErrors = null, string? warningsNotAsErrors = null, bool treatWarningsAsErrors = false, bool defaultErrorsAsWarnings = false)
        {
            this.noWarn = ParseCodes(noWarn);
            this.warningsAsErrors = ParseCodes(warningsAsErrors);
            this.warningsNotAsErrors = ParseCodes(warningsNotAsErrors);
            TreatWarningsAsErrors = treatWarningsAsErrors;
            DefaultErrorsAsWarnings = defaultErrorsAsWarnings;
        }

        /// <summary>No switches: severities map to levels one to one (the CLI).</summary>
        public static BuildSwitches None { get; } = new BuildSwitches();

        public bool TreatWarningsAsErrors { get; }

        /// <summary>
        /// A finding that is an error only because its rule's catalog default says so is reported as a
        /// warning (adding the package must not fail a build); an error chosen in .editorconfig or
        /// inclusive.json, WarningsAsErrors and TreatWarningsAsErrors still fail it.
        /// </summary>
        public bool DefaultErrorsAsWarnings { get; }

        public bool IsNoWarn(string code) => noWarn.Contains(code);

        /// <summary>The level of a finding at <paramref name="severity"/> (after every configuration layer).</summary>
        public ReportLevel Level(string ruleId, Severity severity)
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
                    return IsPromoted(ruleId) ? ReportLevel.Error : ReportLevel.Warning;
                case Severity.Suggestion:
                    return ReportLevel.Message;
                default:
                    return ReportLevel.Hidden;
            }
        }

        /// <summary>True when a warning with this code is reported as an error.</summary>
        public bool IsPromoted(string code) => warningsAsErrors.Contains(code) || (TreatWarningsAsErrors && !warningsNotAsErrors.Contains(code));

        /// <summary>Codes as MSBuild and csc accept them: separated by ';' or ',', with spaces around.</summary>
        public static HashSet<string> ParseCodes(string? list)
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
