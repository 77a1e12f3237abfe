using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using InclusiveAnalyzers.Core.Configuration;
using InclusiveAnalyzers.Core.Selection;

namespace InclusiveAnalyzers.Build.Selection
{
    /// <summary>
    /// Which files a project scans and which the repository scan owns. A project leaves out documents
    /// in folders of nested projects (those projects report them) and documents that are repository
    /// documents (the repository scan reports them, once per build). Documents in frozen copies
    /// (<see cref="FrozenCopies"/>) are left out unless asked for, and a symbolic link whose target lies
    /// outside the repository root is not followed (with the net8.0 task; the .NET Framework one cannot
    /// read links); a link inside it is taken once, under its target's path.
    /// </summary>
    internal sealed class DocumentSelection
    {
        /// <summary>Root README, code of conduct and contributing guide (also in .github/), and docs/.</summary>
        public static readonly string[] DefaultRepositoryGlobs =
        {
            "/README.*", "/CODE_OF_CONDUCT.*", "/CONTRIBUTING.*",
            "/.github/README.*", "/.github/CODE_OF_CONDUCT.*", "/.github/CONTRIBUTING.*",
            "/docs/**",
        };

        private readonly string? repositoryRoot;
        private readonly string[] repositoryGlobs;
        private readonly Dictionary<string, bool> holdsProject = new Dictionary<string, bool>(PathComparer);
        private readonly bool scanFrozenCopies;
        private readonly HashSet<string> linksOutsideRoot = new HashSet<string>(PathComparer);
        private readonly HashSet<string> frozen = new HashSet<string>(PathComparer);
        private string? realRoot;

        public DocumentSelection(string? repositoryRoot, IEnumerable<string>? repositoryGlobs, bool scanFrozenCopies = false)
        {
            this.scanFrozenCopies = scanFrozenCopies;
            this.repositoryRoot = string.IsNullOrWhiteSpace(repositoryRoot) ? null : TrimSeparator(Path.GetFullPath(repositoryRoot));
            // A list passed through the MSBuild task's Properties arrives as one escaped string: split it here.
            var globs = (repositoryGlobs ?? Array.Empty<string>()).SelectMany(g => g.Split(';')).Select(g => g.Trim()).Where(g => g.Length > 0).ToArray();
            this.repositoryGlobs = (globs.Length == 0 ? DefaultRepositoryGlobs : globs).Select(g => g.ToLowerInvariant()).ToArray();
        }

        public static StringComparer PathComparer { get; } =
            Path.DirectorySeparatorChar == '\\' ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

        public string? RepositoryRoot => repositoryRoot;

        /// <summary>Symbolic links left alone because their targets lie outside the root.</summary>
        public int LinksNotFollowed => linksOutsideRoot.Count;

        /// <summary>Documents left out because they are in frozen copies.</summary>
        public int FrozenCopiesSkipped => frozen.Count;

        /// <summary>
        /// The path to scan for a chosen document: itself, its link's target (inside the root), or null
        /// when it is left out (a frozen copy below <paramref name="scanRoot"/>, a link out of the root, a dangling link).
        /// </summary>
        public string? Admit(string fullPath, string? scanRoot)
        {
            if (!scanFrozenCopies && FrozenCopies.FolderHolding(fullPath, scanRoot ?? repositoryRoot) != null)
            {
                frozen.Add(fullPath);
                return null;
            }

            var root = repositoryRoot ?? scanRoot;
            var link = ReadLink(fullPath);
            if (root is null || link is null)
            {
                return fullPath;
            }

            realRoot ??= RealPath.Resolve(root, ReadLink) ?? root;
            var target = RealPath.Resolve(fullPath, ReadLink);
            if (target is null || !File.Exists(target))
            {
                return null;
            }

            if (!RealPath.IsUnder(target, realRoot))
            {
                linksOutsideRoot.Add(fullPath);
                return null;
            }

            var relative = target.Substring(realRoot.Length).TrimStart('/', '\\');
            return Path.GetFullPath(Path.Combine(root, relative));
        }

        private static string? ReadLink(string path)
        {
#if NET
            return new FileInfo(path).LinkTarget;
#else
            return null;
#endif
        }

        /// <summary>True when <paramref name="fullPath"/> is below the repository root and matches a repository glob.</summary>
        public bool IsRepositoryDocument(string fullPath)
        {
            var relative = RelativeToRoot(fullPath);
            return relative != null && HasDocumentExtension(fullPath) && repositoryGlobs.Any(g => Glob.IsMatch(g, relative.ToLowerInvariant()));
        }

