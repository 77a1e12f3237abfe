using InclusiveAnalyzers.IntegrationTests.Infrastructure;

namespace InclusiveAnalyzers.IntegrationTests;

/// <summary>The fixture packs from a private copy: the working tree, which `dotnet test` is building at the same time, is left alone.</summary>
[Collection(PackageFeedCollection.Name)]
public sealed class PackingTests
{
    private readonly PackageFeed feed;

    public PackingTests(PackageFeed feed)
    {
        this.feed = feed;
    }

    [Fact]
    public void Packing_restored_the_copy_and_left_the_working_tree_restore_state_alone()
    {
        if (feed.SourceCopy is null)
        {
            return; // INCLUSIVE_TEST_FEED gave the packages: nothing was packed.
        }

        // The copy's own restore state points at the copy.
        var copied = Path.Combine(feed.SourceCopy, "src", "InclusiveAnalyzers.Core", "obj", "project.assets.json");
        Assert.True(File.Exists(copied), copied + " is missing: the pack did not restore the copy.");

        // No project.assets.json of the working tree names the run's temporary folder (packages or copy).
        var touched = Directory.EnumerateDirectories(Path.Combine(feed.RepositoryRoot, "src"))
            .Select(project => Path.Combine(project, "obj", "project.assets.json"))
            .Where(File.Exists)
            .Where(assets => File.ReadAllText(assets).Contains(feed.Root.Replace("\\", "\\\\"), StringComparison.OrdinalIgnoreCase))
            .ToList();
        Assert.True(touched.Count == 0, "Restored by the pack:\n" + string.Join("\n", touched));
    }

    [Fact]
    public void The_copy_has_the_sources_and_settings_but_no_build_output_or_git_data()
    {
        var source = Path.Combine(feed.Root, "copy-test", "from");
        var target = Path.Combine(feed.Root, "copy-test", "to");
        foreach (var file in new[]
        {
            "global.json", "Directory.Build.props", "rules.json", "src/A/A.csproj", "src/A/Code.cs", "src/A/obj/project.assets.json",
            "src/A/bin/Debug/A.dll", ".git/HEAD", "samples/artifacts/A.0.1.0.nupkg", "samples/src/App/App.csproj", "BenchmarkDotNet.Artifacts/report.md",
        })
        {
            var path = Path.Combine(source, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file);
        }

        var count = RepositoryCopy.Copy(source, target);

        var copied = Directory.EnumerateFiles(target, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(target, f).Replace('\\', '/')).OrderBy(f => f, StringComparer.Ordinal).ToList();
        Assert.Equal(new[] { "Directory.Build.props", "global.json", "rules.json", "samples/src/App/App.csproj", "src/A/A.csproj", "src/A/Code.cs" }, copied);
        Assert.Equal(copied.Count, count);
        Assert.Equal("src/A/Code.cs", File.ReadAllText(Path.Combine(target, "src", "A", "Code.cs")));
    }
}
