using InclusiveAnalyzers.Cli.Scanning;
using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Reporting;

namespace InclusiveAnalyzers.Cli.Reporting;

/// <summary>
/// <c>path:line:col: severity ID message</c>, one line per finding, a blank line between files, then a
/// summary. File-level findings (line 0) print as <c>path: severity ID message</c>. Paths are relative
/// to the working folder so terminals and editors can open them. ANSI colour only when asked.
/// </summary>
public sealed class TextReporter
{
    private const string Reset = "\u001b[0m";
    private const string Bold = "\u001b[1m";
    private const string Dim = "\u001b[2m";
    private const string Red = "\u001b[31m";
    private const string Yellow = "\u001b[33m";
    private const string Cyan = "\u001b[36m";

    private readonly bool color;
    private readonly bool fold;

    /// <param name="fold">Print a finding repeated in many documents once, with the count (FindingFolder).</param>
    public TextReporter(bool color, bool fold = true)
    {
        this.color = color;
        this.fold = fold;
    }

    public void Write(ScanReport report, TextWriter writer)
    {
        string? previous = null;
        var groups = FoldedFindings.Of(report, fold);
        foreach (var group in groups)
        {
            var finding = group.First;
            if (previous != null && !string.Equals(previous, finding.Path, StringComparison.Ordinal))
            {
                writer.WriteLine();
            }

            previous = finding.Path;
            var location = report.ForDisplay(finding.Path) + (finding.Line > 0 ? $":{finding.Line}:{Math.Max(1, finding.Column)}" : string.Empty);
            writer.Write(Paint(location + ":", Bold));
            writer.Write(' ');
            writer.Write(Paint(finding.Severity.ToName(), SeverityColor(finding.Severity)));
            writer.Write(' ');
            writer.Write(Paint(finding.RuleId, Dim));
            writer.Write(' ');
            writer.WriteLine(finding.Message + FindingFolder.Describe(group, report.ForDisplay));
        }

        if (report.Findings.Count > 0)
        {
            writer.WriteLine();
        }

        foreach (var (path, grade) in report.CodeOfConductGrades)
        {
            writer.WriteLine($"Code of conduct {report.ForDisplay(path)}: grade {Paint(grade, GradeColor(grade))}.");
        }

        writer.WriteLine(Summary(report));
        if (FoldedFindings.Note(groups) is { } note)
        {
            writer.WriteLine(note);
        }
    }

    /// <summary>"3 problems (1 error, 2 warnings, 0 suggestions) in 2 files; 12 files scanned in 0.15 s."</summary>
    public static string Summary(ScanReport report)
    {
        var scanned = $"{Plural(report.FilesScanned, "file")} scanned in {report.Elapsed.TotalSeconds.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)} s";
        var skipped = (report.Skipped.Count + report.Failures.Count > 0 ? $", {Plural(report.Skipped.Count + report.Failures.Count, "file")} skipped" : string.Empty)
            + LeftOut(report.LinksNotFollowed, report.FrozenCopiesSkipped);
        if (report.Findings.Count == 0)
        {
            return $"No problems found; {scanned}{skipped}.";
        }

        return $"{Plural(report.Findings.Count, "problem")} ({Plural(report.Count(Severity.Error), "error")}, {Plural(report.Count(Severity.Warning), "warning")}, "
            + $"{Plural(report.Count(Severity.Suggestion), "suggestion")}) in {Plural(report.FilesWithFindings, "file")}; {scanned}{skipped}.";
    }

    /// <summary>", 1 symbolic link out of the scanned folder not followed, 3 documents in frozen copies skipped (--include-frozen scans them)", or "".</summary>
    public static string LeftOut(int linksNotFollowed, int frozenCopiesSkipped) =>
        (linksNotFollowed > 0 ? $", {Plural(linksNotFollowed, "symbolic link")} out of the scanned folder not followed" : string.Empty)
        + (frozenCopiesSkipped > 0 ? $", {Plural(frozenCopiesSkipped, "document")} in frozen copies skipped (--include-frozen scans them)" : string.Empty);

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    private static string SeverityColor(Severity severity) => severity switch
    {
        Severity.Error => Red + Bold,
        Severity.Warning => Yellow,
        _ => Cyan,
    };

    private static string GradeColor(string grade) => grade switch
    {
        "green" => "\u001b[32m",
        _ when grade.StartsWith("adopted: ", StringComparison.Ordinal) => "\u001b[32m",
        "yellow" => Yellow,
        _ => Red,
    };

    private string Paint(string text, string code) => color ? code + text + Reset : text;
}
