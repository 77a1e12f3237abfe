namespace InclusiveAnalyzers.Cli.Report;

/// <summary>One point of the trend: the revision, its counts, and what it cost (files new at this point, files reused).</summary>
public sealed record HistoryPoint(Revision Revision, ReportSummary Summary, int FilesScanned, int FilesReused);
