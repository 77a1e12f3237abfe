using InclusiveAnalyzers.Cli.CommandLine;
using InclusiveAnalyzers.Cli.Fixing;
using InclusiveAnalyzers.Cli.Reporting;
using InclusiveAnalyzers.Cli.Scanning;

namespace InclusiveAnalyzers.Cli.Commands;

/// <summary>
/// <c>inclusive fix</c>: rewrite wording in place (<see cref="FixWriter"/>: atomically, inside the scanned
/// root, never over a file edited since it was read), or with --dry-run print a patch that git apply
/// accepts and write nothing. A file is written only when its bytes decode and re-encode exactly, so nothing but the
/// rewritten words can change (encoding, byte order mark, line endings, invalid bytes).
/// </summary>
public static class FixCommand
{
    public static int Run(CliOptions options, CliConsole console)
    {
        using var session = ScanSession.Create(options, console, ScannerFactory.Create);
        var loadFailed = ScanCommand.ReportLoad(session, console);
        ScanCommand.ReportLeftOut(session, options, console);
        var sink = new FixSink();
        foreach (var (scanner, files) in session.FilesByScanner())
        {
            // Even with no files: loaded projects bring their own.
            scanner.Fix(files, sink, CancellationToken.None);
        }

        var display = (string fullPath) => Path.GetRelativePath(console.WorkingDirectory, fullPath).Replace('\\', '/');
        foreach (var skipped in session.Skipped.Concat(sink.Skipped).OrderBy(s => s.FullPath, StringComparer.Ordinal))
        {
            console.Error.WriteLine($"inclusive: skipped {display(skipped.FullPath)}: {skipped.Reason}");
        }

        var failures = sink.Failures.OrderBy(f => f.FullPath, StringComparer.Ordinal).ToList();
        foreach (var failure in failures)
        {
            console.Error.WriteLine($"inclusive: error: {display(failure.FullPath)}: {failure.Reason}");
        }

        var left = sink.Left.OrderBy(l => l.FullPath, StringComparer.Ordinal).ThenBy(l => l.Line).ThenBy(l => l.Column).ToList();
        foreach (var (fullPath, line, column, reason) in left)
        {
            console.Error.WriteLine($"inclusive: left {display(fullPath)}:{line}:{column}: {reason}");
        }

        foreach (var stop in sink.Stops.OrderBy(s => s, StringComparer.Ordinal))
        {
            console.Error.WriteLine($"inclusive: {stop}");
        }

        var anchors = AnchorSummary.Report(sink, display, console);

        var fixes = sink.Fixes.Where(f => f.Renames || !string.Equals(f.File.Text, f.NewText, StringComparison.Ordinal))
            .OrderBy(f => f.File.FullPath, StringComparer.Ordinal)
            .ToList();

        if (options.DryRun)
        {
            foreach (var fix in fixes)
            {
                var path = display(fix.File.FullPath);
                var newPath = fix.Renames && !File.Exists(fix.NewPath) && !Directory.Exists(fix.NewPath) ? display(fix.NewPath!) : path;
                // git diffs bytes: a UTF-8 byte order mark is part of the first line it must match.
                var bom = fix.File.PreambleLength > 0 && fix.File.Encoding is System.Text.UTF8Encoding ? "\uFEFF" : string.Empty;
                console.Out.Write(GitPatch.Create(path, newPath, bom + fix.File.Text, bom + fix.NewText));
            }

            console.Out.Flush();
            var dryLeftOut = TextReporter.LeftOut(session.LinksOutsideRoot.Count, session.FrozenCopiesSkipped);
            console.Error.WriteLine(fixes.Count == 0 ? $"inclusive: nothing to fix{dryLeftOut}." : $"inclusive: {Files(fixes.Count)} would change (dry run: nothing written){dryLeftOut}{anchors}.");
            return failures.Count > 0 ? ExitCodes.InternalError : loadFailed ? ExitCodes.UsageOrConfiguration : fixes.Count > 0 ? ExitCodes.Findings : ExitCodes.Success;
        }

        var safe = new List<FileFix>();
        foreach (var fix in fixes)
        {
            if (fix.File.RoundTrips())
            {
                safe.Add(fix);
            }
            else
            {
                console.Error.WriteLine($"inclusive: skipped {display(fix.File.FullPath)}: its bytes are not valid {fix.File.Encoding.WebName}, so it cannot be rewritten without changing them");
            }
        }

        var written = 0;
        foreach (var outcome in FixWriter.Write(safe, session.ScannedRoot))
        {
            var path = display(outcome.Fix.File.FullPath);
            if (outcome.Error != null)
            {
                console.Error.WriteLine($"inclusive: could not write {path}: {outcome.Error}");
                failures.Add(new Files.SkippedFile(outcome.Fix.File.FullPath, outcome.Error));
                continue;
            }

            written++;
            console.Out.WriteLine("fixed " + path);
            if (outcome.RenamedTo != null)
            {
                console.Out.WriteLine($"renamed {path} to {display(outcome.RenamedTo)}");
            }

            if (outcome.Note != null)
            {
                console.Error.WriteLine($"inclusive: {path}: {outcome.Note}");
            }
        }

        console.Out.Flush();
        var leftOut = TextReporter.LeftOut(session.LinksOutsideRoot.Count, session.FrozenCopiesSkipped);
        console.Error.WriteLine((written == 0 ? "inclusive: nothing to fix" : $"inclusive: fixed {Files(written)}") + leftOut + anchors
            + (left.Count == 0 ? "." : $"; left {left.Count} public API name(s) on purpose (listed above)."));
        return failures.Count > 0 ? ExitCodes.InternalError : loadFailed ? ExitCodes.UsageOrConfiguration : ExitCodes.Success;
    }

    private static string Files(int count) => count == 1 ? "1 file" : $"{count} files";
}
