using InclusiveAnalyzers.Cli.CommandLine;
using InclusiveAnalyzers.Cli.Reporting;
using InclusiveAnalyzers.Cli.Scanning;
using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Rules;

namespace InclusiveAnalyzers.Cli.Commands;

/// <summary><c>inclusive scan</c>: report, then exit 0/1/2/3 (docs/cli.md).</summary>
public static class ScanCommand
{
    public static int Run(CliOptions options, CliConsole console)
    {
        using var session = ScanSession.Create(options, console, ScannerFactory.Create);
        var loadFailed = ReportLoad(session, console);
        var report = ScanRunner.Run(session, console);
        PhaseTimes.End("findings sorted");
        ReportLeftOut(session, options, console);

        foreach (var skipped in report.Skipped)
        {
            console.Error.WriteLine($"inclusive: skipped {report.ForDisplay(skipped.FullPath)}: {skipped.Reason}");
        }

        foreach (var failure in report.Failures)
        {
            console.Error.WriteLine($"inclusive: error: {report.ForDisplay(failure.FullPath)}: {failure.Reason}");
        }

        foreach (var warning in session.Policy.InvalidSeverityWarnings())
        {
            console.Error.WriteLine("inclusive: warning: " + warning);
        }

        OutputTarget.Write(console, options.OutputPath, writer =>
        {
            switch (options.Format)
            {
                case OutputFormat.Json:
                    JsonReporter.Write(report, writer);
                    break;
                case OutputFormat.Sarif:
                    SarifReporter.Write(report, writer, options.Fold);
                    break;
                case OutputFormat.GitHub:
                    GitHubReporter.Write(report, writer, options.Fold);
                    break;
                default:
                    new TextReporter(color: options.OutputPath is null && console.UseColor, fold: options.Fold).Write(report, writer);
                    break;
            }
        });

        PhaseTimes.End("output written");
        PhaseTimes.Assemblies();
        if (options.OutputPath != null)
        {
            console.Error.WriteLine($"inclusive: wrote {options.OutputPath}. {TextReporter.Summary(report)}");
        }

        var code = ExitCode(report, options.FailOn);
        return loadFailed && code < ExitCodes.UsageOrConfiguration ? ExitCodes.UsageOrConfiguration : code;
    }

    /// <summary>With --verbose, each symbolic link not followed, once (the summary counts them either way).</summary>
    internal static void ReportLeftOut(ScanSession session, CliOptions options, CliConsole console)
    {
        if (!options.Verbose)
        {
            return;
        }

        foreach (var link in session.LinksOutsideRoot)
        {
            var target = new FileInfo(link).LinkTarget;
            console.Error.WriteLine($"inclusive: not following {Path.GetRelativePath(console.WorkingDirectory, link).Replace('\\', '/')}: a symbolic link to {target}, outside {session.ScannedRoot}; neither read nor written");
        }

        if (session.FrozenCopiesSkipped > 0)
        {
            console.Error.WriteLine($"inclusive: {session.FrozenCopiesSkipped} document(s) in frozen copies (versioned_docs/, version-X.Y/, archive/, mike versions) left out; --include-frozen or \"scanFrozenCopies\": true scans them");
        }
    }

    /// <summary>Prints what MSBuild said while loading --project/--solution; true when something was left out.</summary>
    internal static bool ReportLoad(ScanSession session, CliConsole console)
    {
        if (session.Projects is null)
        {
            return false;
        }

        foreach (var message in session.Projects.Messages)
        {
            console.Error.WriteLine($"inclusive: {(message.IsFailure ? "error" : "warning")}: {message.Text}");
        }

        return session.Projects.Messages.Any(m => m.IsFailure);
    }

    /// <summary>3 when a file hit a bug; 2 when inclusive.json is malformed (INCL001 still reported); 1 for findings at or above --fail-on; else 0.</summary>
    public static int ExitCode(ScanReport report, Severity failOn)
    {
        if (report.Failures.Count > 0)
        {
            return ExitCodes.InternalError;
        }

        if (report.Findings.Any(f => f.RuleId == RuleCatalog.InvalidConfiguration))
        {
            return ExitCodes.UsageOrConfiguration;
        }

        return failOn != Severity.None && report.Findings.Any(f => f.Severity >= failOn) ? ExitCodes.Findings : ExitCodes.Success;
    }
}
