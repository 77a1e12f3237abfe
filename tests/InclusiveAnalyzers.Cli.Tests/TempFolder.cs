using System.Text;

namespace InclusiveAnalyzers.Cli.Tests;

/// <summary>A temporary folder with helpers to write files by relative path; deleted on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = Directory.CreateTempSubdirectory("inclusive-cli-").FullName;
    }

    public string Path { get; }

    public string this[string relative] => System.IO.Path.Combine(Path, relative.Replace('/', System.IO.Path.DirectorySeparatorChar));

    public string Write(string relative, string text) => WriteBytes(relative, new UTF8Encoding(false).GetBytes(text));

    public string WriteBytes(string relative, byte[] bytes)
    {
        var full = this[relative];
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    public string Read(string relative) => File.ReadAllText(this[relative]);

    /// <summary>Makes the folder look like a git repository root (the CLI only checks for .git).</summary>
    public void MakeRepository() => Directory.CreateDirectory(this[".git"]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
