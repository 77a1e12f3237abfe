namespace InclusiveAnalyzers.Build.Reporting
{
    /// <summary>How one finding reaches the build log after every severity switch has been applied.</summary>
    internal enum ReportLevel
    {
        /// <summary>Not logged at all (severity none or silent, or the code is in NoWarn).</summary>
        Hidden,

        /// <summary>A message (severity suggestion): in detailed logs and binlogs, never fails a build.</summary>
        Message,
        Warning,
        Error,
    }
}
