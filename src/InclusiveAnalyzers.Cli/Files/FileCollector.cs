using InclusiveAnalyzers.Core.Selection;
using InclusiveAnalyzers.Core.Policy;
using InclusiveAnalyzers.Core.Configuration;

namespace InclusiveAnalyzers.Cli.Files;

/// <summary>
/// Turns PATH arguments into the files to scan. Folders are walked (never through symbolic links to
/// folders), skipping the folders and the files <see cref="FileSelection"/> leaves out (build output,
/// package caches, version control; what .gitignore excludes), and files outside inclusive.json's
/// include/exclude globs. A file named on the command line is always taken.
/// Only files some scanner handles are kept; nothing is read here but ignore files.
/// A file symbolic link is followed only when its target (every link resolved) lies inside the scanned
/// root, and the file is then taken once, under its target's path; a link that leads out of the root is
/// neither read nor written (git stores a link, not the content). Documents in frozen copies
/// (<see cref="FrozenCopies"/>) are left out unless asked for.
/// </summary>
public sealed class FileCollector
{
    private static readonly EnumerationOptions Enumeration = new()
    {
        // Dot-files count as hidden on Unix; .github holds codes of conduct and templates.
        AttributesToSkip = 0,
        IgnoreInaccessible = true,
        RecurseSubdirectories = false,
        ReturnSpecialDirectories = false,
    };

    private readonly Func<string, bool> handles;
    private readonly bool useGitIgnore;
    private readonly string? globBase;
    private readonly IReadOnlyList<string> include;
    private readonly IReadOnlyList<string> exclude;
    private readonly string? root;
    private readonly string? realRoot;
    private readonly bool scanFrozenCopies;
    private readonly List<string> linksOutsideRoot = new();

    /// <param name="handles">Whether some scanner reads the file (by name).</param>
    /// <param name="globBase">The folder include/exclude globs are relative to (the inclusive.json's), or null.</param>
    /// <param name="root">The scanned root: links whose targets lie outside it are not followed (null: every link is followed).</param>
    public FileCollector(Func<string, bool> handles, bool useGitIgnore, string? globBase, IReadOnlyList<string> include, IReadOnlyList<string> exclude, string? root = null, bool scanFrozenCopies = true)
    {
        this.root = root;
        realRoot = root is null ? null : Links.Resolve(root) ?? root;
        this.scanFrozenCopies = scanFrozenCopies;
        this.handles = handles;
        this.useGitIgnore = useGitIgnore;
        this.globBase = globBase;
        this.include = include;
        this.exclude = exclude;
    }

    /// <summary>Symbolic links left alone because their targets lie outside the root (full paths of the links).</summary>
    public IReadOnlyList<string> LinksOutsideRoot => linksOutsideRoot;

    /// <summary>Documents left out because they are in frozen copies.</summary>
    public int FrozenCopiesSkipped { get; private set; }

    public List<CandidateFile> Collect(IEnumerable<string> fullPaths, List<SkippedFile> skipped)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<CandidateFile>();
        foreach (var path in fullPaths)
        {
            if (File.Exists(path))
            {
                if (!handles(path))
                {
                    skipped.Add(new SkippedFile(path, "not a file kind inclusive scans (Markdown, HTML, C# or a code of conduct)"));
                }
                else if (Followed(path) is { } target && seen.Add(target))
                {
                    result.Add(new CandidateFile(target, new FileInfo(target).Length, IsExplicit: true));
                }
            }
            else if (System.IO.Directory.Exists(path))
            {
                Walk(path, useGitIgnore ? FileSelection.IgnoresAbove(path) : IgnoreStack.Empty, seen, result);
            }
        }

