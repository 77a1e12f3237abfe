using InclusiveAnalyzers.Core.Configuration;
using InclusiveAnalyzers.Core.Policy;
using InclusiveAnalyzers.Cli.CommandLine;
using InclusiveAnalyzers.Cli.Configuration;
using InclusiveAnalyzers.Cli.Files;
using InclusiveAnalyzers.Cli.Scanning.Projects;

namespace InclusiveAnalyzers.Cli.Scanning;

/// <summary>
/// What <c>scan</c> and <c>fix</c> share: the PATH arguments resolved (with --project/--solution, the
/// loaded projects and the folders whose documents go with them), the scan root, the configuration,
/// the scanners, and the files chosen.
/// </summary>
public sealed class ScanSession : IDisposable
{
    private ScanSession(
        ProjectWorkspace? projects,
        string root,
        IReadOnlyList<string> paths,
        LoadedConfiguration configuration,
        SeverityResolver policy,
        IReadOnlyList<IFileScanner> scanners,
        List<CandidateFile> files,
        List<SkippedFile> skipped,
        IReadOnlyList<string> linksOutsideRoot,
        int frozenCopiesSkipped)
    {
        LinksOutsideRoot = linksOutsideRoot;
        FrozenCopiesSkipped = frozenCopiesSkipped;
        Projects = projects;
        Root = root;
        Paths = paths;
        Configuration = configuration;
        Policy = policy;
        Scanners = scanners;
        Files = files;
        Skipped = skipped;
    }

    /// <summary>
    /// The folder JSON and SARIF paths are relative to: the working folder when every PATH is inside it
    /// (so SARIF URIs are repository-relative when run from the repository root), else the PATHs' common folder.
    /// </summary>
    public string Root { get; }

    public IReadOnlyList<string> Paths { get; }

    /// <summary>The projects loaded for --project/--solution, or null.</summary>
    public ProjectWorkspace? Projects { get; }
    public LoadedConfiguration Configuration { get; }
    public SeverityResolver Policy { get; }
    public IReadOnlyList<IFileScanner> Scanners { get; }
    public List<CandidateFile> Files { get; }

    /// <summary>Files left out while choosing (a named file of a kind nothing scans).</summary>
    public List<SkippedFile> Skipped { get; }

    /// <summary>Symbolic links not followed because their targets lie outside the scanned root.</summary>
    public IReadOnlyList<string> LinksOutsideRoot { get; }

    /// <summary>Documents left out because they are in frozen copies (versioned snapshots, archives).</summary>
    public int FrozenCopiesSkipped { get; }

    /// <summary>The folder holding every PATH: nothing outside it is read through a link or written.</summary>
    public string ScannedRoot { get; private init; } = string.Empty;

