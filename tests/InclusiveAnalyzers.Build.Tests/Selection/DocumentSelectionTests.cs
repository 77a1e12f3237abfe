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
}
