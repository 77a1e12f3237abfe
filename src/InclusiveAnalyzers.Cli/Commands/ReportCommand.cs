using System.Diagnostics;
using System.Globalization;
using InclusiveAnalyzers.Cli.CommandLine;
using InclusiveAnalyzers.Cli.Report;
using InclusiveAnalyzers.Cli.Scanning;

namespace InclusiveAnalyzers.Cli.Commands;

/// <summary>
/// <c>inclusive report</c>: the community-health page (or its JSON) for a folder, from the same scan as
/// <c>inclusive scan</c>, with the trend over git history (--history N), or for many repositories from their
/// SARIF logs (--merge). Exits 0 when the page is written; 2 for usage or configuration problems; 3 when a
/// file hit a bug (the page is still written). docs/report.md.
/// </summary>
public static class ReportCommand
{
    public const string DefaultHtmlOutput = "inclusive-report.html";

    public static int Run(CliOptions options, CliConsole console)
    {
        var output = options.OutputPath ?? (options.Format == OutputFormat.Json ? null : DefaultHtmlOutput);
        var (document, code) = options.Merge ? Merge(options, console) : Scan(options, console);

        OutputTarget.Write(console, output, writer =>
        {
            if (options.Format == OutputFormat.Json)
            {
                JsonReportWriter.Write(document, writer);
            }
            else
            {
                HtmlReportWriter.Write(document, writer);
            }
        });

        if (output != null)
        {
            var full = Path.GetFullPath(Path.Combine(console.WorkingDirectory, output));
            console.Error.WriteLine($"inclusive: wrote {output}: {document.Summary.Total.ToString("N0", CultureInfo.InvariantCulture)} findings{(document.History.Count > 0 ? $", {document.History.Count} history points" : "")}.");
            if (options.Format != OutputFormat.Json)
            {
                console.Error.WriteLine($"inclusive: open it in a browser: {new Uri(full).AbsoluteUri}");
            }
        }

        return code;
    }

    private static (ReportDocument, int) Scan(CliOptions options, CliConsole console)
    {
        using var session = ScanSession.Create(options, console, ScannerFactory.Create);
        var loadFailed = ScanCommand.ReportLoad(session, console);
        var scan = ScanRunner.Run(session, console);
        foreach (var failure in scan.Failures)
        {
            console.Error.WriteLine($"inclusive: error: {scan.ForDisplay(failure.FullPath)}: {failure.Reason}");
        }

        var catalogCategory = ReportSummary.CategoryFromCatalog(session.Configuration.Settings.Catalog);
        var summary = new ReportSummary(catalogCategory) { FilesScanned = scan.FilesScanned };
        foreach (var finding in scan.Findings)
        {
            summary.Add(ReportItem.From(finding, scan.RelativeToRoot(finding.Path)));
        }

        var (history, cost) = options.HistoryPoints > 0 ? History(options, console, session) : (Array.Empty<HistoryPoint>(), null);
        var subject = session.Paths.Count == 1 ? session.Paths[0] : string.Join(", ", session.Paths);
        var document = new ReportDocument
        {
            Title = "Inclusive report: " + Path.GetFileName(session.Paths.Count == 1 ? session.Paths[0] : session.ScannedRoot),
            Subject = subject,
            Generated = DateTimeOffset.UtcNow,
            Summary = summary,
            CodeOfConduct = scan.CodeOfConductGrades.Select(g => (scan.RelativeToRoot(g.FullPath), g.Grade)).ToList(),
            History = history,
            Cost = cost,
            FixCommand = "inclusive fix " + (options.Paths.Count == 0 ? "." : string.Join(' ', options.Paths.Select(Quote))),
        };

        var code = scan.Failures.Count > 0 ? ExitCodes.InternalError
            : loadFailed || scan.Findings.Any(f => f.RuleId == Core.Rules.RuleCatalog.InvalidConfiguration) ? ExitCodes.UsageOrConfiguration
            : ExitCodes.Success;
        return (document, code);
    }

