namespace InclusiveAnalyzers.Core
{
    /// <summary>How loudly a finding is reported. Ordered: a higher value is more severe.</summary>
    public enum Severity
    {
        None = 0,
        Silent = 1,
        Suggestion = 2,
        Warning = 3,
        Error = 4,
    }

    public static class SeverityNames
    {
        /// <summary>Parses the words .editorconfig, inclusive.json and the CLI accept (case-insensitive).</summary>
        public static bool TryParse(string? text, out Severity severity)
        {
            switch (text?.Trim().ToLowerInvariant())
            {
                case "none": severity = Severity.None; return true;
                case "silent": case "hidden": severity = Severity.Silent; return true;
                case "suggestion": case "info": severity = Severity.Suggestion; return true;
                case "warning": case "warn": severity = Severity.Warning; return true;
                case "error": severity = Severity.Error; return true;
                default: severity = Severity.None; return false;
            }
        }

        public static string ToName(this Severity severity) => severity switch
        {
            Severity.None => "none",
            Severity.Silent => "silent",
            Severity.Suggestion => "suggestion",
            Severity.Warning => "warning",
            _ => "error",
        };
    }
}
