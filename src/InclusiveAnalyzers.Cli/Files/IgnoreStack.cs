namespace InclusiveAnalyzers.Cli.Files;

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
        copy[^1] = file;
        return new IgnoreStack(copy);
    }

    public bool IsIgnored(string fullPath, bool isDirectory)
    {
        for (var i = files.Length - 1; i >= 0; i--)
        {
            var file = files[i];
            var relative = Path.GetRelativePath(file.Directory, fullPath);
            if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
            {
                continue;
            }

            var decision = file.IsIgnored(relative.Replace('\\', '/'), isDirectory);
            if (decision.HasValue)
            {
                return decision.Value;
            }
        }

        return false;
    }
}
