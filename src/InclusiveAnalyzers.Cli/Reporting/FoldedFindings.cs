using System.Globalization;
using InclusiveAnalyzers.Cli.Scanning;
using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Reporting;

namespace InclusiveAnalyzers.Cli.Reporting;

/// <summary>The report's findings as the text, GitHub and SARIF formats print them: folded by Core's FindingFolder unless --no-fold.</summary>
public static class FoldedFindings
{
    public static List<FindingGroup<Finding>> Of(ScanReport report, bool fold) => fold
        ? FindingFolder.Fold(report.Findings, f => f)
        : FindingFolder.Fold(report.Findings, f => f, threshold: int.MaxValue);

    /// <summary>"2,136 of them are 4 repeated findings, each printed once (--no-fold prints every copy)."; null when nothing folded.</summary>
    public static string? Note(IReadOnlyList<FindingGroup<Finding>> groups)
    {
        int folds = 0, copies = 0;
        foreach (var group in groups)
        {
            if (!group.IsFolded)
            {
                continue;
            }

            folds++;
            copies += group.Members.Count;
        }

        if (folds == 0)
        {
            return null;
        }

        var count = copies.ToString("N0", CultureInfo.InvariantCulture);
        var repeated = folds == 1 ? "1 repeated finding" : $"{folds.ToString("N0", CultureInfo.InvariantCulture)} repeated findings";
        return $"{count} of them are {repeated} in {FindingFolder.DefaultThreshold} or more documents, each printed once (--no-fold prints every copy).";
    }
}
