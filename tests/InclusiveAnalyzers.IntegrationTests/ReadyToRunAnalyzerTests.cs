using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using InclusiveAnalyzers.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace InclusiveAnalyzers.IntegrationTests;

/// <summary>
/// The package's precompiled analyzer folders (readytorun/&lt;rid&gt;/): each holds the whole analyzer folder, our three
/// assemblies as ReadyToRun images for that platform with their IL kept, and the build on .NET picks this machine's.
/// </summary>
[Collection(PackageFeedCollection.Name)]
public sealed class ReadyToRunAnalyzerTests
{
    // The PE machine of a ReadyToRun image is the architecture's, XOR-ed with a constant per OS (Windows: none).
    private static readonly (string Rid, Machine Architecture, ushort Os)[] Platforms =
    {
        ("linux-x64", Machine.Amd64, 0x7B79), ("linux-arm64", Machine.Arm64, 0x7B79),
        ("win-x64", Machine.Amd64, 0), ("osx-arm64", Machine.Arm64, 0x4644),
    };

    private static readonly string[] Precompiled = { "InclusiveAnalyzers.dll", "InclusiveAnalyzers.Core.dll", "InclusiveAnalyzers.Documents.dll" };

    private readonly PackageFeed feed;
    private readonly ITestOutputHelper output;

    public ReadyToRunAnalyzerTests(PackageFeed feed, ITestOutputHelper output)
    {
        this.feed = feed;
        this.output = output;
    }

    [Fact]
    public void Each_platform_folder_holds_our_assemblies_precompiled_for_it_with_their_IL()
    {
        foreach (var (rid, architecture, os) in Platforms)
        {
            foreach (var name in Precompiled)
            {
                using var pe = new PEReader(new MemoryStream(PackageFeed.ReadEntryBytes(feed.AnalyzerPackage, $"readytorun/{rid}/{name}")));
                var corHeader = pe.PEHeaders.CorHeader!;
                Assert.True(corHeader.ManagedNativeHeaderDirectory.Size > 0, $"{rid}/{name} is not a ReadyToRun image");
                Assert.Equal((ushort)architecture ^ os, (int)(ushort)pe.PEHeaders.CoffHeader.Machine);

                // The IL and metadata stay: another runtime version runs the image as plain IL.
                var reader = pe.GetMetadataReader();
                Assert.True(reader.MethodDefinitions.Count > 0);
                var il = PackageFeed.ReadEntryBytes(feed.AnalyzerPackage, "analyzers/dotnet/cs/" + name);
                using var ilPe = new PEReader(new MemoryStream(il));
                var ilReader = ilPe.GetMetadataReader();
                Assert.Equal(ilReader.GetGuid(ilReader.GetModuleDefinition().Mvid), reader.GetGuid(reader.GetModuleDefinition().Mvid));
            }
        }
    }

    [Fact]
    public void The_other_assemblies_of_each_platform_folder_are_the_analyzer_folders_own_files()
    {
        foreach (var (rid, _, _) in Platforms)
        {
            foreach (var name in new[] { "InclusiveAnalyzers.CodeFixes.dll", "Markdig.dll", "AngleSharp.dll" })
            {
                Assert.Equal(PackageFeed.ReadEntryBytes(feed.AnalyzerPackage, "analyzers/dotnet/cs/" + name),
                    PackageFeed.ReadEntryBytes(feed.AnalyzerPackage, $"readytorun/{rid}/{name}"));
            }
        }
    }

    [Fact]
    public void A_build_on_dotnet_gives_the_compiler_this_platforms_folder_and_the_opt_out_gives_the_IL_folder()
    {
        var solution = new SampleSolution(feed, "readytorun");
        var expected = ThisPlatform() is { } rid ? $"/readytorun/{rid}/" : "/analyzers/dotnet/cs/";

        var precompiled = Build(solution);
        Assert.Equal(new[] { expected }, AnalyzerFolders(precompiled));
        Assert.Contains(Diagnostic.Parse(precompiled.Output), d => d.Code == "INCL101" && d.FileName == "MasterNode.cs" && d.Line == 4);

        var il = Build(solution, "-p:InclusiveReadyToRunAnalyzers=false");
        Assert.Equal(new[] { "/analyzers/dotnet/cs/" }, AnalyzerFolders(il));
        Assert.Contains(Diagnostic.Parse(il.Output), d => d.Code == "INCL101" && d.FileName == "MasterNode.cs" && d.Line == 4);
    }

    private CommandResult Build(SampleSolution solution, params string[] extra)
    {
        // Detailed verbosity logs the compiler's command line; a new compiler process, as in CI.
        var result = solution.BuildProject("src/Lib/Lib.csproj", new[] { "--no-incremental", "-v:d", "-p:UseSharedCompilation=false" }.Concat(extra).ToArray());
        Assert.True(result.ExitCode == 0, "The build failed.\n" + result);
        return result;
    }

    // The folders of every /analyzer: argument from our package, on the compiler's command line.
    private List<string> AnalyzerFolders(CommandResult result)
    {
        var folders = result.Output.Split('\n')
            .Where(line => line.Contains("/analyzer:", StringComparison.Ordinal) && line.Contains(" /out:", StringComparison.Ordinal))
            .SelectMany(line => line.Split(' '))
            .Where(argument => argument.StartsWith("/analyzer:", StringComparison.Ordinal) && argument.Contains("inclusiveanalyzers", StringComparison.OrdinalIgnoreCase))
            .Select(argument => argument.Replace('\\', '/'))
            .Select(argument => argument[argument.IndexOf("/" + feed.Version + "/", StringComparison.OrdinalIgnoreCase)..][(feed.Version.Length + 1)..])
            .Select(path => path[..(path.LastIndexOf('/') + 1)])
            .Distinct()
            .ToList();
        output.WriteLine(string.Join("\n", folders));
        return folders;
    }

    private static string? ThisPlatform()
    {
        var os = OperatingSystem.IsLinux() ? "linux" : OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : null;
        var rid = $"{os}-{RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant()}";
        return Platforms.Any(p => p.Rid == rid) ? rid : null;
    }
}
