using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Policy;

namespace InclusiveAnalyzers.Build.Tests.Infrastructure;

/// <summary>
/// Document checks that answer from a table and count what they were asked. As the real scanner does,
/// each finding gets the severity the task's resolver gives its rule in its file (.editorconfig,
/// inclusive.json), and a rule set to none there drops out.
/// </summary>
internal sealed class FakeDocumentScan : IDocumentScan
{
    private readonly Func<string, IReadOnlyList<Finding>> perFile;
    private SeverityResolver severities = SeverityResolver.Default;

    public FakeDocumentScan(Func<string, IReadOnlyList<Finding>> perFile)
    {
        this.perFile = perFile;
    }

    public List<string> ScannedFiles { get; } = new();
    public int RepositoryScans { get; private set; }
    public Exception? Throw { get; set; }

    /// <summary>This scan, resolving with the task's resolver (the ScanFactory's first argument).</summary>
    public FakeDocumentScan Using(SeverityResolver resolver)
    {
        severities = resolver;
        return this;
    }

    public IReadOnlyList<Finding> ScanFile(string fullPath)
    {
        if (Throw != null) throw Throw;
        lock (ScannedFiles) ScannedFiles.Add(fullPath);
        return Resolved(perFile(fullPath));
    }

    public IReadOnlyList<Finding> CheckRepository(string root, IReadOnlyList<string> fullPaths)
    {
        if (Throw != null) throw Throw;
        RepositoryScans++;
        RepositoryPaths = fullPaths.ToList();
        return Resolved(new[] { new Finding("INCL407", Severity.Warning, "Link the code of conduct.", Path.Combine(root, "README.md"), 0, 0, 0, 0) { DisplayPath = "README.md" } });
    }

    /// <summary>The paths the last cross-document check was given.</summary>
    public List<string> RepositoryPaths { get; private set; } = new();

    private List<Finding> Resolved(IEnumerable<Finding> findings) =>
        findings.Where(f => severities.RuleSeverity(f.RuleId, f.Path) != Severity.None).Select(severities.Resolve).ToList();
}
