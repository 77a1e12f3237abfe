using System.Diagnostics;
using InclusiveAnalyzers.Cli.Files;
using InclusiveAnalyzers.Core;

namespace InclusiveAnalyzers.Cli.Scanning;

/// <summary>Runs every scanner over its files and turns what they found into a <see cref="ScanReport"/>.</summary>
public static class ScanRunner
{
    /// <summary>The finding property the code-of-conduct audit puts its grade in.</summary>
    public const string GradeProperty = "grade";

    public static ScanReport Run(ScanSession session, CliConsole console, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        using var progress = console.AllowProgress ? new ProgressBar(console.Error, session.Files.Count, console.ErrorWidth) : null;
        var sink = new ScanSink(progress);
        foreach (var (scanner, files) in session.FilesByScanner())
        {
            // Even with no files: a scanner may check the repository as a whole.
            scanner.Scan(files, sink, cancellationToken);
            PhaseTimes.End("scan: " + scanner.Name);
        }

        progress?.Dispose();

        var (reported, grades) = Finish(session.Configuration.Problems.Concat(sink.Findings), sink.FinalFindings, session.Policy);

        var skipped = session.Skipped.Concat(sink.Skipped).OrderBy(s => s.FullPath, StringComparer.Ordinal).ToList();
        var failures = sink.Failures.OrderBy(s => s.FullPath, StringComparer.Ordinal).ToList();
        return new ScanReport(session.Root, console.WorkingDirectory, reported, sink.FilesScanned, skipped, failures, session.Configuration.Path, clock.Elapsed, grades,
            session.LinksOutsideRoot.Count, session.FrozenCopiesSkipped);
    }

    /// <summary>
    /// What every scan ends with: severities resolved per file (inclusive.json, then .editorconfig), the
    /// code-of-conduct grades taken, none/silent dropped, the rest sorted. <c>report --history</c> ends each
    /// point through here too, so its totals count what <c>scan</c> counts.
    /// </summary>
    /// <param name="findings">Findings with the scanners' severities; each is taken at the severity of Core's one resolver (the document scanner already used it: the same answer).</param>
    /// <param name="finalFindings">Findings whose severity is already decided.</param>
    public static (List<Finding> Reported, List<(string FullPath, string Grade)> Grades) Finish(IEnumerable<Finding> findings, IEnumerable<Finding> finalFindings, Core.Policy.SeverityResolver policy)
    {
        var all = findings.Select(policy.Resolve).ToList();

        all.AddRange(finalFindings);

        // Taken before severities filter anything: the grade stays visible with every INCL4xx rule off.
        var grades = all
            .Where(f => f.RuleId.StartsWith("INCL4", StringComparison.Ordinal) && f.Properties != null && f.Properties.ContainsKey(GradeProperty))
            .GroupBy(f => f.Path, StringComparer.Ordinal)
            .Select(g => (g.Key, g.First().Properties![GradeProperty]))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToList();

        var reported = all
            .Where(f => f.Severity >= Severity.Suggestion)
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ThenBy(f => f.Line)
            .ThenBy(f => f.Column)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ThenBy(f => f.Message, StringComparer.Ordinal)
            .ToList();
        return (reported, grades);
    }
}
