using InclusiveAnalyzers.Core.Selection;

namespace InclusiveAnalyzers.Core.Tests.Selection;

public sealed class FileSelectionTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "incl-select-" + Guid.NewGuid().ToString("N")[..12]);

    public FileSelectionTests() => Directory.CreateDirectory(root);

    public void Dispose()
    {
        try { Directory.Delete(root, recursive: true); } catch (IOException) { }
    }

    private string Write(string relative, string text = "x")
    {
        var full = Path.Combine(root, relative.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return full;
    }

    [Theory]
    [InlineData("bin", true)]
    [InlineData("OBJ", true)]
    [InlineData("node_modules", true)]
    [InlineData(".git", true)]
    [InlineData(".vs", true)]
    [InlineData("artifacts", true)]
    [InlineData("docs", false)]
    [InlineData("binaries", false)]
    [InlineData(".github", false)]
    public void Build_output_caches_and_tool_state_are_skipped_by_name(string name, bool expected) =>
        Assert.Equal(expected, FileSelection.IsSkippedFolder(Path.Combine(root, name)));

    [Fact]
    public void A_packages_folder_is_skipped_only_when_it_holds_nuget_packages()
    {
        Write("nuget/packages/Newtonsoft.Json.13.0.3/Newtonsoft.Json.13.0.3.nupkg");
        Write("web/packages/ui/README.md");
        Assert.True(FileSelection.IsSkippedFolder(Path.Combine(root, "nuget", "packages")));
        Assert.False(FileSelection.IsSkippedFolder(Path.Combine(root, "web", "packages")));
        Assert.False(FileSelection.IsSkippedFolder(Path.Combine(root, "missing", "packages")));
    }

    [Fact]
    public void Ignore_files_above_a_folder_apply_up_to_the_repository_root_and_no_further()
    {
        Write(".gitignore", "guide.md\n"); // above the repository root: not git's business
        Directory.CreateDirectory(Path.Combine(root, "repo", ".git", "info"));
        Write("repo/.git/info/exclude", "secret.md\n");
        Write("repo/.gitignore", "gen/\n");
        Write("repo/docs/.gitignore", "!keep.md\ndraft.md\n");
        var ignores = FileSelection.IgnoresAbove(Path.Combine(root, "repo", "docs", "sub"));
        Assert.True(ignores.IsIgnored(Path.Combine(root, "repo", "docs", "sub", "secret.md"), isDirectory: false));
        Assert.True(ignores.IsIgnored(Path.Combine(root, "repo", "docs", "sub", "draft.md"), isDirectory: false));
        Assert.True(ignores.IsIgnored(Path.Combine(root, "repo", "docs", "sub", "gen"), isDirectory: true));
        Assert.False(ignores.IsIgnored(Path.Combine(root, "repo", "docs", "sub", "gen"), isDirectory: false));
        Assert.False(ignores.IsIgnored(Path.Combine(root, "repo", "docs", "sub", "guide.md"), isDirectory: false));
    }

    [Fact]
    public void Outside_a_repository_no_ignore_file_applies_and_entering_a_folder_adds_its_own()
    {
        Write("plain/.gitignore", "*.md\n");
        var above = FileSelection.IgnoresAbove(Path.Combine(root, "plain"));
        Assert.Equal(0, above.Count);
        var inside = FileSelection.Entering(above, Path.Combine(root, "plain"));
        Assert.True(inside.IsIgnored(Path.Combine(root, "plain", "a.md"), isDirectory: false));
        Assert.False(inside.IsIgnored(Path.Combine(root, "other", "a.md"), isDirectory: false));
    }

    [Theory]
    [InlineData("a.md", FileKind.Markdown)]
    [InlineData("a.MDX", FileKind.Markdown)]
    [InlineData("a.xhtml", FileKind.Html)]
    [InlineData("Counter.razor", FileKind.Razor)]
    [InlineData("Index.cshtml", FileKind.Razor)]
    [InlineData("Program.cs", FileKind.CSharp)]
    [InlineData("Counter.razor.cs", FileKind.CSharp)]
    [InlineData("notes.rst", FileKind.Unknown)]
    [InlineData("README", FileKind.Unknown)]
    public void One_list_of_extensions_names_each_kind(string path, FileKind expected) => Assert.Equal(expected, FileKinds.Of(path));

    [Fact]
    public void Plain_text_is_a_code_of_conduct_format_but_not_a_document()
    {
        Assert.True(FileKinds.IsTextDocument("CODE_OF_CONDUCT.txt"));
        Assert.True(FileKinds.IsTextDocument("CODE_OF_CONDUCT"));
        Assert.True(FileKinds.IsTextDocument("CODE_OF_CONDUCT.md"));
        Assert.False(FileKinds.IsDocument("CODE_OF_CONDUCT.txt"));
        Assert.False(FileKinds.IsTextDocument("CODE_OF_CONDUCT.pdf"));
        Assert.False(FileKinds.IsTextDocument("Program.cs"));
    }
}
