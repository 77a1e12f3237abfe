using InclusiveAnalyzers.Core;

namespace InclusiveAnalyzers.Build.Tests.Infrastructure;

/// <summary>Document checks that answer from a table and count what they were asked.</summary>
internal sealed class FakeDocumentScan : IDocumentScan
{
    private readonly Func<string, IReadOnlyList<Finding>> perFile;

    public FakeDocumentScan(Func<string, IReadOnlyList<Finding>> perFile)
    {
        this.perFile = perFile;
    }

    public List<string> ScannedFiles { get; } = new();
    public int RepositoryScans { get; private set; }
    public Exception? Throw { get; set; }

    public IReadOnlyList<Finding> ScanFile(string fullPath)
    {
        if (Throw != null) throw Throw;
        lock (ScannedFiles) ScannedFiles.Add(fullPath);
        return perFile(fullPath);
    }

    public IReadOnlyList<Finding> CheckRepository(string root, IReadOnlyList<string> fullPaths)
    {
        if (Throw != null) throw Throw;
        RepositoryScans++;
        RepositoryPaths = fullPaths.ToList();
        return new[] { new Finding("INCL407", Severity.Warning, "Link the code of conduct.", "README.md", 0, 0, 0, 0) };
    }

    /// <summary>The paths the last cross-document check was given.</summary>
    public List<string> RepositoryPaths { get; private set; } = new();
}
