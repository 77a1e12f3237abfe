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
        var session = ScanSession.Create(options, console, ScannerFactory.Create);
        var sink = new FixSink();
        foreach (var (scanner, files) in session.FilesByScanner())
        {
            if (files.Count > 0)
            {
                scanner.Fix(files, sink, CancellationToken.None);
            }
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
            return failures.Count > 0 ? ExitCodes.InternalError : fixes.Count > 0 ? ExitCodes.Findings : ExitCodes.Success;
        }

        var written = 0;
        foreach (var fix in fixes)
        {
            var path = display(fix.File.FullPath);
            if (!fix.File.RoundTrips())
            {
                console.Error.WriteLine($"inclusive: skipped {path}: its bytes are not valid {fix.File.Encoding.WebName}, so it cannot be rewritten without changing them");
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
        console.Error.WriteLine(written == 0 ? "inclusive: nothing to fix." : $"inclusive: fixed {Files(written)}.");
        return failures.Count > 0 ? ExitCodes.InternalError : ExitCodes.Success;
    }

    private static string Files(int count) => count == 1 ? "1 file" : $"{count} files";
}
