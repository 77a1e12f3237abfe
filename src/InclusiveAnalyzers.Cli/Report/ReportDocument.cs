namespace InclusiveAnalyzers.Cli.Report;

/// <summary>What the cost of a history was: points, files met, contents scanned once, reuses, time.</summary>
public sealed record HistoryCost(int Points, int FilesScanned, int FilesReused, int BlobsRead, double Seconds);

/// <summary>Everything one page (or its JSON) shows: a repository's scan and trend, or an organisation's merged SARIF.</summary>
public sealed class ReportDocument
{
    public required string Title { get; init; }

    /// <summary>The folder reported on, or the number of logs merged.</summary>
    public required string Subject { get; init; }

    public required DateTimeOffset Generated { get; init; }
    public required ReportSummary Summary { get; init; }

    /// <summary>Each audited code of conduct (path relative to the root) and its grade.</summary>
    public IReadOnlyList<(string Path, string Grade)> CodeOfConduct { get; init; } = Array.Empty<(string, string)>();

    /// <summary>Oldest first; empty without --history.</summary>
    public IReadOnlyList<HistoryPoint> History { get; init; } = Array.Empty<HistoryPoint>();
    public HistoryCost? Cost { get; init; }

    /// <summary>The organisation view's rows; empty for one repository.</summary>
    public IReadOnlyList<RepositoryRow> Repositories { get; init; } = Array.Empty<RepositoryRow>();

    /// <summary>Logs --merge could not read, with the reason.</summary>
    public IReadOnlyList<(string Path, string Reason)> Unreadable { get; init; } = Array.Empty<(string, string)>();

    /// <summary>The command that fixes the fixable share, as the user would type it.</summary>
    public required string FixCommand { get; init; }

    public bool IsOrganisation => Repositories.Count > 0 || Unreadable.Count > 0;
}
