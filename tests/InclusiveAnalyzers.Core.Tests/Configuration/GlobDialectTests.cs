using InclusiveAnalyzers.Core.Configuration;
using InclusiveAnalyzers.Core.Configuration.Globbing;
using InclusiveAnalyzers.Core.Selection;

namespace InclusiveAnalyzers.Core.Tests.Configuration;

/// <summary>
/// One compiler, three dialects: the same pattern read by inclusive.json, .editorconfig and .gitignore
/// front ends, where the formats agree and where they differ (docs/configuration.md, "Glob dialects").
/// </summary>
public class GlobDialectTests
{
    private static bool Json(string glob, string path) => Glob.IsMatch(glob, path);

    private static bool EditorConfig(string section, string path) =>
        EditorConfigFile.Parse("[" + section + "]\nk = v\n", "/repo/.editorconfig").Sections[0].IsMatch("/" + path);

    private static bool GitIgnore(string line, string path) =>
        GitIgnoreFile.Parse(line, "/repo").IsIgnored(path, isDirectory: false) == true;

    private static bool Compiles(string body, GlobDialect dialect) => GlobCompiler.Translate(body, dialect, new GlobBuilder().Start()) is null;

    [Theory]
    [InlineData("*.md", "docs/a.md", true)]
    [InlineData("*.md", "docs/a.html", false)]
    [InlineData("docs/*.md", "docs/sub/a.md", false)]
    [InlineData("docs/**/a.md", "docs/x/y/a.md", true)]
    [InlineData("[a-c].md", "b.md", true)]
    [InlineData("[a-c].md", "d.md", false)]
    [InlineData("[!a-c].md", "d.md", true)]
    public void The_dialects_agree_on_the_common_core(string pattern, string path, bool expected)
    {
        Assert.Equal(expected, Json(pattern, path));
        Assert.Equal(expected, EditorConfig(pattern, path));
        Assert.Equal(expected, GitIgnore(pattern, path));
    }

    [Fact]
    public void Braces_are_alternatives_in_inclusive_json_and_editorconfig_but_literal_in_gitignore()
    {
        Assert.True(Json("*.{md,html}", "a.html"));
        Assert.True(EditorConfig("*.{md,html}", "a.html"));
        Assert.False(GitIgnore("*.{md,html}", "a.html"));
        Assert.True(GitIgnore("*.{md,html}", "a.{md,html}"));
    }

    [Fact]
    public void Number_ranges_are_an_editorconfig_feature()
    {
        Assert.True(EditorConfig("ch{1..3}.md", "ch2.md"));
        Assert.False(EditorConfig("ch{1..3}.md", "ch4.md"));
        Assert.False(Json("ch{1..3}.md", "ch2.md"));
        Assert.True(Json("ch{1..3}.md", "ch1..3.md"));
    }

    [Fact]
    public void Double_star_before_a_slash_may_be_no_folder_except_in_editorconfig()
    {
        Assert.True(Json("**/a.md", "a.md"));
        Assert.True(GitIgnore("**/a.md", "a.md"));
        Assert.False(EditorConfig("**/a.md", "a.md"));
        Assert.True(EditorConfig("**/a.md", "x/a.md"));
    }

    [Fact]
    public void Double_star_inside_a_segment_stays_in_the_folder_only_in_gitignore()
    {
        Assert.True(Json("a**b", "a/x/b"));
        Assert.True(EditorConfig("a**b", "a/x/b"));
        Assert.False(GitIgnore("a**b", "a/x/b"));
        Assert.True(GitIgnore("a**b", "axxb"));
    }

    [Fact]
    public void Question_mark_crosses_a_slash_only_in_editorconfig()
    {
        Assert.True(EditorConfig("x/a?b", "x/a/b"));
        Assert.False(Json("x/a?b", "x/a/b"));
        Assert.False(GitIgnore("x/a?b", "x/a/b"));
    }

    [Fact]
    public void Caret_negates_a_class_only_in_gitignore()
    {
        Assert.True(GitIgnore("[^a].md", "b.md"));
        Assert.False(GitIgnore("[^a].md", "a.md"));
        Assert.False(Json("[^a].md", "b.md"));
        Assert.True(Json("[^a].md", "a.md"));
    }

    [Fact]
    public void Backslash_escapes_in_editorconfig_and_gitignore_and_separates_folders_in_inclusive_json()
    {
        Assert.True(EditorConfig("\\*.md", "*.md"));
        Assert.False(EditorConfig("\\*.md", "a.md"));
        Assert.True(GitIgnore("\\*.md", "*.md"));
        Assert.False(GitIgnore("\\*.md", "a.md"));
        Assert.True(Json("docs\\*.md", "docs/a.md"));
    }

    [Fact]
    public void Malformed_patterns_match_nothing_in_editorconfig_and_are_read_literally_elsewhere()
    {
        Assert.False(Compiles("{a,b", GlobDialect.EditorConfig));
        Assert.False(Compiles("a}", GlobDialect.EditorConfig));
        Assert.False(Compiles("[ab", GlobDialect.EditorConfig));
        Assert.False(Compiles("a\\", GlobDialect.EditorConfig));
        Assert.True(Compiles("{a,b", GlobDialect.InclusiveJson));
        Assert.True(Compiles("a}", GlobDialect.InclusiveJson));
        Assert.True(Json("a}", "a}"));
        Assert.True(GitIgnore("[ab", "[ab"));
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("[z-a]")]
    public void Empty_classes_and_reversed_ranges_match_nothing_in_every_dialect(string glob)
    {
        Assert.NotNull(GlobCompiler.Translate(glob, GlobDialect.InclusiveJson, new GlobBuilder().Start()));
        Assert.False(Compiles(glob, GlobDialect.EditorConfig));
        Assert.False(GitIgnore("[z-a]", "b"));
        Assert.Contains("matches nothing", Glob.Problem(glob));
    }

    [Fact]
    public void A_closing_bracket_first_in_a_class_is_a_character_in_gitignore()
    {
        Assert.True(GitIgnore("[]a].md", "].md"));
        Assert.True(GitIgnore("[]a].md", "a.md"));
        Assert.False(GitIgnore("[]a].md", "b.md"));
    }

    [Fact]
    public void Ordinary_patterns_compile_in_every_dialect()
    {
        foreach (var dialect in new[] { GlobDialect.InclusiveJson, GlobDialect.EditorConfig, GlobDialect.GitIgnore })
        {
            Assert.True(Compiles("docs/**/*.[mh]d", dialect), dialect.Name);
        }
    }
}
