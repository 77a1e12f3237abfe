using System.Text.Json.Nodes;
using NJsonSchema;
using NJsonSchema.Validation;

namespace InclusiveAnalyzers.Core.Tests.Catalog;

/// <summary>rules.json conforms to rules.schema.json, and the schema rejects the mistakes it is there to catch.</summary>
public class CatalogSchemaTests
{
    private static readonly Lazy<JsonSchema> schema =
        new(() => JsonSchema.FromJsonAsync(CatalogFiles.ReadSchema()).GetAwaiter().GetResult());

    [Fact]
    public void Default_catalog_is_valid()
    {
        var errors = Validate(CatalogFiles.ReadRules());
        Assert.True(errors.Count == 0, "rules.json does not match rules.schema.json:\n" + string.Join("\n", errors));
    }

    [Fact]
    public void Schema_declares_draft_07_and_every_term_property_the_loader_reads()
    {
        var root = JsonNode.Parse(CatalogFiles.ReadSchema())!;
        Assert.Equal("http://json-schema.org/draft-07/schema#", (string?)root["$schema"]);
        var properties = root["definitions"]!["term"]!["properties"]!.AsObject().Select(p => p.Key).ToHashSet();
        Assert.Equal(
            new[] { "acronym", "category", "contexts", "enabled", "exceptions", "forms", "glued", "homographs", "id", "inflect", "names", "reason", "replacements", "senses", "severity", "source", "words" },
            properties.OrderBy(p => p, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("missing-id", "PropertyRequired", "id")]
    [InlineData("bad-severity", "NotInEnumeration", "severity")]
    [InlineData("bad-category", "NotInEnumeration", "category")]
    [InlineData("bad-inflection", "NotInEnumeration", "inflect")]
    [InlineData("uppercase-word", "PatternMismatch", "words")]
    [InlineData("id-with-space", "PatternMismatch", "id")]
    [InlineData("empty-words", "TooFewItems", "words")]
    [InlineData("misspelt-property", "NoAdditionalPropertiesAllowed", "severty")]
    [InlineData("enabled-as-string", "BooleanExpected", "enabled")]
    [InlineData("missing-reason", "PropertyRequired", "reason")]
    [InlineData("duplicate-replacement", "ItemsNotUnique", "replacements")]
    [InlineData("unknown-version", "NotInEnumeration", "version")]
    public void Broken_copies_are_rejected(string breakage, string expectedKind, string expectedProperty)
    {
        var errors = Validate(Break(breakage));

        Assert.NotEmpty(errors);
        Assert.Contains(errors, e => e.Contains(expectedKind, StringComparison.Ordinal) && e.Contains(expectedProperty, StringComparison.Ordinal));
    }

    // Applies one deliberate mistake to a copy of the real catalog.
    private static string Break(string breakage)
    {
        var root = JsonNode.Parse(CatalogFiles.ReadRules())!.AsObject();
        var term = root["terms"]![0]!.AsObject();
        switch (breakage)
        {
            case "missing-id": term.Remove("id"); break;
            case "bad-severity": term["severity"] = "critical"; break;
            case "bad-category": term["category"] = "racist"; break;
            case "bad-inflection": term["inflect"] = new JsonArray("plurals"); break;
            case "uppercase-word": term["words"] = new JsonArray("WhiteList"); break;
            case "id-with-space": term["id"] = "white list"; break;
            case "empty-words": term["words"] = new JsonArray(); break;
            case "misspelt-property": term["severty"] = "warning"; break;
            case "enabled-as-string": term["enabled"] = "yes"; break;
            case "missing-reason": term.Remove("reason"); break;
            case "duplicate-replacement": term["replacements"] = new JsonArray("allowlist", "allowlist"); break;
            case "unknown-version": root["version"] = 2; break;
            default: throw new ArgumentOutOfRangeException(nameof(breakage), breakage, null);
        }

        return root.ToJsonString();
    }

    // One line per error, nested errors (from $ref'd definitions) flattened.
    private static List<string> Validate(string json)
    {
        var lines = new List<string>();
        foreach (var error in schema.Value.Validate(json))
        {
            Flatten(error, lines);
        }

        return lines;
    }

    private static void Flatten(ValidationError error, List<string> lines)
    {
        lines.Add($"{error.Kind} {error.Property} at {error.Path} (line {error.LineNumber})");
        if (error is ChildSchemaValidationError child)
        {
            foreach (var nested in child.Errors.Values.SelectMany(e => e))
            {
                Flatten(nested, lines);
            }
        }
    }
}
