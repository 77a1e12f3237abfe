using System.Text.RegularExpressions;
using System.Xml.Linq;
using InclusiveAnalyzers.IntegrationTests.Infrastructure;

namespace InclusiveAnalyzers.IntegrationTests;

/// <summary>The exact files in each package: a missing DLL or a stray lib/ folder fails here, not at a user's.</summary>
[Collection(PackageFeedCollection.Name)]
public sealed class PackageContentsTests
{
    private readonly PackageFeed feed;

    public PackageContentsTests(PackageFeed feed)
    {
        this.feed = feed;
    }

    private static readonly string[] TaskFilesBoth =
    {
        "AngleSharp.dll", "InclusiveAnalyzers.Build.deps.json", "InclusiveAnalyzers.Build.dll", "InclusiveAnalyzers.Core.dll",
        "InclusiveAnalyzers.Documents.dll", "Markdig.dll", "System.Text.Encoding.CodePages.dll",
    };

    // netstandard2.0 also carries the polyfills .NET Framework lacks.
    private static readonly string[] TaskFilesNetStandard =
    {
        "System.Buffers.dll", "System.Memory.dll", "System.Numerics.Vectors.dll", "System.Runtime.CompilerServices.Unsafe.dll",
    };

    // net8.0 carries CodePages' Windows-specific build as the runtime picks it on Windows.
    private static readonly string[] TaskFilesNet8 =
    {
        "runtimes/win/lib/net8.0/System.Text.Encoding.CodePages.dll",
    };

    private static readonly string[] AnalyzerFiles =
    {
        "AngleSharp.dll", "InclusiveAnalyzers.CodeFixes.dll", "InclusiveAnalyzers.Core.dll", "InclusiveAnalyzers.Documents.dll",
        "InclusiveAnalyzers.dll", "Markdig.dll",
    };

    [Fact]
    public void The_analyzer_package_holds_exactly_the_analyzers_the_task_and_the_build_files()
    {
        var expected = new List<string>
        {
            "InclusiveAnalyzers.nuspec", "README.md", "THIRD-PARTY-NOTICES.txt", "icon.png",
            "analyzers/dotnet/cs/InclusiveAnalyzers.CodeFixes.dll", "analyzers/dotnet/cs/InclusiveAnalyzers.Core.dll", "analyzers/dotnet/cs/InclusiveAnalyzers.dll",
            // The document analyzer's parsers; what they depend on (System.Memory, CodePages) the compiler shares.
            "analyzers/dotnet/cs/InclusiveAnalyzers.Documents.dll", "analyzers/dotnet/cs/Markdig.dll", "analyzers/dotnet/cs/AngleSharp.dll",
            "build/InclusiveAnalyzers.Repository.proj", "build/InclusiveAnalyzers.Tasks.targets", "build/InclusiveAnalyzers.props", "build/InclusiveAnalyzers.targets",
            "buildMultiTargeting/InclusiveAnalyzers.props", "buildMultiTargeting/InclusiveAnalyzers.targets",
            "buildTransitive/InclusiveAnalyzers.props", "buildTransitive/InclusiveAnalyzers.targets",
        };
        // The same analyzer folder per platform, three of its assemblies precompiled (ReadyToRunAnalyzerTests).
        foreach (var rid in new[] { "linux-x64", "linux-arm64", "win-x64", "osx-arm64" })
        {
            expected.AddRange(AnalyzerFiles.Select(f => $"readytorun/{rid}/{f}"));
        }
        expected.AddRange(TaskFilesBoth.Concat(TaskFilesNetStandard).Select(f => "tasks/netstandard2.0/" + f));
        expected.AddRange(TaskFilesBoth.Concat(TaskFilesNet8).Select(f => "tasks/net8.0/" + f));

        var actual = PackageFeed.Entries(feed.AnalyzerPackage).Where(IsContent).ToList();

        Assert.Equal(expected.OrderBy(e => e, StringComparer.Ordinal), actual);
    }

    [Fact]
    public void The_analyzer_package_is_a_development_dependency_without_dependencies()
    {
        var nuspec = XDocument.Parse(PackageFeed.ReadEntry(feed.AnalyzerPackage, "InclusiveAnalyzers.nuspec"));
        var ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;
        Assert.Equal("InclusiveAnalyzers", metadata.Element(ns + "id")!.Value);
        Assert.Equal("true", metadata.Element(ns + "developmentDependency")!.Value);
        Assert.Equal("MIT", metadata.Element(ns + "license")!.Value);
        Assert.Equal("expression", metadata.Element(ns + "license")!.Attribute("type")!.Value);
        Assert.Equal("README.md", metadata.Element(ns + "readme")!.Value);
        Assert.Equal("icon.png", metadata.Element(ns + "icon")!.Value);
        Assert.Contains("analyzers", metadata.Element(ns + "tags")!.Value.Split(' '));
        Assert.Null(metadata.Element(ns + "dependencies"));
    }

