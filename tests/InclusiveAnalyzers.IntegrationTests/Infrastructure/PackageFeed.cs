using System.IO.Compression;
using System.Text.RegularExpressions;

namespace InclusiveAnalyzers.IntegrationTests.Infrastructure;

/// <summary>
/// Packs InclusiveAnalyzers and InclusiveAnalyzers.Tool once per test run into a local feed, from a
/// private copy of the repository (see <see cref="RepositoryCopy"/>), and holds the private NuGet
/// packages folder shared by every scenario of the run. INCLUSIVE_TEST_FEED names a folder that
/// already holds both packages: nothing is packed then.
/// </summary>
public sealed class PackageFeed : IDisposable
{
    public PackageFeed()
    {
        Root = Path.Combine(Path.GetTempPath(), "incl-it-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(Root);
        PackagesFolder = Path.Combine(Root, "packages");
        Directory.CreateDirectory(PackagesFolder);
        RepositoryRoot = FindRepositoryRoot();

        try
        {
            var given = Environment.GetEnvironmentVariable("INCLUSIVE_TEST_FEED");
            if (!string.IsNullOrEmpty(given))
            {
                Folder = Path.GetFullPath(given);
            }
            else
            {
                Folder = Path.Combine(Root, "feed");
                SourceCopy = Path.Combine(Root, "source");
                RepositoryCopy.Copy(RepositoryRoot, SourceCopy);
                Pack(Path.Combine(SourceCopy, "nuget", "InclusiveAnalyzers.Package", "InclusiveAnalyzers.Package.csproj"));
                // ReadyToRun images only speed the tool up (same files, same behaviour); compiling them costs minutes here.
                Pack(Path.Combine(SourceCopy, "src", "InclusiveAnalyzers.Cli", "InclusiveAnalyzers.Cli.csproj"), "-p:InclusiveReadyToRun=false");
            }

            AnalyzerPackage = FindPackage("InclusiveAnalyzers");
            Version = Regex.Match(Path.GetFileName(AnalyzerPackage), @"^InclusiveAnalyzers\.(\d.*)\.nupkg$").Groups[1].Value;
        }
        catch
        {
            // xunit does not dispose a fixture whose constructor failed: remove the copy and feed here (the pack output is in the exception).
            Dispose();
            throw;
        }
    }

    public string Root { get; }
    public string Folder { get; }

    /// <summary>A nuget.config that takes our packages from this feed only and everything else from nuget.org.</summary>
    public string NuGetConfig => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <clear />
            <add key="local" value="{Folder}" />
            <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
          </packageSources>
          <packageSourceMapping>
            <packageSource key="local"><package pattern="InclusiveAnalyzers" /><package pattern="InclusiveAnalyzers.*" /></packageSource>
            <packageSource key="nuget.org"><package pattern="*" /></packageSource>
          </packageSourceMapping>
        </configuration>
        """;
    public string PackagesFolder { get; }
    public string RepositoryRoot { get; }

    /// <summary>The copy of the repository that was packed; null when INCLUSIVE_TEST_FEED gave the packages.</summary>
    public string? SourceCopy { get; }
    public string AnalyzerPackage { get; }
    public string ToolPackage => FindPackage("InclusiveAnalyzers.Tool");
    public string Version { get; }
    public List<CommandResult> PackResults { get; } = new();

    public static IReadOnlyList<string> Entries(string nupkg)
    {
        using var zip = ZipFile.OpenRead(nupkg);
        return zip.Entries.Select(e => e.FullName).OrderBy(n => n, StringComparer.Ordinal).ToList();
    }

    public static string ReadEntry(string nupkg, string name)
    {
        using var zip = ZipFile.OpenRead(nupkg);
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    public static byte[] ReadEntryBytes(string nupkg, string name)
    {
        using var zip = ZipFile.OpenRead(nupkg);
        using var stream = zip.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public void Dispose()
    {
        // INCLUSIVE_TEST_KEEP=1 keeps the scenario folders for a look after a failure.
        if (Environment.GetEnvironmentVariable("INCLUSIVE_TEST_KEEP") == "1")
        {
            return;
        }

        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private void Pack(string project, params string[] extra)
    {
        var arguments = new[] { "pack", project, "-c", "Release", "-o", Folder, "-nologo", "-v:q", "-clp:NoSummary" }.Concat(extra).ToArray();
        // The copy restores into its own obj/ folders; packages come from the user's NuGet folder, where
        // the solution's restore already put them (the private folder is for consuming our packages).
        var result = DotNet.Run(SourceCopy!, packagesFolder: null, "dotnet", arguments);
        PackResults.Add(result);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException("Packing failed.\n" + result);
        }
    }

    private string FindPackage(string id)
    {
        var match = Directory.Exists(Folder)
            ? Directory.GetFiles(Folder, id + ".*.nupkg").FirstOrDefault(p => Regex.IsMatch(Path.GetFileName(p), "^" + Regex.Escape(id) + @"\.\d"))
            : null;
        return match ?? throw new InvalidOperationException($"No {id} package in {Folder}: " + string.Join("\n", PackResults));
    }

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory != null && !File.Exists(Path.Combine(directory.FullName, "InclusiveAnalyzers.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("InclusiveAnalyzers.sln not found above " + AppContext.BaseDirectory);
    }
}

[CollectionDefinition(Name)]
public sealed class PackageFeedCollection : ICollectionFixture<PackageFeed>
{
    public const string Name = "Packed feed";
}
