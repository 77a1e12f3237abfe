namespace InclusiveAnalyzers.IntegrationTests.Infrastructure;

/// <summary>
/// A copy of the repository's sources in a private folder, for packing. `dotnet test` builds the
/// other test projects from the working tree while this fixture packs: a pack there would restore
/// and rewrite the shared src/*/obj/project.assets.json under the builds' feet (NETSDK1064 in CI).
/// Build output, restore state, Git data and local artefacts are left out, so the copy restores and
/// builds from scratch and nothing it does reaches the working tree.
/// </summary>
public static class RepositoryCopy
{
    // Folder names skipped at any depth: output, restore state, VCS and IDE data, local artefacts.
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        "bin", "obj", ".git", ".vs", ".idea", "artifacts", "TestResults", "BenchmarkDotNet.Artifacts", "node_modules",
    };

    /// <summary>Copies <paramref name="source"/> into <paramref name="destination"/> (created) and returns the file count.</summary>
    public static int Copy(string source, string destination)
    {
        var count = 0;
        var pending = new Stack<(DirectoryInfo From, string To)>();
        pending.Push((new DirectoryInfo(source), destination));
        while (pending.Count > 0)
        {
            var (from, to) = pending.Pop();
            Directory.CreateDirectory(to);
            foreach (var file in from.EnumerateFiles())
            {
                // A .git file (worktree or submodule pointer) would make the copy look like part of the original repository.
                if (file.Name.Equals(".git", StringComparison.OrdinalIgnoreCase) || file.LinkTarget != null)
                {
                    continue;
                }

                file.CopyTo(Path.Combine(to, file.Name));
                count++;
            }

            foreach (var directory in from.EnumerateDirectories())
            {
                if (!SkippedFolders.Contains(directory.Name) && directory.LinkTarget == null)
                {
                    pending.Push((directory, Path.Combine(to, directory.Name)));
                }
            }
        }

        return count;
    }
}
