using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using InclusiveAnalyzers.Core.Configuration;

namespace InclusiveAnalyzers.Core.Selection
{
    /// <summary>
    /// Which folders a walk enters and which ignore files apply, for every door (the CLI's walk and the
    /// build task's search for repository documents): build output, package caches, version control and
    /// IDE state are never entered, and .gitignore (nested files, those above the folder up to the
    /// repository root, and .git/info/exclude) is honoured. Extensions: <see cref="FileKinds"/>;
    /// inclusive.json's include/exclude: <see cref="Policy.ConfigSelection"/>.
    /// </summary>
    public static class FileSelection
    {
        private static readonly HashSet<string> Skipped = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            ".git", ".vs", ".idea", "bin", "obj", "node_modules", "artifacts",
        };

        /// <summary>The folder names never entered (a "packages" folder is skipped too when it is NuGet's: <see cref="IsSkippedFolder"/>).</summary>
        public static IReadOnlyCollection<string> SkippedFolderNames => Skipped;

        /// <summary>
        /// True for a folder a walk does not enter: one of <see cref="SkippedFolderNames"/>, or a "packages"
        /// folder that holds NuGet packages (a package folder with a .nupkg). A "packages" folder of a
        /// JavaScript monorepo holds sources and documents, so it is walked.
        /// </summary>
        public static bool IsSkippedFolder(string fullPath)
        {
            var name = Path.GetFileName(fullPath.TrimEnd('/', '\\'));
            if (Skipped.Contains(name))
            {
                return true;
            }

            return string.Equals(name, "packages", StringComparison.OrdinalIgnoreCase) && HoldsNuGetPackages(fullPath);
        }

        /// <summary>The ignore files in force for <paramref name="directory"/> from above it: .git/info/exclude and every .gitignore from the repository root down to its parent. Outside a repository, none.</summary>
        public static IgnoreStack IgnoresAbove(string directory)
        {
            var chain = new List<string>();
            string? repositoryRoot = null;
            if (IsRepositoryRoot(directory))
            {
                repositoryRoot = directory;
            }
            else
            {
                for (var current = Path.GetDirectoryName(directory); current != null; current = Path.GetDirectoryName(current))
                {
                    chain.Add(current);
                    if (IsRepositoryRoot(current))
                    {
                        repositoryRoot = current;
                        break;
                    }
                }
            }

            if (repositoryRoot is null)
            {
                return IgnoreStack.Empty;
            }

            var stack = Push(IgnoreStack.Empty, Path.Combine(repositoryRoot, ".git", "info", "exclude"), repositoryRoot);
            for (var i = chain.Count - 1; i >= 0; i--)
            {
                stack = Push(stack, Path.Combine(chain[i], ".gitignore"), chain[i]);
            }

            return stack;
        }

        /// <summary><paramref name="ignores"/> with the .gitignore of <paramref name="directory"/> added, when it has one with patterns.</summary>
        public static IgnoreStack Entering(IgnoreStack ignores, string directory) =>
            Push(ignores, Path.Combine(directory, ".gitignore"), directory);

        private static IgnoreStack Push(IgnoreStack stack, string ignoreFile, string directory) =>
            GitIgnoreFile.TryLoad(ignoreFile, directory) is { Count: > 0 } file ? stack.Push(file) : stack;

        private static bool IsRepositoryRoot(string directory) =>
            Directory.Exists(Path.Combine(directory, ".git")) || File.Exists(Path.Combine(directory, ".git"));

        private static bool HoldsNuGetPackages(string directory)
        {
            try
            {
                return Directory.Exists(directory)
                    && Directory.EnumerateDirectories(directory).Any(package => Directory.EnumerateFiles(package, "*.nupkg").Any());
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                return false;
            }
        }
    }
}
