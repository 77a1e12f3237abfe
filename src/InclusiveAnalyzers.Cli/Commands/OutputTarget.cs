using System.Text;
using InclusiveAnalyzers.Cli.CommandLine;

namespace InclusiveAnalyzers.Cli.Commands;

/// <summary>Standard output, or the --output file (UTF-8 without a byte order mark, folders created).</summary>
internal static class OutputTarget
{
    public static void Write(CliConsole console, string? outputPath, Action<TextWriter> write)
    {
        if (outputPath is null)
        {
            write(console.Out);
            console.Out.Flush();
            return;
        }

        var full = Path.GetFullPath(Path.Combine(console.WorkingDirectory, outputPath));
        try
        {
            var directory = Path.GetDirectoryName(full);
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            using var writer = new StreamWriter(full, append: false, new UTF8Encoding(false));
            write(writer);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot write '{full}': {e.Message}");
        }
    }
}