        result.Sort((a, b) => string.CompareOrdinal(a.FullPath, b.FullPath));
        linksOutsideRoot.Sort(StringComparer.Ordinal);
        return result;
    }

    private void Walk(string start, IgnoreStack rootIgnores, HashSet<string> seen, List<CandidateFile> result)
    {
        var pending = new Stack<(string Directory, IgnoreStack Ignores, bool Frozen)>();
        pending.Push((start, rootIgnores, false));
        while (pending.Count > 0)
        {
            var (directory, ignores, frozen) = pending.Pop();
            List<FileSystemInfo> entries;
            try
            {
                entries = new DirectoryInfo(directory).EnumerateFileSystemInfos("*", Enumeration).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            if (useGitIgnore && entries.Any(e => e.Name == ".gitignore" && e is FileInfo))
            {
                ignores = FileSelection.Entering(ignores, directory);
            }

            foreach (var entry in entries)
            {
                if (entry is DirectoryInfo)
                {
                    if (FileSelection.IsSkippedFolder(entry.FullName) || entry.LinkTarget != null || ignores.IsIgnored(entry.FullName, isDirectory: true))
                    {
                        continue;
                    }

                    // Still walked when frozen: only documents are frozen, C# in such a folder is live code.
                    pending.Push((entry.FullName, ignores, frozen || (!scanFrozenCopies && FrozenCopies.IsFrozenFolder(entry.FullName))));
                }
                else if (entry is FileInfo file
                    && handles(file.FullName)
                    && !ignores.IsIgnored(file.FullName, isDirectory: false)
                    && IsSelectedByGlobs(file.FullName))
                {
                    if (frozen && !IsCSharp(file.FullName))
                    {
                        FrozenCopiesSkipped++;
                        continue;
                    }

                    if (Followed(file.FullName) is { } target && seen.Add(target))
                    {
                        result.Add(new CandidateFile(target, target == file.FullName ? file.Length : new FileInfo(target).Length, IsExplicit: false));
                    }
                }
            }
        }
    }

    /// <summary>
    /// Whether a file under <paramref name="treeRoot"/> that is not on disk (a path in a git tree) would be
    /// walked: a scanner handles it, no folder on its way is skipped (<see cref="FileSelection.IsSkippedFolder"/>), the
    /// include/exclude globs take it, and it is no document in a frozen copy (counted as the walk counts it).
    /// .gitignore is not consulted: a tracked file is scanned as git holds it.
    /// </summary>
    public bool Selects(string treeRoot, string fullPath)
    {
        if (!handles(fullPath) || !IsSelectedByGlobs(fullPath))
        {
            return false;
        }

        var relative = Path.GetRelativePath(treeRoot, fullPath).Replace('\\', '/');
        var folders = relative.Split('/');
        var folder = treeRoot;
        for (var i = 0; i < folders.Length - 1; i++)
        {
            folder = Path.Combine(folder, folders[i]);
            if (FileSelection.IsSkippedFolder(folder))
            {
                return false;
            }

            if (!scanFrozenCopies && !IsCSharp(fullPath) && FrozenCopies.IsFrozenFolder(folder))
            {
                FrozenCopiesSkipped++;
                return false;
            }
        }

        return true;
    }

    private static bool IsCSharp(string path) => FileKinds.Of(path) == FileKind.CSharp;

    /// <summary>
    /// The path to scan for <paramref name="path"/>: itself when it is no link; for a link whose target
    /// lies inside the root, the target's path as the walk names it (so a file and a link to it are one
    /// file); null for a dangling link or one that leads out of the root (remembered for the summary).
    /// </summary>
    private string? Followed(string path)
    {
        if (realRoot is null || new FileInfo(path).LinkTarget is null)
        {
            return path;
        }

        var target = Links.Resolve(path);
        if (target is null || !File.Exists(target))
        {
            return null;
        }

        if (!RealPath.IsUnder(target, realRoot))
        {
            if (!linksOutsideRoot.Contains(path))
            {
                linksOutsideRoot.Add(path);
            }

            return null;
        }

        return Path.GetFullPath(Path.Combine(root!, Path.GetRelativePath(realRoot, target)));
    }

    private bool IsSelectedByGlobs(string fullPath) => ConfigSelection.IsSelected(fullPath, globBase, include, exclude);
}
