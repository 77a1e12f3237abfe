using InclusiveAnalyzers.Build.Selection;
using InclusiveAnalyzers.Build.Tests.Infrastructure;

namespace InclusiveAnalyzers.Build.Tests.Selection;

public class DocumentSelectionTests
{
    [Theory]
    [InlineData("README.md", true)]
    [InlineData("readme.markdown", true)]
    [InlineData("CODE_OF_CONDUCT.md", true)]
    [InlineData("CONTRIBUTING.html", true)]
    [InlineData(".github/CODE_OF_CONDUCT.md", true)]
    [InlineData("docs/guide/setup.md", true)]
    [InlineData("docs/index.htm", true)]
    [InlineData("docs/samples/Counter.razor", true)]
    [InlineData("docs/samples/Index.cshtml", true)]
    [InlineData("docs/samples/Counter.razor.cs", false)]
    // Every extension the scanner parses (DocumentScanner.KindOf), not a list of the task's own.
    [InlineData("docs/page.mdx", true)]
    [InlineData("docs/page.xhtml", true)]
    [InlineData("docs/notes.rst", false)]
    [InlineData("src/Lib/README.md", false)]
    [InlineData("CHANGELOG.md", false)]
    [InlineData("README.txt", false)]
    [InlineData("docs/logo.png", false)]
    public void Default_globs_name_the_repository_documents(string relative, bool expected)
    {
        using var folder = new TempFolder();
        var selection = new DocumentSelection(folder.Path, null);
        Assert.Equal(expected, selection.IsRepositoryDocument(folder.Combine(relative)));
    }

    [Fact]
    public void Nothing_is_a_repository_document_without_a_root()
    {
        var selection = new DocumentSelection(null, null);
        Assert.False(selection.IsRepositoryDocument(Path.GetFullPath("/x/README.md")));
        Assert.Empty(selection.EnumerateRepositoryDocuments());
    }

    [Fact]
    public void Enumeration_finds_root_documents_and_docs_but_not_build_output()
    {
        using var folder = new TempFolder();
        foreach (var file in new[] { "README.md", "CODE_OF_CONDUCT.md", "docs/a.md", "docs/deep/b.html", "docs/obj/c.md", "docs/node_modules/d.md", "src/App/README.md", "notes.md" })
        {
            folder.Write(file, "# x");
        }

        var found = new DocumentSelection(folder.Path, null).EnumerateRepositoryDocuments()
            .Select(p => Path.GetRelativePath(folder.Path, p).Replace('\\', '/')).OrderBy(p => p, StringComparer.Ordinal);
        Assert.Equal(new[] { "CODE_OF_CONDUCT.md", "README.md", "docs/a.md", "docs/deep/b.html" }, found);
    }

