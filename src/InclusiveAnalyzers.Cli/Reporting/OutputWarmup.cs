using InclusiveAnalyzers.Cli.CommandLine;
using InclusiveAnalyzers.Cli.Files;
using InclusiveAnalyzers.Cli.Scanning;
using InclusiveAnalyzers.Core;

namespace InclusiveAnalyzers.Cli.Reporting;

/// <summary>
/// The output format's first use (the sort, the JSON writer and its encoder, the folder, our reporter: 15 to 30 ms
/// of one core in a new process) comes after the scan, on one core. A scan worker left without files pays it
/// instead (<see cref="Scanning.IdleWork"/>), while the other still scans, by writing a small report to nowhere.
/// </summary>
internal static class OutputWarmup
{
    /// <summary>The format a scan command line asks for (text when none is named), or null for any other command.</summary>
    public static OutputFormat? FormatOf(string[] args)
    {
        if (args.Length == 0 || args[0] != "scan") return null;
        for (int i = 1; i < args.Length; i++)
        {
            string? value = null;
            if ((args[i] == "--format" || args[i] == "-f") && i + 1 < args.Length) value = args[i + 1];
            else if (args[i].StartsWith("--format=", StringComparison.Ordinal)) value = args[i]["--format=".Length..];
            if (value == null) continue;
            // The command line's own reading of the value; one it refuses ends the run before any output anyway.
            return OptionValues.Format(value, "scan", out _) ?? OutputFormat.Text;
        }

        return OutputFormat.Text;
    }

    /// <summary>Writes a small report in <paramref name="format"/> to a null writer (nothing is kept but the runtime's own state).</summary>
    public static void Run(OutputFormat format)
    {
        var root = Path.GetTempPath();
        var findings = new List<Finding>
        {
            new("INCL201", Severity.Warning, "'whitelist' (exclusionary): consider 'allowlist'.", Path.Combine(root, "a.md"), 3, 5, 3, 14)
            {
                Fingerprint = "a", Offset = 40, Length = 9, Term = "whitelist", Replacements = new[] { "allowlist" },
                Suggestions = new[] { "allowlist", "allow list" },
            },
            new Finding("INCL401", Severity.Error, "The code of conduct has no contact.", Path.Combine(root, "CODE_OF_CONDUCT.md"), 0, 0, 0, 0)
                .WithProperty(ScanRunner.GradeProperty, "C").WithProperty("checklist", "contact"),
        };
        // A template's finding in three documents: the fold and its counts.
        foreach (var page in new[] { "b.html", "c.html", "d.html" })
        {
            findings.Add(new("INCL332", Severity.Suggestion, "The link has no text.", Path.Combine(root, page), 7, 1, 7, 12) { Fingerprint = "b", Offset = 90, Length = 11 });
        }

        // The sort and the severities a finished scan goes through, then its report.
        var (reported, grades) = ScanRunner.Finish(findings, Array.Empty<Finding>(), Core.Policy.SeverityResolver.Default);
        var report = new ScanReport(root, root, reported, 5, Array.Empty<SkippedFile>(), Array.Empty<SkippedFile>(), null, TimeSpan.Zero, grades);
        // The same kind of writer a report file gets (OutputTarget), over nothing.
        using var writer = new StreamWriter(Stream.Null, new System.Text.UTF8Encoding(false));
        switch (format)
        {
            case OutputFormat.Json:
                JsonReporter.Write(report, writer);
                break;
            case OutputFormat.Sarif:
                SarifReporter.Write(report, writer, fold: true);
                break;
            case OutputFormat.GitHub:
                GitHubReporter.Write(report, writer, fold: true);
                break;
            default:
                new TextReporter(color: false, fold: true).Write(report, writer);
                break;
        }

        _ = TextReporter.Summary(report);
    }
}
