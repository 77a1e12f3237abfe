using InclusiveAnalyzers.Core.Configuration;

namespace InclusiveAnalyzers.Cli.Files;

/// <summary><see cref="RealPath"/> with this runtime's way of reading a symbolic link.</summary>
public static class Links
{
    public static string? ReadLink(string path) => new FileInfo(path).LinkTarget;

    public static string? Resolve(string fullPath) => RealPath.Resolve(fullPath, ReadLink);
}
