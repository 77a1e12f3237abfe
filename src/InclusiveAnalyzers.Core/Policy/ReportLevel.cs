namespace InclusiveAnalyzers.Core.Policy
{
    /// <summary>How one finding reaches a build log after every severity switch has been applied.</summary>
    public enum ReportLevel
    {
        /// <summary>Not reported at all (severity none or silent, or the code is in NoWarn).</summary>
        Hidden,

        /// <summary>A message (severity suggestion): in detailed logs and binlogs, never fails a build.</summary>
        Message,
        Warning,
        Error,
    }
}