    /// <exception cref="UsageException">A PATH that does not exist, or an unreadable --config.</exception>
    public static ScanSession Create(CliOptions options, CliConsole console, Func<ScannerContext, IReadOnlyList<IFileScanner>> createScanners)
    {
        if (!options.LoadsProjects)
        {
            return Create(options, console, createScanners, null, options.Paths.Count == 0 ? new[] { "." } : options.Paths);
        }

        var configPath = options.ConfigPath is null ? null : Path.GetFullPath(Path.Combine(console.WorkingDirectory, options.ConfigPath));
        if (configPath != null && !File.Exists(configPath))
        {
            throw new UsageException($"the configuration file '{configPath}' does not exist."); // before a load that takes seconds
        }

        if (!Native.CodeSupport.IsAvailable)
        {
            throw new Native.ManagedRuntimeRequiredException("--project and --solution");
        }

        var projects = ProjectWorkspace.Open(options, console.WorkingDirectory);
        try
        {
            return Create(options, console, createScanners, projects, projects.DocumentFolders);
        }
        catch
        {
            projects.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        if (Native.CodeSupport.IsAvailable)
        {
            Projects?.Dispose();
        }
    }

    private static ScanSession Create(CliOptions options, CliConsole console, Func<ScannerContext, IReadOnlyList<IFileScanner>> createScanners, ProjectWorkspace? projects, IReadOnlyList<string> requested)
    {
        var paths = requested
            .Select(p => Path.TrimEndingDirectorySeparator(Path.GetFullPath(Path.Combine(console.WorkingDirectory, p))))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        foreach (var path in paths)
        {
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                throw new UsageException($"'{path}' does not exist.");
            }
        }

        var common = CommonDirectory(paths.Select(p => Directory.Exists(p) ? p : Path.GetDirectoryName(p)!));
        var root = IsUnder(common, console.WorkingDirectory) ? console.WorkingDirectory : common;

        var configPath = options.ConfigPath is null ? null : Path.GetFullPath(Path.Combine(console.WorkingDirectory, options.ConfigPath));
        var configuration = LoadedConfiguration.Load(configPath, common);
        var policy = new SeverityResolver(configuration.Settings, new EditorConfigResolver());
        PhaseTimes.End("configuration");
        var scanners = createScanners(new ScannerContext(configuration, policy, paths, common, options.MaxFileBytes, projects, options.ConfigPath != null, options.Fold));
        PhaseTimes.End("scanners made");

        var skipped = new List<SkippedFile>();
        var collector = new FileCollector(
            path => scanners.Any(s => s.Handles(path)),
            options.UseGitIgnore,
            configuration.Directory,
            configuration.Settings.Config?.Include ?? Array.Empty<string>(),
            configuration.Settings.Config?.Exclude ?? Array.Empty<string>(),
            common,
            options.IncludeFrozen || configuration.Settings.Config?.ScanFrozenCopies == true);
        var files = collector.Collect(paths, skipped);
        PhaseTimes.End("files listed");
        if (scanners.OfType<CSharpInDotNet>().FirstOrDefault() is { } csharp && files.Exists(f => csharp.Handles(f.FullPath)))
        {
            throw new Native.ManagedRuntimeRequiredException("C# files"); // before anything is scanned or written
        }

        return new ScanSession(projects, root, paths, configuration, policy, scanners, files, skipped, collector.LinksOutsideRoot, collector.FrozenCopiesSkipped)
        {
            ScannedRoot = common,
        };
    }

    /// <summary>Each scanner with the files it handles (the first scanner that handles a file gets it).</summary>
    public IEnumerable<(IFileScanner Scanner, IReadOnlyList<CandidateFile> Files)> FilesByScanner()
    {
        var groups = Scanners.ToDictionary(s => s, _ => new List<CandidateFile>());
        foreach (var file in Files)
        {
            var scanner = Scanners.FirstOrDefault(s => s.Handles(file.FullPath));
            if (scanner != null)
            {
                groups[scanner].Add(file);
            }
        }

        return Scanners.Select(s => (s, (IReadOnlyList<CandidateFile>)groups[s]));
    }

    internal static bool IsUnder(string path, string directory)
    {
        if (string.Equals(path, directory, StringComparison.Ordinal))
        {
            return true;
        }

        var relative = Path.GetRelativePath(directory, path);
        return !relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }

    internal static string CommonDirectory(IEnumerable<string> directories)
    {
        string? common = null;
        foreach (var directory in directories)
        {
            if (common is null)
            {
                common = directory;
                continue;
            }

            while (!IsUnder(directory, common))
            {
                common = Path.GetDirectoryName(common) ?? common;
                if (Path.GetPathRoot(common) == common)
                {
                    break;
                }
            }
        }

        return common ?? Directory.GetCurrentDirectory();
    }
}

/// <summary>What a scanner is built from.</summary>
/// <param name="Paths">The PATH arguments as full paths.</param>
/// <param name="CommonDirectory">The folder holding every PATH.</param>
/// <param name="Projects">The loaded projects (--project/--solution), whose C# replaces the .cs files of the walk.</param>
/// <param name="ConfigGiven">Whether --config named the inclusive.json.</param>
/// <param name="Fold">False (--no-fold) also lists every occurrence of an outline decision repeated in one document.</param>
public sealed record ScannerContext(LoadedConfiguration Configuration, SeverityResolver Policy, IReadOnlyList<string> Paths, string CommonDirectory, long MaxFileBytes, ProjectWorkspace? Projects = null, bool ConfigGiven = false, bool Fold = true);
