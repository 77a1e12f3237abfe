namespace InclusiveAnalyzers.Cli.Files;

/// <summary>
/// Replaces a file's bytes so that no interruption (Ctrl+C, a killed CI job, a full disk) leaves a
/// partial file: the new bytes go to a temporary file in the same folder, flushed to disk, given the
/// original's Unix mode, then renamed over the original in one step. A file whose bytes on disk are no
/// longer the bytes that were read (edited since) is left alone.
/// </summary>
public static class AtomicWrite
{
    /// <summary>The suffix of the temporary files; a run killed between write and rename leaves one behind, never a partial original.</summary>
    public const string TempSuffix = ".inclusive-tmp";

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/> (or to <paramref name="newPath"/>, removing <paramref name="path"/>).</summary>
    /// <param name="expected">The bytes the fix was computed from: the write happens only when the file still holds them.</param>
    /// <returns>Null when written; else why not (the file is unchanged).</returns>
    public static string? TryReplace(string path, byte[] bytes, byte[] expected, string? newPath = null)
    {
        string? temp = null;
        try
        {
            var current = File.ReadAllBytes(path);
            if (!current.AsSpan().SequenceEqual(expected))
            {
                return "it changed on disk since it was read; left unchanged (run fix again)";
            }

            UnixFileMode? mode = OperatingSystem.IsWindows() ? null : File.GetUnixFileMode(path);
            if (mode is { } m && (m & UnixFileMode.UserWrite) == 0)
            {
                return "it is read-only; left unchanged";
            }

            if (OperatingSystem.IsWindows() && File.GetAttributes(path).HasFlag(FileAttributes.ReadOnly))
            {
                return "it is read-only; left unchanged";
            }

            var directory = Path.GetDirectoryName(path)!;
            temp = Path.Combine(directory, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N")[..8] + TempSuffix);
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            if (mode is { } unixMode && !OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temp, unixMode); // the umask must not narrow what the original allowed
            }

            if (newPath is null)
            {
                File.Move(temp, path, overwrite: true);
            }
            else
            {
                File.Move(temp, newPath, overwrite: false); // fails rather than replace a file that appeared meanwhile
                temp = null;
                File.Delete(path);
            }

            temp = null;
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return e.Message;
        }
        finally
        {
            if (temp != null)
            {
                try
                {
                    File.Delete(temp);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                }
            }
        }
    }
}
