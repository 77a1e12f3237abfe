using System.Text;
using InclusiveAnalyzers.Cli.Scanning;
using InclusiveAnalyzers.Core;

namespace InclusiveAnalyzers.Cli.Reporting;

/// <summary>
/// GitHub Actions workflow commands, one per finding:
/// <c>::warning file=docs/a.md,line=3,col=5,endLine=3,endColumn=14,title=INCL201::message</c>.
/// Errors are <c>::error</c>, warnings <c>::warning</c>, suggestions <c>::notice</c>. Paths are relative
/// to the working folder (the workspace in a workflow), so the annotations land on the right lines.
/// </summary>
public static class GitHubReporter
{
    public static void Write(ScanReport report, TextWriter writer)
    {
        foreach (var finding in report.Findings)
        {
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
            writer.WriteLine($"::{command} {properties}::{EscapeData(finding.Message)}");
        }

        writer.WriteLine(TextReporter.Summary(report));
    }

    // The runner's escaping: data escapes %, CR and LF; property values also ':' and ','.
    internal static string EscapeData(string value) =>
        value.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    internal static string EscapeProperty(string value) =>
        EscapeData(value).Replace(":", "%3A").Replace(",", "%2C");
}
