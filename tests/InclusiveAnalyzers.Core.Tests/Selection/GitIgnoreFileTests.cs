using InclusiveAnalyzers.Core.Selection;

namespace InclusiveAnalyzers.Core.Tests.Selection;

public class GitIgnoreFileTests
{
    private static bool? Check(string gitignore, string path, bool isDirectory = false) =>
        GitIgnoreFile.Parse(gitignore, "/repo").IsIgnored(path, isDirectory);

    [Theory]
    [InlineData("*.md", "a.md", true)]
    [InlineData("*.md", "docs/deep/a.md", true)]           // no slash: any depth
    [InlineData("*.md", "a.html", null)]
    [InlineData("build", "build", true)]
    [InlineData("build", "src/build", true)]
    [InlineData("/build", "src/build", null)]              // leading slash: anchored
    [InlineData("/build", "build", true)]
    [InlineData("docs/*.md", "docs/a.md", true)]           // middle slash: anchored
    [InlineData("docs/*.md", "x/docs/a.md", null)]
    [InlineData("docs/*.md", "docs/sub/a.md", null)]       // '*' stays in a folder
    [InlineData("**/gen", "a/b/gen", true)]
    [InlineData("**/gen", "gen", true)]
    [InlineData("docs/**", "docs/a/b.md", true)]
    [InlineData("a/**/b", "a/b", true)]
    [InlineData("a/**/b", "a/x/y/b", true)]
    [InlineData("a?.md", "ab.md", true)]
    [InlineData("a?.md", "a/.md", null)]
    [InlineData("[abc].md", "b.md", true)]
    [InlineData("[!abc].md", "b.md", null)]
    [InlineData("[a-c].md", "c.md", true)]
    [InlineData("\\#notes.md", "#notes.md", true)]
    [InlineData("\\!important.md", "!important.md", true)]
    [InlineData("trailing.md   ", "trailing.md", true)]    // unescaped trailing spaces dropped
    [InlineData("# comment", "# comment", null)]
    public void Patterns_match_as_git_matches_them(string pattern, string path, bool? expected) => Assert.Equal(expected, Check(pattern, path));

    [Fact]
    public void Directory_only_patterns_skip_files()
    {
        Assert.Equal(true, Check("out/", "out", isDirectory: true));
        Assert.Null(Check("out/", "out", isDirectory: false));
        Assert.Equal(true, Check("out/", "src/out", isDirectory: true));
    }

    [Fact]
    public void Last_matching_pattern_wins_and_negation_reincludes()
    {
        const string file = "*.md\n!keep.md\n";
        Assert.Equal(true, Check(file, "drop.md"));
        Assert.Equal(false, Check(file, "keep.md"));
        Assert.Equal(true, Check("!keep.md\n*.md\n", "keep.md"));
    }

    [Fact]
    public void Crlf_files_are_read()
    {
        Assert.Equal(true, Check("a.md\r\nb.md\r\n", "b.md"));
    }
}
