using System.Text.Json.Nodes;
using InclusiveAnalyzers.Tests.Shared;

namespace InclusiveAnalyzers.Cli.Tests.Reporting;

/// <summary>The schema checker the SARIF tests rely on finds each kind of violation, and passes a valid log.</summary>
public class SarifConstraintsTests
{
    private const string Valid = """
        {
          "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
          "version": "2.1.0",
          "runs": [ {
            "tool": { "driver": { "name": "T", "informationUri": "https://example.org/t",
              "rules": [ { "id": "R1", "helpUri": "https://example.org/r1", "shortDescription": { "text": "r" },
                           "defaultConfiguration": { "level": "warning", "enabled": true } } ] } },
            "originalUriBaseIds": { "SRCROOT": { "uri": "file:///src/" } },
            "invocations": [ { "executionSuccessful": true, "toolExecutionNotifications": [
              { "level": "warning", "message": { "text": "skipped" }, "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "a.png" } } } ] } ] } ],
            "results": [ {
              "ruleId": "R1", "ruleIndex": 0, "level": "note", "message": { "text": "m" },
              "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "my%20docs/caf%C3%A9.md", "uriBaseId": "SRCROOT" },
                                                     "region": { "startLine": 1, "startColumn": 1, "endLine": 1, "endColumn": 2 } } } ],
              "relatedLocations": [ { "id": 1, "physicalLocation": { "artifactLocation": { "uri": "../b.md" } }, "message": { "text": "copy" } } ],
              "properties": { "term": "t", "tags": [ "a", "b" ] } } ],
            "columnKind": "utf16CodeUnits"
          } ]
        }
        """;

    private static IReadOnlyList<string> ViolationsAfter(Action<JsonNode> change)
    {
        var log = JsonNode.Parse(Valid)!;
        change(log);
        return SarifConstraints.Violations(log.ToJsonString());
    }

    private static JsonNode Run(JsonNode log) => log["runs"]![0]!;

    private static JsonNode Result(JsonNode log) => Run(log)["results"]![0]!;

    private static JsonNode Location(JsonNode log) => Result(log)["locations"]![0]!["physicalLocation"]!;

    [Fact]
    public void A_valid_log_has_no_violations() => Assert.Empty(SarifConstraints.Violations(Valid));

    [Theory]
    [InlineData("my docs/a.md")]
    [InlineData("café.md")]
    [InlineData("100%.md")]
    [InlineData("C:\\src\\a.md")]
    [InlineData("[draft].md")]
    public void An_artifact_uri_that_is_no_uri_reference_is_a_violation(string uri)
    {
        var violation = Assert.Single(ViolationsAfter(log => Location(log)["artifactLocation"]!["uri"] = uri));
        Assert.Contains("#/definitions/artifactLocation/properties/uri/format", violation);
    }

    [Theory]
    [InlineData("file:///")]
    [InlineData("file:///C:/src/a%20b/")]
    [InlineData("../x.md")]
    [InlineData("")]
    [InlineData("a%3Ab.md")]
    public void Uri_references_of_RFC_3986_pass(string uri) => Assert.True(SarifConstraints.IsUriReference(uri));

    [Fact]
    public void A_relative_help_uri_is_a_violation_and_a_uri_with_a_space_is_no_uri()
    {
        Assert.Contains(ViolationsAfter(log => Run(log)["tool"]!["driver"]!["rules"]![0]!["helpUri"] = "docs/rules/R1.md"),
            v => v.Contains("#/definitions/reportingDescriptor/properties/helpUri/format", StringComparison.Ordinal));
        Assert.False(SarifConstraints.IsUri("file:///a b/"));
    }

    [Fact]
    public void Each_kind_of_constraint_is_checked()
    {
        Assert.Contains(ViolationsAfter(log => Result(log).AsObject().Remove("message")), v => v.Contains("#/definitions/result/required", StringComparison.Ordinal));
        Assert.Contains(ViolationsAfter(log => Result(log)["level"] = "info"), v => v.Contains("#/definitions/result/properties/level/enum", StringComparison.Ordinal));
        Assert.Contains(ViolationsAfter(log => Location(log)["region"]!["startColumn"] = 0), v => v.Contains("#/definitions/region/properties/startColumn/minimum", StringComparison.Ordinal));
        Assert.Contains(ViolationsAfter(log => Result(log)["ruleIndex"] = -2), v => v.Contains("#/definitions/result/properties/ruleIndex/minimum", StringComparison.Ordinal));
        Assert.Contains(ViolationsAfter(log => Result(log)["relatedLocations"]!.AsArray().Add(Result(log)["relatedLocations"]![0]!.DeepClone())),
            v => v.Contains("#/definitions/result/properties/relatedLocations/uniqueItems", StringComparison.Ordinal));
        Assert.Contains(ViolationsAfter(log => Location(log)["region"]!["line"] = 1), v => v.Contains("#/definitions/region/additionalProperties", StringComparison.Ordinal));
        Assert.Contains(ViolationsAfter(log => Result(log)["message"] = "m"), v => v.Contains("#/definitions/message/type", StringComparison.Ordinal));
        Assert.Contains(ViolationsAfter(log => Result(log)["message"] = new JsonObject { ["markdown"] = "m" }), v => v.Contains("#/definitions/message/anyOf", StringComparison.Ordinal));
        Assert.Contains(ViolationsAfter(log => Run(log)["columnKind"] = "chars"), v => v.Contains("#/definitions/run/properties/columnKind/enum", StringComparison.Ordinal));
        Assert.Contains(ViolationsAfter(log => log["version"] = "1.0.0"), v => v.Contains("#/properties/version/enum", StringComparison.Ordinal));
        Assert.Contains(ViolationsAfter(log => Run(log)["invocations"]![0]!.AsObject().Remove("executionSuccessful")), v => v.Contains("#/definitions/invocation/required", StringComparison.Ordinal));
        Assert.Contains(ViolationsAfter(log => Result(log)["properties"]!["tags"] = new JsonArray("a", "a")), v => v.Contains("#/definitions/propertyBag/properties/tags/uniqueItems", StringComparison.Ordinal));
        Assert.Contains(ViolationsAfter(log => Run(log)["tool"]!["driver"]!["rules"]![0]!["shortDescription"] = new JsonObject()), v => v.Contains("#/definitions/multiformatMessageString/required", StringComparison.Ordinal));
        Assert.Contains(ViolationsAfter(log => Result(log)["fixes"] = new JsonArray()), v => v.Contains("(not checked)", StringComparison.Ordinal));
    }
}
