using InclusiveAnalyzers.Cli.Reporting;
using InclusiveAnalyzers.Core;

namespace InclusiveAnalyzers.Cli.Tests.Reporting;

public class EscapingTests
{
    [Fact]
    public void GitHub_annotation_escaping()
    {
        Assert.Equal("50%25 done%0Anext%0D", GitHubReporter.EscapeData("50% done\nnext\r"));
        Assert.Equal("a%3Ab%2Cc", GitHubReporter.EscapeProperty("a:b,c"));
    }

    [Theory]
    [InlineData("docs/guide.md", "docs/guide.md")]
    [InlineData("docs/my guide.md", "docs/my%20guide.md")]
    [InlineData("../inclusive.json", "../inclusive.json")]
    [InlineData("docs/100%.md", "docs/100%25.md")]
    [InlineData("docs/#1.md", "docs/%231.md")]
    public void Sarif_uris_are_escaped_per_segment(string path, string uri) => Assert.Equal(uri, SarifReporter.RelativeUri(path));

    [Theory]
    [InlineData(Severity.Error, "error")]
    [InlineData(Severity.Warning, "warning")]
    [InlineData(Severity.Suggestion, "note")]
    [InlineData(Severity.Silent, "none")]
    public void Sarif_levels(Severity severity, string level) => Assert.Equal(level, SarifReporter.Level(severity));
}
