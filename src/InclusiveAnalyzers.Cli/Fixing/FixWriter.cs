using InclusiveAnalyzers.Cli.Files;
using InclusiveAnalyzers.Cli.Scanning;
using InclusiveAnalyzers.Core.Configuration;

namespace InclusiveAnalyzers.Cli.Fixing;

/// <summary>What happened to one fix.</summary>
/// <param name="Error">Null when written; else why the file was left as it was.</param>
/// <param name="RenamedTo">The file's new path when the fix moved it (a C# type's file), else null.</param>
/// <param name="Note">Something to say that is not a failure (a rename not made because the name is taken).</param>
public sealed record FixOutcome(FileFix Fix, string? Error, string? RenamedTo = null, string? Note = null);

/// <summary>
/// Writes fixes so that they touch only what the run owns: every file inside the scanned root (a path
/// that resolves, through links, outside it is refused), each written once (a link and its target are
/// one file), atomically (<see cref="AtomicWrite"/>), and only while it still holds the bytes the fix was
/// computed from. One file's failure never stops the others.
/// </summary>
public static class FixWriter
{
    public static IReadOnlyList<FixOutcome> Write(IEnumerable<FileFix> fixes, string scannedRoot)
    {
        var realRoot = Links.Resolve(scannedRoot) ?? scannedRoot;
        var written = new HashSet<string>(StringComparer.Ordinal);
        var outcomes = new List<FixOutcome>();
        foreach (var fix in fixes)
        {
            var path = Links.Resolve(fix.File.FullPath);
            if (path is null || !RealPath.IsUnder(path, realRoot))
            {
                outcomes.Add(new FixOutcome(fix, $"it resolves to {path ?? "a loop of symbolic links"}, outside {scannedRoot}; left unchanged"));
                continue;
            }

            if (!written.Add(path))
            {
                outcomes.Add(new FixOutcome(fix, "already written under another path (a symbolic link to the same file)"));
                continue;
            }

            var bytes = fix.File.Encode(fix.NewText);
            string? newPath = null;
            string? note = null;
            if (fix.Renames)
            {
                // The type's file follows the type (as the IDE's rename does), unless that name is taken.
                if (File.Exists(fix.NewPath) || Directory.Exists(fix.NewPath))
                {
                    note = $"kept the name: {Path.GetFileName(fix.NewPath)} already exists beside it";
                }
                else
                {
                    newPath = Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileName(fix.NewPath!));
                }
            }

            if (newPath is null && bytes.AsSpan().SequenceEqual(fix.File.OriginalBytes))
            {
                outcomes.Add(new FixOutcome(fix, null, Note: note));
                continue;
            }

            var error = AtomicWrite.TryReplace(path, bytes, fix.File.OriginalBytes, newPath);
            outcomes.Add(new FixOutcome(fix, error, error is null ? newPath : null, note));
        }

        return outcomes;
    }
}
