using InclusiveAnalyzers.Build.Sarif;

namespace InclusiveAnalyzers.Build.Tests.Sarif;

public class ErrorLogTargetTests
{
    [Fact]
    public void A_plain_path_is_sarif_1_relative_to_the_project()
    {
        var target = ErrorLogTarget.Parse("out/build.sarif", "/proj")!;
        Assert.Equal(Path.GetFullPath("/proj/out/build.sarif"), target.Path);
        Assert.False(target.IsVersion2);
    }

    [Theory]
    [InlineData("b.sarif,version=2.1")]
    [InlineData("b.sarif, version = 2")]
    [InlineData("\"b.sarif,version=2.1\"")]
    public void A_version_suffix_asks_for_sarif_2(string value)
    {
        var target = ErrorLogTarget.Parse(value, "/proj")!;
        Assert.True(target.IsVersion2);
        Assert.Equal(Path.GetFullPath("/proj/b.sarif"), target.Path);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void No_value_is_no_log(string? value) => Assert.Null(ErrorLogTarget.Parse(value, "/proj"));
}
