using InclusiveAnalyzers.Core.Configuration;
using InclusiveAnalyzers.Core.Terms;
using InclusiveAnalyzers.Core.Tests.Terms;

namespace InclusiveAnalyzers.Core.Tests.Configuration;

public class InclusiveConfigTests
{
    private static (InclusiveConfig Config, List<ConfigError> Errors) Parse(string json)
    {
        var errors = new List<ConfigError>();
        var config = InclusiveConfig.Parse(json, "/repo/inclusive.json", errors, TestCatalog.Catalog);
        return (config, errors);
    }

    private static string[] Find(InclusiveConfig config, string text, string? path = null)
    {
        var catalog = TestCatalog.Catalog.Merge(config.Terms, Array.Empty<string>());
        var options = MatcherOptions.Combine(new[] { config.Options }.Concat(config.Overrides.Where(o => o.Applies(path)).Select(o => o.Options)));
        List<TermMatch>? results = null;
        TermMatcher.Create(catalog, options).FindInProse(text, 0, text.Length, ref results);
        return (results ?? new()).Select(m => $"{m.Term.Id}:{m.Severity}:{string.Join(",", m.Term.Replacements)}").ToArray();
    }

    [Fact]
    public void A_valid_file_parses_without_errors()
    {
        var (config, errors) = Parse("""
        {
          "$schema": "https://example.org/inclusive.schema.json",
          // comments are allowed
          "terms": [
            { "id": "master", "severity": "error", "replacements": ["main"] },
            { "id": "guru", "words": ["guru"], "inflect": ["plural"], "replacements": ["expert"], "category": "cultural", "severity": "suggestion" }
          ],
          "disable": ["slave"],
          "enable": ["mastermind"],
          "categories": { "condescending": true },
          "allow": ["master branch"],
          "rules": { "INCL103": "warning" },
          "include": ["docs/**"],
          "exclude": ["docs/legacy/**"],
          "overrides": [ { "files": ["legacy/**"], "disable": ["master"] } ],
        }
        """);
        Assert.Empty(errors);
        Assert.Equal(Severity.Warning, config.RuleSeverities["INCL103"]);
        Assert.Equal(new[] { "docs/**" }, config.Include);
        Assert.Equal(new[] { "docs/legacy/**" }, config.Exclude);
        Assert.Equal(new[] { "master:Error:main" }, Find(config, "the master node"));
        Assert.Empty(Find(config, "the master branch"));
        Assert.Empty(Find(config, "a slave"));
        Assert.Equal(new[] { "guru:Suggestion:expert" }, Find(config, "ask the gurus"));
        Assert.Equal(new[] { "simply:Suggestion:" }, Find(config, "simply"));
        Assert.Equal(new[] { "mastermind:Suggestion:" }, Find(config, "mastermind"));
        Assert.Empty(Find(config, "the master node", "legacy/old.md"));
        Assert.Single(Find(config, "the master node", "src/new.md"));
    }

    [Theory]
    [InlineData("{ \"disable\": [\"slave\" ", 1, 23, "']' was expected")]
    [InlineData("{\n  \"severity\": 1\n}", 2, 3, "Unknown property \"severity\"")]
    [InlineData("{\n  \"terms\": [ { \"id\": \"master\", \"severity\": \"loud\" } ]\n}", 2, 44, "'loud' is not a severity")]
    [InlineData("{\n  \"terms\": [ { \"id\": \"new\" } ]\n}", 2, 14, "needs \"words\"")]
    [InlineData("{\n  \"disable\": [\"nosuchterm\"]\n}", 2, 15, "no catalog defines")]
    [InlineData("{\n  \"categories\": { \"rude\": true }\n}", 2, 19, "Unknown category 'rude'")]
    [InlineData("{\n  \"rules\": { \"INCL999\": \"none\" }\n}", 2, 14, "Unknown rule id 'INCL999'")]
    [InlineData("{\n  \"allow\": \"master\"\n}", 2, 12, "must be an array")]
    [InlineData("{\n  \"overrides\": [ { \"disable\": [] } ]\n}", 2, 18, "needs \"files\"")]
    [InlineData("[]", 1, 1, "must be an object")]
    [InlineData("{ \"allow\": [\"a\n", 1, 15, "Unterminated string")]
    public void Problems_are_located_and_explained(string json, int line, int column, string message)
    {
        var (_, errors) = Parse(json);
        var error = Assert.Single(errors);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(message, error.Message);
        Assert.Equal("/repo/inclusive.json", error.Path);
    }

