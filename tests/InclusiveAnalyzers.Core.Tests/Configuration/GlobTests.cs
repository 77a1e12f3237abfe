using InclusiveAnalyzers.Core.Configuration;

namespace InclusiveAnalyzers.Core.Tests.Configuration;

public class GlobTests
{
    [Theory]
    [InlineData("*.md", "README.md", true)]
    [InlineData("*.md", "docs/guide/intro.md", true)]
    [InlineData("*.md", "docs/intro.html", false)]
    [InlineData("docs/*.md", "docs/intro.md", true)]
    [InlineData("docs/*.md", "docs/a/intro.md", false)]
    [InlineData("docs/**/*.md", "docs/a/b/intro.md", true)]
    [InlineData("docs/**/*.md", "docs/intro.md", true)]
    [InlineData("legacy/**", "legacy/x/y.cs", true)]
    [InlineData("legacy/", "legacy/x.md", true)]
    [InlineData("legacy", "src/legacy/x.md", true)]
    [InlineData("/legacy", "src/legacy/x.md", false)]
    [InlineData("*.{md,html}", "a/b.html", true)]
    [InlineData("file?.md", "file1.md", true)]
    [InlineData("[abc].md", "b.md", true)]
    [InlineData("[!abc].md", "b.md", false)]
    [InlineData("*.md", "docs\\intro.md", true)]
    public void Matches_like_editorconfig_and_gitignore(string pattern, string path, bool expected)
        => Assert.Equal(expected, Glob.IsMatch(pattern, path));
}
