using InclusiveAnalyzers.Cli.Configuration;
using InclusiveAnalyzers.Cli.Files;
using InclusiveAnalyzers.Cli.Scanning.CSharp;
using InclusiveAnalyzers.Core;

namespace InclusiveAnalyzers.Cli.Scanning.Projects;

/// <summary>
/// C# with --project/--solution: the loaded projects' own source files through the analyzers
/// (<see cref="ProjectAnalysis"/>) and the code fixes (<see cref="ProjectFixer"/>). It claims no file
/// of the folder walk: the projects say which .cs files are theirs.
/// </summary>
public sealed class ProjectScanner : IFileScanner
{
    private readonly ProjectWorkspace projects;
    private readonly LoadedConfiguration configuration;
    private readonly bool configGiven;
    private readonly long maxFileBytes;

    /// <param name="configGiven">Whether --config named the inclusive.json (it then replaces the projects' own).</param>
    public ProjectScanner(ProjectWorkspace projects, LoadedConfiguration configuration, bool configGiven, long maxFileBytes)
    {
        this.projects = projects;
        this.configuration = configuration;
        this.configGiven = configGiven;
        this.maxFileBytes = maxFileBytes;
    }

    public string Name => "C# projects";

    public bool Handles(string fullPath) => false;

    public void Scan(IReadOnlyList<CandidateFile> files, ScanSink sink, CancellationToken cancellationToken)
    {
        try
        {
            var solution = ProjectAnalysis.WithoutTooDeepFiles(projects.Solution, projects.Targets, (path, reason) => sink.AddFinal(NotChecked.Finding(path, reason)), cancellationToken);
            var diagnostics = ProjectAnalysis.AnalyzeAsync(solution, projects.Targets, configuration, configGiven, cancellationToken).GetAwaiter().GetResult();
            foreach (var finding in CSharpFindingCap.Capped(ProjectAnalysis.ToFindings(diagnostics, configuration)))
            {
                sink.AddFinal(finding);
            }

            foreach (var _ in ProjectAnalysis.SourceFiles(projects.Solution, projects.Targets))
            {
                sink.Scanned();
            }
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
        {
            foreach (var id in projects.Targets)
            {
                sink.Fail(projects.Solution.GetProject(id)!.FilePath!, e);
            }
        }
    }

    public void Fix(IReadOnlyList<CandidateFile> files, FixSink sink, CancellationToken cancellationToken) =>
        ProjectFixer.Fix(projects, configuration, configGiven, maxFileBytes, sink, cancellationToken);
}