    [Fact]
    public void What_parses_still_applies_next_to_an_error()
    {
        var (config, errors) = Parse("{ \"disable\": [\"slave\"], \"bogus\": 1 }");
        Assert.Single(errors);
        Assert.Empty(Find(config, "a slave"));
    }

    [Fact]
    public void Empty_text_is_an_empty_configuration()
    {
        var (config, errors) = Parse("   ");
        Assert.Empty(errors);
        Assert.Empty(config.Terms);
    }
}

public class CodeOfConductSettingTests
{
    private static (InclusiveConfig Config, List<ConfigError> Errors) Parse(string json)
    {
        var errors = new List<ConfigError>();
        return (InclusiveConfig.Parse(json, "/repo/inclusive.json", errors), errors);
    }

    [Fact]
    public void Adopts_and_contact_are_read()
    {
        var (config, errors) = Parse("""{ "codeOfConduct": { "adopts": "https://widgets.example.org/code-of-conduct", "contact": "conduct@widgets.example.org" } }""");
        Assert.Empty(errors);
        Assert.Equal("https://widgets.example.org/code-of-conduct", config.CodeOfConduct!.Adopts);
        Assert.Equal("conduct@widgets.example.org", config.CodeOfConduct.Contact);
    }

    [Fact]
    public void Contact_alone_is_enough()
    {
        var (config, errors) = Parse("""{ "codeOfConduct": { "contact": "conduct@widgets.example.org" } }""");
        Assert.Empty(errors);
        Assert.Null(config.CodeOfConduct!.Adopts);
    }

    [Fact]
    public void No_setting_is_null()
    {
        Assert.Null(Parse("{}").Config.CodeOfConduct);
    }

    [Theory]
    [InlineData("{\n  \"codeOfConduct\": {\n    \"adopts\": \"dotnetfoundation.org/code-of-conduct\"\n  }\n}", 3, 15, "not a web address")]
    [InlineData("{\n  \"codeOfConduct\": {\n    \"adopts\": \"ftp://example.org/coc\"\n  }\n}", 3, 15, "not a web address")]
    [InlineData("{\n  \"codeOfConduct\": {\n    \"contact\": \"  \"\n  }\n}", 3, 16, "is empty")]
    [InlineData("{\n  \"codeOfConduct\": {\n    \"adopt\": \"https://example.org/coc\"\n  }\n}", 3, 5, "Unknown property \"adopt\"")]
    [InlineData("{\n  \"codeOfConduct\": \"https://example.org/coc\"\n}", 2, 20, "\"codeOfConduct\"")]
    [InlineData("{\n  \"codeOfConduct\": {\n    \"adopts\": 3\n  }\n}", 3, 15, "\"codeOfConduct.adopts\"")]
    public void Mistakes_are_located_errors_and_never_throw(string json, int line, int column, string message)
    {
        var (config, errors) = Parse(json);
        Assert.Contains(errors, e => e.Line == line && e.Column == column && e.Message.Contains(message, StringComparison.Ordinal));
        Assert.True(config.CodeOfConduct is null || config.CodeOfConduct.Adopts is null);
    }

    [Fact]
    public void Bad_adopts_keeps_a_good_contact()
    {
        var (config, errors) = Parse("""{ "codeOfConduct": { "adopts": "not a url", "contact": "conduct@widgets.example.org" } }""");
        Assert.Single(errors);
        Assert.Equal("conduct@widgets.example.org", config.CodeOfConduct!.Contact);
    }
}
