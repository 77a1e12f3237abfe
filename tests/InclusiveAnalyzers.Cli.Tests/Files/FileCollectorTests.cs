using InclusiveAnalyzers.Cli.Files;

namespace InclusiveAnalyzers.Cli.Tests.Files;

public class FileCollectorTests
{
    private static bool IsMarkdown(string path) => path.EndsWith(".md", StringComparison.Ordinal);

    private static List<string> Collect(TempFolder folder, bool gitIgnore = true, IReadOnlyList<string>? include = null, IReadOnlyList<string>? exclude = null, params string[] paths)
    {
        var collector = new FileCollector(IsMarkdown, gitIgnore, folder.Path, include ?? Array.Empty<string>(), exclude ?? Array.Empty<string>());
        var skipped = new List<SkippedFile>();
        var roots = paths.Length == 0 ? new[] { folder.Path } : paths.Select(p => folder[p]).ToArray();
        return collector.Collect(roots, skipped).Select(f => Path.GetRelativePath(folder.Path, f.FullPath).Replace('\\', '/')).ToList();
    }

    [Fact]
    public void Walks_folders_skipping_build_output_and_dependencies()
    {
        using var folder = new TempFolder();
        foreach (var path in new[] { "README.md", "docs/a.md", ".github/CODE_OF_CONDUCT.md", "bin/x.md", "obj/x.md", "node_modules/p/README.md", ".git/x.md", "src/Bin/y.md", "notes.txt" })
        {
            folder.Write(path, "text");
        }

        Assert.Equal(new[] { ".github/CODE_OF_CONDUCT.md", "README.md", "docs/a.md" }, Collect(folder));
    }

    [Fact]
    public void Honours_nested_gitignore_files_with_negation_and_directory_patterns()
    {
        using var folder = new TempFolder();
        folder.Write(".gitignore", "generated/\n*.draft.md\n");
        folder.Write("docs/.gitignore", "!keep.draft.md\n/local.md\n");
        foreach (var path in new[] { "a.md", "b.draft.md", "generated/c.md", "docs/keep.draft.md", "docs/other.draft.md", "docs/local.md", "docs/sub/local.md" })
        {
            folder.Write(path, "text");
        }

        Assert.Equal(new[] { "a.md", "docs/keep.draft.md", "docs/sub/local.md" }, Collect(folder));
        Assert.Equal(7, Collect(folder, gitIgnore: false).Count);
    }

    [Fact]
    public void Gitignore_above_the_scanned_folder_applies_inside_a_repository()
    {
        using var folder = new TempFolder();
        folder.MakeRepository();
        folder.Write(".gitignore", "docs/_build/\n");
        folder.Write(".git/info/exclude", "private.md\n");
        folder.Write("docs/_build/page.md", "text");
        folder.Write("docs/private.md", "text");
        folder.Write("docs/page.md", "text");

        Assert.Equal(new[] { "docs/page.md" }, Collect(folder, paths: "docs"));
    }

    [Fact]
    public void A_file_named_on_the_command_line_is_taken_even_if_ignored()
    {
        using var folder = new TempFolder();
        folder.Write(".gitignore", "*.md\n");
        folder.Write("a.md", "text");

        Assert.Empty(Collect(folder));
        Assert.Equal(new[] { "a.md" }, Collect(folder, paths: "a.md"));
    }

    [Fact]
    public void Include_and_exclude_globs_from_inclusive_json()
    {
        using var folder = new TempFolder();
        foreach (var path in new[] { "README.md", "docs/a.md", "docs/legacy/b.md", "other/c.md" })
        {
            folder.Write(path, "text");
        }

        Assert.Equal(new[] { "docs/a.md" }, Collect(folder, include: new[] { "docs/**" }, exclude: new[] { "docs/legacy/**" }));
        Assert.Equal(new[] { "README.md", "docs/a.md", "other/c.md" }, Collect(folder, exclude: new[] { "legacy" }));
    }

    [Fact]
    public void Named_file_of_another_kind_is_reported_not_scanned()
    {
        using var folder = new TempFolder();
        var png = folder.Write("logo.png", "x");
        var skipped = new List<SkippedFile>();
        var files = new FileCollector(IsMarkdown, true, null, Array.Empty<string>(), Array.Empty<string>()).Collect(new[] { png }, skipped);
        Assert.Empty(files);
        Assert.Contains("not a file kind", Assert.Single(skipped).Reason);
    }
}