    [Fact]
    public void The_tool_package_is_one_portable_package_with_the_inclusive_command()
    {
        var entries = PackageFeed.Entries(feed.ToolPackage).Where(IsContent).ToList();
        var nuspec = XDocument.Parse(PackageFeed.ReadEntry(feed.ToolPackage, "InclusiveAnalyzers.Tool.nuspec"));
        var ns = nuspec.Root!.Name.Namespace;
        Assert.Equal("DotnetTool", nuspec.Root.Element(ns + "metadata")!.Element(ns + "packageTypes")!.Element(ns + "packageType")!.Attribute("name")!.Value);

        // One framework-dependent package that runs on every platform (tools/<tfm>/any/), not a
        // pointer to platform-specific packages (which .NET 10 makes when RuntimeIdentifiers is set).
        var settings = entries.SingleOrDefault(e => e.EndsWith("/DotnetToolSettings.xml", StringComparison.Ordinal));
        Assert.True(settings != null && Regex.IsMatch(settings, @"^tools/net\d+\.\d+/any/DotnetToolSettings\.xml$"),
            "Expected tools/<tfm>/any/DotnetToolSettings.xml, found: " + string.Join(", ", entries));
        var folder = settings![..^"DotnetToolSettings.xml".Length];
        var command = XDocument.Parse(PackageFeed.ReadEntry(feed.ToolPackage, settings).TrimStart('\uFEFF')).Descendants("Command").Single();
        Assert.Equal("inclusive", command.Attribute("Name")!.Value);
        Assert.Equal("inclusive.dll", command.Attribute("EntryPoint")!.Value);

        // Everything but the nuspec, the readme and the notices lives in the tool folder; these files must be there.
        Assert.Empty(entries.Where(e => !e.StartsWith(folder, StringComparison.Ordinal))
            .Except(new[] { "InclusiveAnalyzers.Tool.nuspec", "README.md", "THIRD-PARTY-NOTICES.txt" }));
        Assert.Contains("THIRD-PARTY-NOTICES.txt", entries);
        foreach (var required in new[]
        {
            "inclusive.dll", "inclusive.deps.json", "inclusive.runtimeconfig.json",
            "InclusiveAnalyzers.Core.dll", "InclusiveAnalyzers.Documents.dll", "InclusiveAnalyzers.dll", "InclusiveAnalyzers.CodeFixes.dll",
            "Markdig.dll", "AngleSharp.dll",
        })
        {
            Assert.Contains(folder + required, entries);
        }
    }

    [Fact]
    public void Every_bundled_assembly_of_both_packages_is_named_in_the_notices()
    {
        foreach (var package in new[] { feed.AnalyzerPackage, feed.ToolPackage })
        {
            var notices = PackageFeed.ReadEntry(package, "THIRD-PARTY-NOTICES.txt");
            var missing = PackageFeed.Entries(package)
                .Where(e => e.EndsWith(".dll", StringComparison.Ordinal))
                .Select(e => e[(e.LastIndexOf('/') + 1)..])
                .Where(name => !name.StartsWith("InclusiveAnalyzers", StringComparison.Ordinal) && name != "inclusive.dll")
                .Select(name => name.EndsWith(".resources.dll", StringComparison.Ordinal) ? name[..^".resources.dll".Length] + ".dll" : name)
                .Distinct()
                .Where(name => !Regex.IsMatch(notices, @"(?m)^\s*(Assemblies: )?(.*, )?" + Regex.Escape(name) + @"\b"))
                .ToList();
            Assert.True(missing.Count == 0, $"{Path.GetFileName(package)}: bundled but not in THIRD-PARTY-NOTICES.txt: {string.Join(", ", missing)}");
        }
    }

    // The zip's own bookkeeping (OPC parts) is not content.
    private static bool IsContent(string entry) =>
        !entry.StartsWith("_rels/", StringComparison.Ordinal) && !entry.StartsWith("package/", StringComparison.Ordinal)
        && entry != "[Content_Types].xml" && !entry.EndsWith(".psmdcp", StringComparison.Ordinal);
}