    [Fact]
    public void Enumeration_leaves_out_what_git_ignores_and_nuget_packages_but_walks_a_monorepo_packages_folder()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Combine(".git"));
        folder.Write(".gitignore", "docs/_site/\n*.generated.md\n");
        foreach (var file in new[] { "docs/a.md", "docs/_site/index.html", "docs/api.generated.md", "docs/packages/Lib.1.0/readme.md", "docs/packages/Lib.1.0/Lib.1.0.nupkg", "docs/web/packages/ui/README.md" })
        {
            folder.Write(file, "# x");
        }

        var found = new DocumentSelection(folder.Path, null).EnumerateRepositoryDocuments()
            .Select(p => Path.GetRelativePath(folder.Path, p).Replace('\\', '/')).OrderBy(p => p, StringComparer.Ordinal);
        Assert.Equal(new[] { "docs/a.md", "docs/web/packages/ui/README.md" }, found);
    }

    [Fact]
    public void Custom_globs_widen_the_set()
    {
        using var folder = new TempFolder();
        folder.Write("CHANGELOG.md", "x");
        folder.Write("src/App/notes.md", "x");
        var selection = new DocumentSelection(folder.Path, new[] { "/*.md", "/src/**/*.md" });
        var found = selection.EnumerateRepositoryDocuments().Select(Path.GetFileName);
        Assert.Equal(new[] { "CHANGELOG.md", "notes.md" }, found.OrderBy(n => n));
    }

    [Fact]
    public void Documents_in_a_nested_project_folder_belong_to_that_project()
    {
        using var folder = new TempFolder();
        folder.Write("App/App.csproj", "<Project />");
        folder.Write("App/Tools/Gen/Gen.csproj", "<Project />");
        var nested = folder.Write("App/Tools/Gen/docs/readme.md", "x");
        var own = folder.Write("App/Tools/guide.md", "x");
        var selection = new DocumentSelection(null, null);
        Assert.True(selection.IsInNestedProject(nested, folder.Combine("App")));
        Assert.False(selection.IsInNestedProject(own, folder.Combine("App")));
    }

    [Fact]
    public void A_list_that_arrives_as_one_string_is_split()
    {
        using var folder = new TempFolder();
        var selection = new DocumentSelection(folder.Path, new[] { "/CHANGELOG.md;/docs/**" });
        Assert.True(selection.IsRepositoryDocument(folder.Combine("CHANGELOG.md")));
        Assert.True(selection.IsRepositoryDocument(folder.Combine("docs/a.md")));
        Assert.False(selection.IsRepositoryDocument(folder.Combine("README.md")));
    }

    private static readonly string[] FrozenLayout =
    {
        "docs/guide.md",
        "docs/versioned_docs/version-1.0/a.md",          // Docusaurus snapshot
        "docs/community_versioned_docs/version-2.x/b.md", // a second Docusaurus docs plugin
        "docs/version-2.1.0/c.md",                        // a hand-made snapshot named the same way
        "docs/archive/d.md",
        "docs/site/1.2/e.md",                             // mike: a version folder beside versions.json
        "docs/v2/current.md",                             // a version-like name alone is the current API's docs
        "docs/1.4/notes.md",                              // no versions.json beside it: not mike's
        "docs/version-notes/f.md",                        // "version-" but no version number
        "docs/archiving.md",
    };

    private static IReadOnlyList<string> Relative(TempFolder folder, IEnumerable<string> paths) =>
        paths.Select(p => Path.GetRelativePath(folder.Path, p).Replace('\\', '/')).OrderBy(p => p, StringComparer.Ordinal).ToList();

    [Fact]
    public void Frozen_copies_are_skipped_by_default_and_counted()
    {
        using var folder = new TempFolder();
        foreach (var file in FrozenLayout)
        {
            folder.Write(file, "# x");
        }

        folder.Write("docs/site/versions.json", "[]");
        var selection = new DocumentSelection(folder.Path, null);
        var found = Relative(folder, selection.EnumerateRepositoryDocuments());

        Assert.Equal(new[] { "docs/1.4/notes.md", "docs/archiving.md", "docs/guide.md", "docs/v2/current.md", "docs/version-notes/f.md" }, found);
        Assert.Equal(5, selection.FrozenCopiesSkipped);
    }

    [Fact]
    public void Frozen_copies_are_scanned_when_asked()
    {
        using var folder = new TempFolder();
        foreach (var file in FrozenLayout)
        {
            folder.Write(file, "# x");
        }

        folder.Write("docs/site/versions.json", "[]");
        var selection = new DocumentSelection(folder.Path, null, scanFrozenCopies: true);

        Assert.Equal(FrozenLayout.Length, selection.EnumerateRepositoryDocuments().Count);
        Assert.Equal(0, selection.FrozenCopiesSkipped);
    }

    [Fact]
    public void A_folder_named_as_the_root_is_not_judged_frozen()
    {
        // The repository itself may live in a folder called "archive": only folders below the root count.
        using var outer = new TempFolder();
        var root = Path.Combine(outer.Path, "archive", "project");
        Directory.CreateDirectory(Path.Combine(root, "docs"));
        File.WriteAllText(Path.Combine(root, "docs", "a.md"), "# x");

        Assert.Single(new DocumentSelection(root, null).EnumerateRepositoryDocuments());
    }

    [Fact]
    public void A_link_out_of_the_repository_is_not_followed_and_one_inside_is_taken_once()
    {
        using var outside = new TempFolder();
        using var folder = new TempFolder();
        var secret = outside.Write("secret.md", "# secret");
        folder.Write("README.md", "# readme");
        Directory.CreateDirectory(folder.Combine("docs"));
        File.CreateSymbolicLink(folder.Combine("docs/outside.md"), secret);
        File.CreateSymbolicLink(folder.Combine("docs/readme-link.md"), "../README.md");
        Directory.CreateSymbolicLink(folder.Combine("docs/linked-folder"), outside.Path);

        var selection = new DocumentSelection(folder.Path, null);
        var found = Relative(folder, selection.EnumerateRepositoryDocuments());

        Assert.Equal(new[] { "README.md" }, found);
        Assert.Equal(1, selection.LinksNotFollowed);
    }
}
