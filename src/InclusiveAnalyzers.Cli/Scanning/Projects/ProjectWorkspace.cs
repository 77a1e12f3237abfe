using InclusiveAnalyzers.Cli.CommandLine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.MSBuild;

namespace InclusiveAnalyzers.Cli.Scanning.Projects;

/// <summary>
/// The projects of a --solution or of each --project, loaded through MSBuildWorkspace exactly as the
/// build evaluates them (references, source files, .editorconfig/.globalconfig, AdditionalFiles), with
/// what MSBuild had to say about them. Only C# projects are analysed; the workspace stays open
/// while <c>fix</c> computes its changes (which the fix command writes itself).
/// </summary>
public sealed class ProjectWorkspace : IDisposable
{
    private readonly MSBuildWorkspace workspace;

    private ProjectWorkspace(MSBuildWorkspace workspace, Solution solution, IReadOnlyList<ProjectId> targets, IReadOnlyList<string> documentFolders, IReadOnlyList<LoadMessage> messages)
    {
        this.workspace = workspace;
        Solution = solution;
        Targets = targets;
        DocumentFolders = documentFolders;
        Messages = messages;
    }

    /// <summary>The solution as loaded.</summary>
    public Solution Solution { get; }

    /// <summary>The C# projects to analyse (one per target framework of a multi-targeted project).</summary>
    public IReadOnlyList<ProjectId> Targets { get; }

    /// <summary>The folders whose Markdown and HTML belong to the run: the solution's folder and each analysed project's.</summary>
    public IReadOnlyList<string> DocumentFolders { get; }

    /// <summary>Warnings and failures MSBuild reported while loading, for the user to see.</summary>
    public IReadOnlyList<LoadMessage> Messages { get; }

    internal MSBuildWorkspace Workspace => workspace;

    /// <summary>Loads the solution or the projects named in <paramref name="options"/> (paths relative to <paramref name="workingDirectory"/>).</summary>
    /// <exception cref="UsageException">A file does not exist or is of the wrong kind, no SDK is installed, or no C# project could be loaded.</exception>
    public static ProjectWorkspace Open(CliOptions options, string workingDirectory, CancellationToken cancellationToken = default)
    {
        var solutionPath = options.SolutionPath is null ? null : Resolve(options.SolutionPath, workingDirectory, "solution");
        var projectPaths = options.Projects.Select(p => Resolve(p, workingDirectory, "project")).Distinct(StringComparer.Ordinal).ToList();
        CheckKinds(solutionPath, projectPaths);

        MSBuildRegistration.EnsureRegistered(Path.GetDirectoryName(solutionPath ?? projectPaths[0])!);
        return Load(solutionPath, projectPaths, cancellationToken);
    }

    public void Dispose() => workspace.Dispose();

    // Kept out of Open so that no workspace type is resolved before MSBuildRegistration has run.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static ProjectWorkspace Load(string? solutionPath, IReadOnlyList<string> projectPaths, CancellationToken cancellationToken)
    {
        var workspace = MSBuildWorkspace.Create();
        try
        {
            var opened = new List<string>();
            var failure = (string?)null;
            if (solutionPath != null)
            {
                failure = Try(() => workspace.OpenSolutionAsync(solutionPath, cancellationToken: cancellationToken).GetAwaiter().GetResult());
            }
            else
            {
                foreach (var projectPath in projectPaths)
                {
                    var message = Try(() => workspace.OpenProjectAsync(projectPath, cancellationToken: cancellationToken).GetAwaiter().GetResult());
                    if (message is null)
                    {
                        opened.Add(projectPath);
                    }
                    else
                    {
                        failure ??= message;
                    }
                }
            }

            var solution = workspace.CurrentSolution;
            var messages = workspace.Diagnostics.Select(ToMessage).ToList();
            if (failure != null)
            {
                messages.Add(new LoadMessage(true, failure));
            }

            // For a solution, every project it loaded (the build builds their references too); for
            // --project, the projects named (each target framework), not the ones they reference.
            var targets = solution.Projects
                .Where(p => p.Language == LanguageNames.CSharp && p.FilePath != null && !IsEmpty(p))
                .Where(p => solutionPath != null || opened.Contains(Path.GetFullPath(p.FilePath!), StringComparer.Ordinal))
                .OrderBy(p => p.FilePath, StringComparer.Ordinal)
                .ThenBy(p => p.Name, StringComparer.Ordinal)
                .Select(p => p.Id)
                .ToList();

            foreach (var other in solution.Projects.Where(p => p.Language != LanguageNames.CSharp))
            {
                messages.Add(new LoadMessage(false, $"{other.FilePath ?? other.Name} is a {other.Language} project; only C# is analysed (its documents are still scanned)."));
            }

            if (targets.Count == 0)
            {
                var what = solutionPath ?? string.Join(", ", projectPaths);
                var why = (messages.FirstOrDefault(m => m.IsFailure) ?? messages.FirstOrDefault())?.Text ?? "it holds no C# project";
                throw new UsageException($"no C# project could be loaded from {what}: {why}");
            }

            var folders = new List<string>();
            if (solutionPath != null)
            {
                folders.Add(Path.GetDirectoryName(solutionPath)!);
            }

            foreach (var directory in targets.Select(id => Path.GetDirectoryName(solution.GetProject(id)!.FilePath!)!).Distinct(StringComparer.Ordinal))
            {
                if (!folders.Any(f => ScanSession.IsUnder(directory, f)))
                {
                    folders.RemoveAll(f => ScanSession.IsUnder(f, directory));
                    folders.Add(directory);
                }
            }

            foreach (var projectPath in projectPaths.Where(p => !opened.Contains(p)))
            {
                // A named project that did not load: its documents are still the user's.
                var directory = Path.GetDirectoryName(projectPath)!;
                if (!folders.Any(f => ScanSession.IsUnder(directory, f)))
                {
                    folders.Add(directory);
                }
            }

            return new ProjectWorkspace(workspace, solution, targets, folders, messages);
        }
        catch
        {
            workspace.Dispose();
            throw;
        }
    }

