using System.Text;
using InclusiveAnalyzers.Cli.Scanning;
using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Reporting;

namespace InclusiveAnalyzers.Cli.Reporting;

/// <summary>
/// GitHub Actions workflow commands, one per finding:
/// <c>::warning file=docs/a.md,line=3,col=5,endLine=3,endColumn=14,title=INCL201::message</c>.
/// Errors are <c>::error</c>, warnings <c>::warning</c>, suggestions <c>::notice</c>. Paths are relative
/// to the working folder (the workspace in a workflow), so the annotations land on the right lines.
/// </summary>
public static class GitHubReporter
{
    /// <param name="fold">One annotation for a finding repeated in many documents, at its first copy (FindingFolder).</param>
    public static void Write(ScanReport report, TextWriter writer, bool fold = true)
    {
        var groups = FoldedFindings.Of(report, fold);
        foreach (var group in groups)
        {
            var finding = group.First;
            var command = finding.Severity switch
            {
                Severity.Error => "error",
                Severity.Warning => "warning",
                _ => "notice",
            };

            var properties = new StringBuilder("file=").Append(EscapeProperty(report.ForDisplay(finding.Path)));
            if (finding.Line > 0)
            {
                properties.Append(",line=").Append(finding.Line);
                if (finding.Column > 0)
                {
                    properties.Append(",col=").Append(finding.Column);
                }

                if (finding.EndLine > 0)
                {
                    properties.Append(",endLine=").Append(finding.EndLine);
                    if (finding.EndColumn > 0)
                    {
                        properties.Append(",endColumn=").Append(finding.EndColumn);
                    }
                }
            }

            properties.Append(",title=").Append(EscapeProperty(finding.RuleId));
            writer.WriteLine($"::{command} {properties}::{EscapeData(finding.Message + FindingFolder.Describe(group, report.ForDisplay))}");
        }

        writer.WriteLine(TextReporter.Summary(report));
        if (FoldedFindings.Note(groups) is { } note)
        {
            writer.WriteLine(note);
        }
    }

    // The runner's escaping: data escapes %, CR and LF; property values also ':' and ','.
    internal static string EscapeData(string value) =>
        value.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    internal static string EscapeProperty(string value) =>
        EscapeData(value).Replace(":", "%3A").Replace(",", "%2C");
}
