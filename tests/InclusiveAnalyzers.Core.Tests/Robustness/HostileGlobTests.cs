using System.Diagnostics;
using System.Text;
using InclusiveAnalyzers.Core.Configuration;

namespace InclusiveAnalyzers.Core.Tests.Robustness;

/// <summary>
/// Globs written to make a backtracking matcher take exponential time (issue 9): each must be decided
/// in milliseconds, with the same answer a careful matcher gives.
/// </summary>
public class HostileGlobTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(2);

    private static T Timed<T>(Func<T> work)
    {
        var watch = Stopwatch.StartNew();
        var result = work();
        Assert.True(watch.Elapsed < Bound, $"took {watch.Elapsed}");
        return result;
    }

    private static string Repeat(string unit, int count) => string.Concat(Enumerable.Repeat(unit, count));

    private static readonly string DeepPath = Repeat("d/", 40) + "file.md";

    [Fact]
    public void Repeated_double_stars_decide_quickly()
    {
        Assert.False(Timed(() => Glob.IsMatch(Repeat("**/", 60) + "x", DeepPath)));
        Assert.True(Timed(() => Glob.IsMatch(Repeat("**/", 60) + "file.md", DeepPath)));
        Assert.False(Timed(() => Glob.IsMatch(Repeat("**/d", 60) + "/x", DeepPath)));
    }

    [Fact]
    public void Stars_separated_by_letters_decide_quickly()
    {
        var path = Repeat("a", 5000);
        Assert.False(Timed(() => Glob.IsMatch(Repeat("*a", 40) + "b", path)));
        Assert.True(Timed(() => Glob.IsMatch(Repeat("*a", 40), path)));
        Assert.False(Timed(() => Glob.IsMatch(Repeat("**a", 40) + "b", Repeat("a/", 2000) + "c")));
    }

    [Fact]
    public void Nested_braces_decide_quickly_and_match_what_they_spell()
    {
        var nested = Repeat("{a,", 20) + "b" + Repeat("}", 20);
        var glob = Repeat(nested, 6) + ".md";
        Assert.True(Timed(() => Glob.IsMatch(glob, "aaabab.md")));
        Assert.False(Timed(() => Glob.IsMatch(glob, "aaabac.md")));
        Assert.Null(Glob.Problem(glob));
    }

    [Fact]
    public void Braces_nested_too_deeply_are_a_problem_and_match_nothing()
    {
        var glob = Repeat("{a,", 40) + "b" + Repeat("}", 40);
        Assert.Contains("nests braces", Glob.Problem(glob));
        Assert.False(Timed(() => Glob.IsMatch(glob, "b")));
    }

    [Fact]
    public void Overlong_globs_are_a_problem_and_match_nothing()
    {
        var glob = new string('a', 5000);
        Assert.Contains("4,096", Glob.Problem(glob));
        Assert.False(Glob.IsMatch(glob, glob));
        Assert.Null(Glob.Problem("docs/**/*.{md,html}"));
    }

    [Fact]
    public void Unclosed_braces_and_empty_classes_do_not_throw()
    {
        Assert.True(Glob.IsMatch("{a,b", "b"));
        Assert.False(Glob.IsMatch("[].md", "a.md"));
        Assert.False(Glob.IsMatch("x[", "x"));
        Assert.True(Glob.IsMatch("x[", "x["));
    }

    [Fact]
    public void Editorconfig_sections_with_hostile_names_decide_quickly()
    {
        // In .editorconfig "**/" is ".*/": 30 of them need 30 folders.
        var config = EditorConfigFile.Parse("[" + Repeat("**/", 30) + "x.md]\nk = v\n[" + Repeat("{a,", 20) + "b" + Repeat("}", 20) + "]\nk = w\n", "/repo/.editorconfig");
        Assert.False(Timed(() => config.Sections[0].IsMatch("/" + DeepPath)));
        Assert.True(Timed(() => config.Sections[0].IsMatch("/" + Repeat("d/", 40) + "x.md")));
        Assert.False(Timed(() => config.Sections[0].IsMatch("/" + Repeat("d/", 20) + "x.md")));
        Assert.True(Timed(() => config.Sections[1].IsMatch("/q/a")));
        Assert.False(Timed(() => config.Sections[1].IsMatch("/q/c")));
    }

    [Fact]
    public void Editorconfig_braces_nested_too_deeply_make_the_section_invalid()
    {
        var name = Repeat("{a,", 40) + "b" + Repeat("}", 40);
        var config = EditorConfigFile.Parse("[" + name + "]\nk = v\n", "/repo/.editorconfig");
        Assert.False(config.Sections[0].IsValid);
        Assert.False(config.Sections[0].IsMatch("/b"));
    }

    [Theory]
    [InlineData("[a{1..3}.md]", "/x/a2.md", true)]
    [InlineData("[a{1..3}.md]", "/x/a4.md", false)]
    [InlineData("[a{-5..5}.md]", "/x/a-3.md", true)]
    [InlineData("[a{1..3}.md]", "/x/a.md", false)]
    [InlineData("[a{1..3}.md]", "/x/a99999999999999999999.md", false)]
    [InlineData("[{1..3}{1..3}]", "/x/13", true)]
    [InlineData("[{1..3}{1..3}]", "/x/14", false)]
    public void Number_ranges_are_checked_by_value(string section, string path, bool expected)
    {
        var config = EditorConfigFile.Parse(section + "\nk = v\n", "/repo/.editorconfig");
        Assert.Equal(expected, config.Sections[0].IsMatch(path));
    }

    [Fact]
    public void Long_paths_are_linear()
    {
        // Four times the path must cost about four times as much (a backtracking matcher pays far more).
        var glob = Repeat("**/", 20) + "*a*b*c*d";
        Linearity.AssertLinear(size => () => Glob.IsMatch(glob, Repeat("abc/", size)), 2_000);
    }
}

public class HostileConfigGlobTests
{
    [Fact]
    public void Unusable_globs_in_inclusive_json_are_located_errors_and_the_rest_is_read()
    {
        var nested = string.Concat(Enumerable.Repeat("{a,", 40)) + "b" + new string('}', 40);
        var json = "{\n  \"exclude\": [\"vendor/**\", \"" + nested + "\"],\n  \"overrides\": [ { \"files\": [\"" + new string('x', 5000) + "\"], \"disable\": [\"master\"] } ]\n}";
        var errors = new List<ConfigError>();
        var config = InclusiveConfig.Parse(json, "/repo/inclusive.json", errors, Terms.TestCatalog.Catalog);
        Assert.Equal(2, errors.Count);
        Assert.Equal(2, errors[0].Line);
        Assert.Contains("\"exclude\"", errors[0].Message);
        Assert.Contains("nests braces", errors[0].Message);
        Assert.Equal(3, errors[1].Line);
        Assert.Contains("4,096", errors[1].Message);
        Assert.Equal(new[] { "vendor/**", nested }, config.Exclude);
        Assert.True(Glob.IsMatch(config.Exclude[0], "vendor/x.md"));
    }

    [Fact]
    public void Ordinary_globs_give_no_error()
    {
        var errors = new List<ConfigError>();
        InclusiveConfig.Parse("{ \"exclude\": [\"docs/**/*.{md,html}\", \"**/bin/\", \"{a,{b,c}}\"] }", "/repo/inclusive.json", errors, Terms.TestCatalog.Catalog);
        Assert.Empty(errors);
    }
}
