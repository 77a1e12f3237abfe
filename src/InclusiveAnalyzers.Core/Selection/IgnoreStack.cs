using System;
using InclusiveAnalyzers.Core.Policy;

namespace InclusiveAnalyzers.Core.Selection
{
    /// <summary>
    /// The ignore files in force for a folder, outermost first. A deeper .gitignore overrides a higher one,
    /// so matching asks the innermost file first and falls back outwards.
    /// </summary>
    public sealed class IgnoreStack
    {
        public static readonly IgnoreStack Empty = new IgnoreStack(Array.Empty<GitIgnoreFile>());

        private readonly GitIgnoreFile[] files;

        private IgnoreStack(GitIgnoreFile[] files)
        {
            this.files = files;
        }

        public int Count => files.Length;

        public IgnoreStack Push(GitIgnoreFile file)
        {
            var copy = new GitIgnoreFile[files.Length + 1];
            Array.Copy(files, copy, files.Length);
            copy[copy.Length - 1] = file;
            return new IgnoreStack(copy);
        }

        public bool IsIgnored(string fullPath, bool isDirectory)
        {
            for (var i = files.Length - 1; i >= 0; i--)
            {
                var file = files[i];
                if (RelativePaths.Below(fullPath, file.Directory) is { } relative && file.IsIgnored(relative, isDirectory) is { } decision)
                {
                    return decision;
                }
            }

            return false;
        }
    }
}
