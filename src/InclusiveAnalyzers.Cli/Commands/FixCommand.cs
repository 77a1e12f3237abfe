using InclusiveAnalyzers.Cli.CommandLine;
using InclusiveAnalyzers.Cli.Fixing;
using InclusiveAnalyzers.Cli.Scanning;

namespace InclusiveAnalyzers.Cli.Commands;

/// <summary>
/// <c>inclusive fix</c>: rewrite wording in place, or with --dry-run print the unified diff and write
/// nothing. A file is written only when its bytes decode and re-encode exactly, so nothing but the
/// rewritten words can change (encoding, byte order mark, line endings, invalid bytes).
/// </summary>
public static class FixCommand
{
    public static int Run(CliOptions options, CliConsole console)
    {
        using var session = ScanSession.Create(options, console, ScannerFactory.Create);
        var loadFailed = ScanCommand.ReportLoad(session, console);
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

        var fixes = sink.Fixes.Where(f => f.Renames || !string.Equals(f.File.Text, f.NewText, StringComparison.Ordinal))
            .OrderBy(f => f.File.FullPath, StringComparer.Ordinal)
            .ToList();

        if (options.DryRun)
        {
            foreach (var fix in fixes)
            {
                var path = display(fix.File.FullPath);
                var newPath = fix.Renames ? display(fix.NewPath!) : path;
                if (fix.Renames && fix.File.Text == fix.NewText)
                {
                    console.Out.Write($"rename from {path}\nrename to {newPath}\n");
                }

                console.Out.Write(UnifiedDiff.Create("a/" + path, "b/" + newPath, fix.File.Text, fix.NewText));
            }

            console.Out.Flush();
            console.Error.WriteLine(fixes.Count == 0 ? "inclusive: nothing to fix." : $"inclusive: {Files(fixes.Count)} would change (dry run: nothing written).");
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

        // Fixes with a writer (a loaded solution's documents) are written by it, all in one change.
        var outcome = new Dictionary<FileFix, string?>();
        foreach (var group in safe.Where(f => f.Writer != null).GroupBy(f => f.Writer!))
        {
            var batch = group.ToList();
            var results = group.Key.Write(batch);
            for (var i = 0; i < batch.Count; i++)
            {
                outcome[batch[i]] = results[i];
            }
        }

        var written = 0;
        foreach (var fix in safe)
        {
            var path = display(fix.File.FullPath);
            if (outcome.TryGetValue(fix, out var error))
            {
                if (error is null)
                {
                    written++;
                    console.Out.WriteLine("fixed " + path);
                }
                else
                {
                    console.Error.WriteLine($"inclusive: could not write {path}: {error}");
                    failures.Add(new Files.SkippedFile(fix.File.FullPath, error));
                }

                continue;
            }

            try
            {
                File.WriteAllBytes(fix.File.FullPath, fix.File.Encode(fix.NewText));
                written++;
                console.Out.WriteLine("fixed " + path);
                if (fix.Renames)
                {
                    // The type's file follows the type (as the IDE's rename does), unless that name is taken.
                    if (File.Exists(fix.NewPath) || Directory.Exists(fix.NewPath))
                    {
                        console.Error.WriteLine($"inclusive: kept the name {path}: {display(fix.NewPath!)} already exists");
                    }
                    else
                    {
                        File.Move(fix.File.FullPath, fix.NewPath!);
                        console.Out.WriteLine($"renamed {path} to {display(fix.NewPath!)}");
                    }
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"inclusive: could not write {path}: {e.Message}");
                failures.Add(new Files.SkippedFile(fix.File.FullPath, e.Message));
            }
        }

        console.Out.Flush();
        console.Error.WriteLine((written == 0 ? "inclusive: nothing to fix" : $"inclusive: fixed {Files(written)}")
            + (left.Count == 0 ? "." : $"; left {left.Count} public API name(s) on purpose (listed above)."));
        return failures.Count > 0 ? ExitCodes.InternalError : loadFailed ? ExitCodes.UsageOrConfiguration : ExitCodes.Success;
    }

    private static string Files(int count) => count == 1 ? "1 file" : $"{count} files";
}
