namespace InclusiveAnalyzers.Cli.Scanning;

/// <summary>The scanners for a run, in the order they claim files.</summary>
public static class ScannerFactory
{
    public static IReadOnlyList<IFileScanner> Create(ScannerContext context)
    {
        var repositoryRoot = FindRepositoryRoot(context.CommonDirectory) ?? context.CommonDirectory;
        var repositoryRoots = context.Paths.Where(p => Directory.Exists(p) && IsRepositoryRoot(p)).ToList();
        return new IFileScanner[]
        {
            new DocumentFileScanner(context.Configuration, context.Policy, repositoryRoot, repositoryRoots, context.MaxFileBytes, context.Fold),
            !Native.CodeSupport.IsAvailable ? new CSharpInDotNet()
                : context.Projects is null
                ? new CSharp.CSharpFileScanner(context.Configuration, context.Policy, context.MaxFileBytes)
                : new Projects.ProjectScanner(context.Projects, context.Configuration, context.ConfigGiven, context.MaxFileBytes),
        };
    }

    /// <summary>The nearest folder at or above <paramref name="directory"/> holding .git, or null.</summary>
    public static string? FindRepositoryRoot(string directory)
    {
        for (var current = directory; !string.IsNullOrEmpty(current); current = Path.GetDirectoryName(current))
        {
            if (IsRepositoryRoot(current))
            {
                return current;
            }
        }

        return null;
    }

    public static bool IsRepositoryRoot(string directory) =>
        Directory.Exists(Path.Combine(directory, ".git")) || File.Exists(Path.Combine(directory, ".git"));
}