        /// <summary>Every repository document below the root that git does not ignore, sorted by path.</summary>
        public IReadOnlyList<string> EnumerateRepositoryDocuments()
        {
            var found = new List<string>();
            if (repositoryRoot is null || !Directory.Exists(repositoryRoot))
            {
                return found;
            }

            var seen = new HashSet<string>(PathComparer);
            var pending = new Stack<(string Directory, IgnoreStack Ignores)>();
            pending.Push((repositoryRoot, FileSelection.IgnoresAbove(repositoryRoot)));
            while (pending.Count > 0)
            {
                var (directory, ignores) = pending.Pop();
                ignores = FileSelection.Entering(ignores, directory);
                foreach (var file in SafeEnumerate(() => Directory.EnumerateFiles(directory)))
                {
                    if (IsRepositoryDocument(file) && !ignores.IsIgnored(file, isDirectory: false) && Admit(file, repositoryRoot) is { } admitted && seen.Add(admitted))
                    {
                        found.Add(admitted);
                    }
                }

                foreach (var child in SafeEnumerate(() => Directory.EnumerateDirectories(directory)))
                {
                    if (!FileSelection.IsSkippedFolder(child) && ReadLink(child) is null && CouldHoldRepositoryDocuments(child) && !ignores.IsIgnored(child, isDirectory: true))
                    {
                        pending.Push((child, ignores));
                    }
                }
            }

            found.Sort(PathComparer);
            return found;
        }

        /// <summary>
        /// True when a folder between the document and <paramref name="projectDirectory"/> (the project's
        /// own folder excluded) holds a project file: that project owns the document.
        /// </summary>
        public bool IsInNestedProject(string fullPath, string? projectDirectory)
        {
            if (string.IsNullOrWhiteSpace(projectDirectory))
            {
                return false;
            }

            var project = TrimSeparator(Path.GetFullPath(projectDirectory));
            var directory = Path.GetDirectoryName(fullPath);
            while (!string.IsNullOrEmpty(directory) && directory!.Length > project.Length && IsUnder(directory, project))
            {
                if (!holdsProject.TryGetValue(directory, out var holds))
                {
                    holds = SafeEnumerate(() => Directory.EnumerateFiles(directory, "*.*proj")).Any();
                    holdsProject[directory] = holds;
                }

                if (holds)
                {
                    return true;
                }

                directory = Path.GetDirectoryName(directory);
            }

            return false;
        }

        /// <summary>The documents the scanner parses (<see cref="FileKinds.IsDocument"/>): repository globs pick only these.</summary>
        public static bool HasDocumentExtension(string path) => FileKinds.IsDocument(path);

        private string? RelativeToRoot(string fullPath)
        {
            if (repositoryRoot is null)
            {
                return null;
            }

            var full = Path.GetFullPath(fullPath);
            return IsUnder(full, repositoryRoot) ? full.Substring(repositoryRoot.Length).TrimStart('/', '\\').Replace('\\', '/') : null;
        }

        // A folder is searched only when some glob could match below it: "/docs/**" does not send the
        // search through src/. Over-approximating is harmless (a little more walking), missing is not.
        private bool CouldHoldRepositoryDocuments(string directory)
        {
            var relative = "/" + (RelativeToRoot(directory) ?? string.Empty).ToLowerInvariant().TrimEnd('/') + "/";
            relative = relative == "//" ? "/" : relative;
            foreach (var glob in repositoryGlobs)
            {
                var anchored = glob.StartsWith("/", StringComparison.Ordinal) || glob.TrimEnd('/').IndexOf('/') >= 0;
                if (!anchored)
                {
                    return true;
                }

                var pattern = "/" + glob.TrimStart('/');
                var wildcard = pattern.IndexOfAny(new[] { '*', '?', '[', '{' });
                var fixedPart = wildcard < 0 ? pattern.TrimEnd('/') + "/" : pattern.Substring(0, wildcard);
                var fixedDirectory = fixedPart.Substring(0, fixedPart.LastIndexOf('/') + 1);
                var rest = wildcard < 0 ? "**" : pattern.Substring(fixedDirectory.Length);
                var reachesDeeper = rest.IndexOf('/') >= 0 || rest.IndexOf("**", StringComparison.Ordinal) >= 0;
                if (fixedDirectory.StartsWith(relative, StringComparison.Ordinal)
                    || (reachesDeeper && relative.StartsWith(fixedDirectory, StringComparison.Ordinal)))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsUnder(string path, string directory) =>
            path.Length > directory.Length
            && path.StartsWith(directory, Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal)
            && (path[directory.Length] == '/' || path[directory.Length] == '\\' || directory.EndsWith("/", StringComparison.Ordinal) || directory.EndsWith("\\", StringComparison.Ordinal));

        private static string TrimSeparator(string path) =>
            path.Length > 1 && (path.EndsWith("/", StringComparison.Ordinal) || path.EndsWith("\\", StringComparison.Ordinal)) && !path.EndsWith(":\\", StringComparison.Ordinal)
                ? path.TrimEnd('/', '\\')
                : path;

        private static IEnumerable<string> SafeEnumerate(Func<IEnumerable<string>> enumerate)
        {
            try
            {
                return enumerate().ToList();
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                return Array.Empty<string>();
            }
        }
    }
}