    private static (IReadOnlyList<HistoryPoint>, HistoryCost) History(CliOptions options, CliConsole console, ScanSession session)
    {
        if (session.Paths.Count != 1 || !Directory.Exists(session.Paths[0]))
        {
            throw new UsageException("--history takes one folder in a git repository.", "report");
        }

        var clock = Stopwatch.StartNew();
        using var git = GitRepository.Open(session.Paths[0]);
        var revisions = git.HistoryPoints(options.HistoryPoints);
        var scanner = new HistoryScanner(session, git, session.Paths[0], options.MaxFileBytes, options.IncludeFrozen);
        var points = new List<HistoryPoint>(revisions.Count);
        foreach (var revision in revisions)
        {
            var point = scanner.Scan(revision);
            points.Add(point);
            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"inclusive: history {points.Count}/{revisions.Count} {revision.Tag ?? revision.Commit[..10]} ({revision.Date:yyyy-MM-dd}): {point.Summary.Total:N0} findings; {point.FilesScanned} files scanned, {point.FilesReused} unchanged"));
        }

        if (scanner.Failures > 0)
        {
            console.Error.WriteLine($"inclusive: error: {scanner.Failures} file(s) of the history could not be scanned (a bug; please report it); their findings are missing from the trend");
        }

        return (points, new HistoryCost(points.Count, scanner.FilesScanned, scanner.FilesReused, git.BlobsRead, clock.Elapsed.TotalSeconds));
    }

    private static (ReportDocument, int) Merge(CliOptions options, CliConsole console)
    {
        var files = new List<string>();
        foreach (var path in options.Paths)
        {
            var full = Path.GetFullPath(Path.Combine(console.WorkingDirectory, path));
            if (Directory.Exists(full))
            {
                files.AddRange(Directory.EnumerateFiles(full, "*.sarif", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal));
            }
            else if (File.Exists(full))
            {
                files.Add(full);
            }
            else
            {
                throw new UsageException($"'{full}' does not exist.", "report");
            }
        }

        if (files.Count == 0)
        {
            throw new UsageException("--merge needs SARIF files (or folders holding *.sarif).", "report");
        }

        var clock = Stopwatch.StartNew();
        var total = ReportSummary.WithDefaultCatalog();
        var rows = new List<RepositoryRow>(files.Count);
        var unreadable = new List<(string, string)>();
        foreach (var file in files)
        {
            var display = Path.GetRelativePath(console.WorkingDirectory, file).Replace('\\', '/');
            try
            {
                var row = SarifMerge.Read(file, display);
                total.AddAll(row.Summary, row.Name + "/");
                rows.Add(row);
            }
            catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"inclusive: skipped {display}: {e.Message}");
                unreadable.Add((display, e.Message));
            }

            if (console.AllowProgress && (rows.Count + unreadable.Count) % 50 == 0)
            {
                console.Error.WriteLine($"inclusive: merged {rows.Count + unreadable.Count}/{files.Count} logs");
            }
        }

        console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"inclusive: merged {rows.Count} logs ({total.Total:N0} findings) in {clock.Elapsed.TotalSeconds:0.0} s"));
        var document = new ReportDocument
        {
            Title = "Inclusive report: " + rows.Count.ToString("N0", CultureInfo.InvariantCulture) + " repositories",
            Subject = $"{files.Count} SARIF logs merged",
            Generated = DateTimeOffset.UtcNow,
            Summary = total,
            Repositories = rows,
            Unreadable = unreadable,
            FixCommand = "inclusive fix .",
        };
        return (document, unreadable.Count > 0 ? ExitCodes.UsageOrConfiguration : ExitCodes.Success);
    }

    private static string Quote(string path) => path.Any(c => char.IsWhiteSpace(c) || c is '\'' or '"') ? "'" + path.Replace("'", "'\\''") + "'" : path;
}
