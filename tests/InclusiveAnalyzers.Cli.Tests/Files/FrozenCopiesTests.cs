namespace InclusiveAnalyzers.Cli.Tests.Files;

/// <summary>Versioned doc snapshots and archives: skipped like generated code, said once, back with one setting.</summary>
public class FrozenCopiesTests
{
    private const string Wording = "# Page\n\nAdd the host to the whitelist.\n";

    private static TempFolder Site()
    {
        var folder = new TempFolder();
        folder.Write("website/docs/intro.md", Wording);
        folder.Write("website/versioned_docs/version-1.0/intro.md", Wording);
        folder.Write("website/versioned_docs/version-2.x/intro.md", Wording);
        folder.Write("docs/version-2.1.0/api.md", Wording);
        folder.Write("docs/archived/old.md", Wording);
        folder.Write("docs/v2/current.md", Wording);                 // current API docs: scanned
        folder.Write("src/Archive/ZipWhitelist.cs", "class ZipWhitelist {}\n"); // code in a folder named archive: live code
        return folder;
    }

    private static IReadOnlyList<string> Paths(Cli.Result result)
    {
        using var json = result.Json();
        return json.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("path").GetString()!).Distinct().OrderBy(p => p, StringComparer.Ordinal).ToList();
    }

    [Fact]
    public void Frozen_copies_are_skipped_by_default_and_counted_once_in_the_summary()
    {
        using var folder = Site();

        Assert.Equal(new[] { "docs/v2/current.md", "src/Archive/ZipWhitelist.cs", "website/docs/intro.md" }, Paths(Cli.Run(folder.Path, "scan", "--format", "json")));

        var text = Cli.Run(folder.Path, "scan");
        Assert.Contains("4 documents in frozen copies skipped (--include-frozen scans them)", text.Out);
        using var json = Cli.Run(folder.Path, "scan", "--format", "json").Json();
        Assert.Equal(4, json.RootElement.GetProperty("summary").GetProperty("frozenCopiesSkipped").GetInt32());
    }

    [Fact]
    public void Fix_leaves_frozen_copies_alone()
    {
        using var folder = Site();
        Assert.Equal(0, Cli.Run(folder.Path, "fix").ExitCode);
        Assert.Equal(Wording, folder.Read("website/versioned_docs/version-1.0/intro.md"));
        Assert.Equal(Wording, folder.Read("docs/archived/old.md"));
        Assert.NotEqual(Wording, folder.Read("website/docs/intro.md"));
    }

    [Fact]
    public void The_flag_or_the_inclusive_json_key_scans_them()
    {
        using var folder = Site();
        Assert.Equal(7, Paths(Cli.Run(folder.Path, "scan", "--format", "json", "--include-frozen")).Count);

        folder.Write("inclusive.json", "{ \"scanFrozenCopies\": true }");
        var result = Cli.Run(folder.Path, "scan", "--no-fold"); // the copies are alike: folded, they would print once
        Assert.Contains("website/versioned_docs/version-1.0/intro.md", result.Out);
        Assert.DoesNotContain("frozen copies skipped", result.Out);
    }

    [Fact]
    public void A_frozen_folder_named_on_the_command_line_is_scanned_as_asked()
    {
        using var folder = Site();
        var result = Cli.Run(folder.Path, "scan", "website/versioned_docs/version-1.0");
        Assert.Contains("intro.md", result.Out);
    }

    [Fact]
    public void A_mike_version_folder_needs_the_versions_json_beside_it()
    {
        using var folder = new TempFolder();
        folder.Write("site/1.2/index.md", Wording);
        Assert.Contains("site/1.2/index.md", Cli.Run(folder.Path, "scan").Out);

        folder.Write("site/versions.json", "[{\"version\": \"1.2\"}]");
        Assert.DoesNotContain("site/1.2/index.md", Cli.Run(folder.Path, "scan").Out);
    }
}
