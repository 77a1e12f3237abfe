using System.Text.Json.Nodes;
using NJsonSchema;

namespace InclusiveAnalyzers.Core.Tests.Catalog;

/// <summary>codes-of-conduct.json conforms to its schema, every fact carries a source, and inclusive.schema.json knows "codeOfConduct".</summary>
public class CodesOfConductSchemaTests
{
    private static string Read(string name) => File.ReadAllText(Path.Combine(CatalogFiles.RepositoryRoot, name));

    private static ICollection<NJsonSchema.Validation.ValidationError> Validate(string schemaFile, string json) =>
        JsonSchema.FromJsonAsync(Read(schemaFile)).GetAwaiter().GetResult().Validate(json);

    [Fact]
    public void Catalog_is_valid()
    {
        var errors = Validate("codes-of-conduct.schema.json", Read("codes-of-conduct.json"));
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void Schema_rejects_an_element_without_a_source_and_an_unknown_route()
    {
        var root = JsonNode.Parse(Read("codes-of-conduct.json"))!;
        root["codes"]![0]!["elements"]!["scope"]!.AsObject().Remove("source");
        root["codes"]![1]!["reporting"]!["route"] = "carrier-pigeon";
        var errors = Validate("codes-of-conduct.schema.json", root.ToJsonString());
        Assert.True(errors.Count >= 2, string.Join("\n", errors));
    }

    [Fact]
    public void Every_source_is_an_https_address()
    {
        var text = Read("codes-of-conduct.json");
        var sources = System.Text.RegularExpressions.Regex.Matches(text, "\"source\": \"(?<s>[^\"]+)\"").Select(m => m.Groups["s"].Value).ToList();
        Assert.True(sources.Count >= 12 * 6);
        Assert.All(sources, s => Assert.StartsWith("https://", s));
    }

    [Theory]
    [InlineData("""{ "codeOfConduct": { "adopts": "https://example.org/code-of-conduct", "contact": "conduct@example.org" } }""", true)]
    [InlineData("""{ "codeOfConduct": { "contact": "conduct@example.org" } }""", true)]
    [InlineData("""{ "codeOfConduct": { "adopts": "example.org/code-of-conduct" } }""", false)]
    [InlineData("""{ "codeOfConduct": { "adopt": "https://example.org/code-of-conduct" } }""", false)]
    [InlineData("""{ "codeOfConduct": {} }""", false)]
    public void Inclusive_schema_describes_the_setting(string json, bool valid)
    {
        Assert.Equal(valid, Validate("inclusive.schema.json", json).Count == 0);
    }
}
