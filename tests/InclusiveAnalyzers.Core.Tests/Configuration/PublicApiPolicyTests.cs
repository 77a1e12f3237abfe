using InclusiveAnalyzers.Core.Configuration;
using Xunit;

namespace InclusiveAnalyzers.Core.Tests.Configuration;

public class PublicApiPolicyTests
{
    private static (InclusiveConfig Config, List<ConfigError> Errors) Parse(string json)
    {
        var errors = new List<ConfigError>();
        return (InclusiveConfig.Parse(json, "/repo/inclusive.json", errors), errors);
    }

    [Theory]
    [InlineData("forward", PublicApiPolicy.Forward)]
    [InlineData("rename", PublicApiPolicy.Rename)]
    [InlineData("Skip", PublicApiPolicy.Skip)]
    public void Inclusive_json_sets_the_policy(string value, PublicApiPolicy expected)
    {
        var (config, errors) = Parse($$"""{ "publicApi": "{{value}}" }""");
        Assert.Empty(errors);
        Assert.Equal(expected, config.PublicApi);
    }

    [Fact]
    public void Not_set_means_null()
    {
        var (config, errors) = Parse("{ }");
        Assert.Empty(errors);
        Assert.Null(config.PublicApi);
    }

    [Theory]
    [InlineData("""{ "publicApi": "forwards" }""", "\"publicApi\" is 'forwards'; use forward, rename or skip")]
    [InlineData("""{ "publicApi": true }""", "\"publicApi\"")]
    public void A_bad_value_is_a_located_error_and_the_default_applies(string json, string message)
    {
        var (config, errors) = Parse(json);
        var error = Assert.Single(errors);
        Assert.Contains(message, error.Message);
        Assert.Equal(1, error.Line);
        Assert.Null(config.PublicApi);
    }

    [Theory]
    [InlineData(null, null, PublicApiPolicy.Forward)]
    [InlineData(null, PublicApiPolicy.Skip, PublicApiPolicy.Skip)]
    [InlineData(" rename ", PublicApiPolicy.Skip, PublicApiPolicy.Rename)]
    [InlineData("unset", PublicApiPolicy.Skip, PublicApiPolicy.Skip)]
    [InlineData("nonsense", null, PublicApiPolicy.Forward)]
    public void EditorConfig_wins_over_inclusive_json(string? editorConfig, PublicApiPolicy? json, PublicApiPolicy expected)
        => Assert.Equal(expected, PublicApiPolicies.Resolve(editorConfig, json));
}
