namespace InclusiveAnalyzers.Core.Policy
{
    /// <summary>A finding at its final severity, the level it is logged at, and whether a default-only error was reported as a warning.</summary>
    public readonly struct ReportDecision
    {
        public ReportDecision(Finding finding, ReportLevel level, bool demotedDefaultError)
        {
            Finding = finding;
            Level = level;
            DemotedDefaultError = demotedDefaultError;
        }

        public Finding Finding { get; }
        public ReportLevel Level { get; }
        public bool DemotedDefaultError { get; }
    }
}
