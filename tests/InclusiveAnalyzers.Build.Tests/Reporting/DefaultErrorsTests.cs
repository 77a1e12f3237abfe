using InclusiveAnalyzers.Documents.Analysis;
using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Configuration;

namespace InclusiveAnalyzers.Build.Tests.Reporting;

public class DefaultErrorsTests
{
    private static InclusiveSettings Settings(string json)
    {
        var errors = new List<ConfigError>();
        var config = InclusiveConfig.Parse(json, "/repo/inclusive.json", errors);
        Assert.Empty(errors);
        return InclusiveSettings.Create(config);
    }

    [Fact]
    public void An_error_from_the_rule_default_alone_is_only_the_default()
    {
        Assert.True(DefaultErrors.IsOnlyTheDefault("INCL301", Severity.Error, null, null, "docs/guide.md"));
        Assert.True(DefaultErrors.IsOnlyTheDefault("INCL402", Severity.Error, null, InclusiveSettings.Default, "CODE_OF_CONDUCT.md"));
    }

    [Fact]
    public void Anything_but_an_error_is_left_alone()
    {
        Assert.False(DefaultErrors.IsOnlyTheDefault("INCL301", Severity.Warning, null, null, "docs/guide.md"));
        Assert.False(DefaultErrors.IsOnlyTheDefault("INCL301", Severity.Suggestion, null, null, "docs/guide.md"));
    }

    [Theory]
    [InlineData(Severity.Error)]
    [InlineData(Severity.Warning)]
    public void An_editorconfig_choice_is_the_users(Severity chosen) =>
        Assert.False(DefaultErrors.IsOnlyTheDefault("INCL301", Severity.Error, chosen, null, "docs/guide.md"));

    [Fact]
    public void An_error_on_a_rule_whose_default_is_not_error_was_chosen_by_the_user()
    {
        // INCL201 defaults to warning: an error there comes from a term's severity in inclusive.json.
        Assert.False(DefaultErrors.IsOnlyTheDefault("INCL201", Severity.Error, null, null, "docs/guide.md"));
        Assert.False(DefaultErrors.IsOnlyTheDefault("CS0001", Severity.Error, null, null, "docs/guide.md"));
    }

    [Fact]
    public void Inclusive_json_rules_and_matching_overrides_are_the_users()
    {
        var global = Settings("""{ "rules": { "INCL301": "error" } }""");
        Assert.False(DefaultErrors.IsOnlyTheDefault("INCL301", Severity.Error, null, global, "docs/guide.md"));
        Assert.True(DefaultErrors.IsOnlyTheDefault("INCL340", Severity.Error, null, global, "docs/page.html"));

        var scoped = Settings("""{ "overrides": [ { "files": ["site/**"], "rules": { "INCL301": "error" } } ] }""");
        Assert.False(DefaultErrors.IsOnlyTheDefault("INCL301", Severity.Error, null, scoped, "site/index.md"));
        Assert.True(DefaultErrors.IsOnlyTheDefault("INCL301", Severity.Error, null, scoped, "docs/guide.md"));
    }
}
