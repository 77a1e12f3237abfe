using InclusiveAnalyzers.Cli.CommandLine;
using InclusiveAnalyzers.Cli.Commands;
using InclusiveAnalyzers.Cli.Files;
using InclusiveAnalyzers.Cli.Scanning;
using InclusiveAnalyzers.Core;

namespace InclusiveAnalyzers.Cli.Tests.Commands;

/// <summary>The scanner seam: any IFileScanner plugs in; a scanner that throws gives exit code 3, not a crash.</summary>
public class ScanRunnerTests
{
    private sealed class FakeScanner : IFileScanner
    {
        public string Name => "fake";

        public bool Handles(string fullPath) => fullPath.EndsWith(".txt", StringComparison.Ordinal);

        public void Scan(IReadOnlyList<CandidateFile> files, ScanSink sink, CancellationToken cancellationToken)
        {
            foreach (var file in files)
            {
                if (file.FullPath.EndsWith("boom.txt", StringComparison.Ordinal))
                {
                    sink.Fail(file.FullPath, new InvalidOperationException("kaboom"));
                    continue;
                }

                sink.Add(new Finding("INCL201", Severity.Suggestion, "found", file.FullPath, 1, 1, 1, 2));
                sink.Scanned();
            }
        }

        public void Fix(IReadOnlyList<CandidateFile> files, FixSink sink, CancellationToken cancellationToken)
        {
        }
    }

    private static ScanReport Scan(TempFolder folder, out ScanSession session)
    {
        var console = new CliConsole(TextWriter.Null, TextWriter.Null, folder.Path);
        session = ScanSession.Create(new CliOptions { Command = CommandKind.Scan }, console, _ => new IFileScanner[] { new FakeScanner() });
        return ScanRunner.Run(session, console);
    }

    [Fact]
    public void Any_scanner_plugs_in_and_files_go_to_the_scanner_that_handles_them()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "x");
        folder.Write("b.md", "x");
        var report = Scan(folder, out var session);
        using var disposeSession = session;
        Assert.Single(session.Files);
        Assert.Equal(1, report.FilesScanned);
        Assert.Equal(Severity.Suggestion, Assert.Single(report.Findings).Severity);
        Assert.Equal(0, ScanCommand.ExitCode(report, Severity.Warning));
        Assert.Equal(1, ScanCommand.ExitCode(report, Severity.Suggestion));
    }

    [Fact]
    public void A_scanner_failure_is_exit_code_3_and_the_rest_is_still_reported()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "x");
        folder.Write("boom.txt", "x");
        var report = Scan(folder, out _);
        Assert.Single(report.Findings);
        Assert.Contains("kaboom", Assert.Single(report.Failures).Reason);
        Assert.Equal(3, ScanCommand.ExitCode(report, Severity.Warning));
    }

    [Fact]
    public void Editorconfig_applies_to_findings_of_any_scanner()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "x");
        folder.Write(".editorconfig", "root = true\n[*.txt]\ndotnet_diagnostic.INCL201.severity = error\n");
        var report = Scan(folder, out _);
        Assert.Equal(Severity.Error, Assert.Single(report.Findings).Severity);
    }

    [Fact]
    public void Progress_bar_draws_after_its_delay_and_erases_itself()
    {
        var writer = new StringWriter();
        var bar = new ProgressBar(writer, total: 4, width: 60, delay: TimeSpan.Zero);
        bar.Advance();
        bar.Advance();
        SpinWait.SpinUntil(() => bar.WasShown, TimeSpan.FromSeconds(5));
        bar.Dispose();
        var text = writer.ToString();
        Assert.Contains("2/4 files", text);
        Assert.Contains("[", text);
        Assert.EndsWith("\r", text);
    }

    [Fact]
    public void Progress_bar_stays_hidden_for_short_scans()
    {
        var writer = new StringWriter();
        var bar = new ProgressBar(writer, total: 4, width: 60);
        bar.Advance();
        bar.Dispose();
        Assert.False(bar.WasShown);
        Assert.Equal("", writer.ToString());
    }
}