    /// <summary>
    /// What MSBuildWorkspace adds for a project file that failed to load (its failure is among the
    /// messages): a project with no source, no reference and no project reference. A project that
    /// really loads always references at least its framework.
    /// </summary>
    private static bool IsEmpty(Project project) =>
        !project.Documents.Any() && !project.MetadataReferences.Any() && !project.ProjectReferences.Any();

    /// <summary>
    /// Runs a load. What it throws (a malformed solution file, a build host that cannot start) is about
    /// the user's files or machine, not a bug of ours: it becomes a load failure with its message.
    /// </summary>
    private static string? Try(Action load)
    {
        try
        {
            load();
            return null;
        }
        catch (Microsoft.Build.Exceptions.InvalidProjectFileException e)
        {
            return Clean(e.Message);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
        {
            var known = e is InvalidOperationException or IOException or ArgumentException or UnauthorizedAccessException or FormatException or NotSupportedException;
            return Clean(known ? e.Message : $"{e.GetType().Name}: {e.Message}");
        }
    }

    private static string Resolve(string path, string workingDirectory, string kind)
    {
        var full = Path.GetFullPath(Path.Combine(workingDirectory, path));
        if (Directory.Exists(full))
        {
            throw new UsageException($"--{kind} needs a {kind} file, and '{full}' is a folder.");
        }

        if (!File.Exists(full))
        {
            throw new UsageException($"the {kind} file '{full}' does not exist.");
        }

        return full;
    }

    private static void CheckKinds(string? solutionPath, IReadOnlyList<string> projectPaths)
    {
        if (solutionPath != null && !IsSolution(solutionPath))
        {
            throw new UsageException($"'{solutionPath}' is not a solution file (.sln, .slnx or .slnf); use --project for a project file.");
        }

        foreach (var projectPath in projectPaths.Where(IsSolution))
        {
            throw new UsageException($"'{projectPath}' is a solution file; use --solution for it.");
        }
    }

    private static bool IsSolution(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".sln" or ".slnx" or ".slnf";

    /// <summary>
    /// A workspace diagnostic as the user sees it. A project in another language (F#, a database
    /// project) is expected in a solution and only a warning: only C# is analysed anyway.
    /// </summary>
    private static LoadMessage ToMessage(WorkspaceDiagnostic diagnostic)
    {
        var text = Clean(diagnostic.Message);
        var otherLanguage = text.StartsWith("Cannot open project", StringComparison.Ordinal)
            && (text.Contains("is not associated with a language", StringComparison.Ordinal) || text.Contains("is not supported", StringComparison.Ordinal));
        return otherLanguage
            ? new LoadMessage(false, text + " Only C# projects are analysed.")
            : new LoadMessage(diagnostic.Kind == WorkspaceDiagnosticKind.Failure, text);
    }

    /// <summary>One line per message: MSBuild's messages can span lines, and some carry a stack trace, which is cut.</summary>
    private static string Clean(string message) => string.Join(
        " ",
        message.Split(new[] { '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .TakeWhile(line => !line.StartsWith("at ", StringComparison.Ordinal) && !line.StartsWith("--- End of", StringComparison.Ordinal)));
}

/// <summary>Something MSBuild reported while loading or saving: a failure (a project or file left out) or a warning.</summary>
public sealed record LoadMessage(bool IsFailure, string Text);
