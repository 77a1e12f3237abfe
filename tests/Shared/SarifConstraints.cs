using System.Text.Json;
using System.Text.RegularExpressions;

namespace InclusiveAnalyzers.Tests.Shared;

/// <summary>
/// The constraints of the OASIS SARIF 2.1.0 schema (sarif-schema-2.1.0.json, JSON Schema draft 4) on the
/// objects our writers and the compiler put in a log: each object's known properties (the schema allows no
/// others), required properties, enums, integer minimums, uniqueItems, and the "uri" / "uri-reference"
/// formats read as RFC 3986. Objects the schema has but no writer of ours produces (graphs, code flows,
/// fixes, ...) are reported as unchecked rather than passed. GitHub code scanning rejects a log the schema
/// rejects, so the tests of every writer run its output through <see cref="Violations(string)"/>.
/// Each violation names the JSON path and the schema definition it breaks.
/// </summary>
internal static class SarifConstraints
{
    public static IReadOnlyList<string> Violations(string json)
    {
        using var document = JsonDocument.Parse(json);
        var violations = new List<string>();
        new Walker(violations).Log(document.RootElement);
        return violations;
    }

    /// <summary>Fails with every violation listed.</summary>
    public static void AssertValid(string json)
    {
        var violations = Violations(json);
        Assert.True(violations.Count == 0, "SARIF 2.1.0 schema violations:\n" + string.Join("\n", violations));
    }

    // RFC 3986, appendix A. A URI is ASCII: other characters must be percent-encoded.
    private const string Unreserved = @"A-Za-z0-9\-._~";
    private const string SubDelims = @"!$&'()*+,;=";
    private const string Pct = "%[0-9A-Fa-f]{2}";
    private const string PChar = "(?:[" + Unreserved + SubDelims + ":@]|" + Pct + ")";
    private const string Segment = PChar + "*";
    private const string SegmentNz = PChar + "+";
    private const string SegmentNzNc = "(?:[" + Unreserved + SubDelims + "@]|" + Pct + ")+";
    private const string QueryOrFragment = "(?:" + PChar + "|[/?])*";
    private const string Authority = "(?:(?:[" + Unreserved + SubDelims + ":]|" + Pct + ")*@)?"
        + @"(?:\[[0-9A-Fa-f:.vV" + Unreserved + SubDelims + @"]+\]|(?:[" + Unreserved + SubDelims + "]|" + Pct + ")*)(?::[0-9]*)?";
    private const string PathAbEmpty = "(?:/" + Segment + ")*";
    private const string PathAbsolute = "/(?:" + SegmentNz + "(?:/" + Segment + ")*)?";
    private const string Tail = @"(?:\?" + QueryOrFragment + ")?(?:#" + QueryOrFragment + ")?";

    private static readonly Regex AbsoluteUri = new(
        "^[A-Za-z][A-Za-z0-9+\\-.]*:(?://" + Authority + PathAbEmpty + "|" + PathAbsolute + "|" + SegmentNz + "(?:/" + Segment + ")*|)" + Tail + @"\z",
        RegexOptions.CultureInvariant);

    private static readonly Regex RelativeReference = new(
        "^(?://" + Authority + PathAbEmpty + "|" + PathAbsolute + "|" + SegmentNzNc + "(?:/" + Segment + ")*|)" + Tail + @"\z",
        RegexOptions.CultureInvariant);

    public static bool IsUri(string value) => AbsoluteUri.IsMatch(value);

    public static bool IsUriReference(string value) => AbsoluteUri.IsMatch(value) || RelativeReference.IsMatch(value);

    private static readonly string[] Levels = { "none", "note", "warning", "error" };

    private sealed class Walker(List<string> violations)
    {
        public void Log(JsonElement log)
        {
            if (!Object(log, "$", "sarifLog", new[] { "$schema", "version", "runs", "inlineExternalProperties", "properties" }, "version", "runs"))
            {
                return;
            }

            Uri(log, "$", "$schema", "sarifLog");
            Enum(log, "$", "version", "sarifLog", "2.1.0");
            Bag(log, "$");
            Unchecked(log, "$", "inlineExternalProperties");
            if (log.TryGetProperty("runs", out var runs) && runs.ValueKind != JsonValueKind.Null)
            {
                Array(runs, "$.runs", "sarifLog/properties/runs", unique: false, (run, path) => Run(run, path));
            }
        }

        private void Run(JsonElement run, string path)
        {
            if (!Object(run, path, "run", new[]
                {
                    "tool", "invocations", "conversion", "language", "versionControlProvenance", "originalUriBaseIds", "artifacts",
                    "logicalLocations", "graphs", "results", "automationDetails", "runAggregates", "baselineGuid", "redactionTokens",
                    "defaultEncoding", "defaultSourceLanguage", "newlineSequences", "columnKind", "externalPropertyFileReferences",
                    "threadFlowLocations", "taxonomies", "addresses", "translations", "policies", "webRequests", "webResponses",
                    "specialLocations", "properties",
                }, "tool"))
            {
                return;
            }

            if (run.TryGetProperty("tool", out var tool)
                && Object(tool, path + ".tool", "tool", new[] { "driver", "extensions", "properties" }, "driver"))
            {
                ToolComponent(tool.GetProperty("driver"), path + ".tool.driver");
                if (tool.TryGetProperty("extensions", out var extensions))
                {
                    Array(extensions, path + ".tool.extensions", "tool/properties/extensions", unique: true, ToolComponent);
                }

                Bag(tool, path + ".tool");
            }

            if (run.TryGetProperty("invocations", out var invocations))
            {
                Array(invocations, path + ".invocations", "run/properties/invocations", unique: false, Invocation);
            }

            if (run.TryGetProperty("originalUriBaseIds", out var bases) && Type(bases, path + ".originalUriBaseIds", "run/properties/originalUriBaseIds/type", JsonValueKind.Object))
            {
                foreach (var property in bases.EnumerateObject())
                {
                    ArtifactLocation(property.Value, path + ".originalUriBaseIds." + property.Name);
                }
            }

            if (run.TryGetProperty("results", out var results))
            {
                Array(results, path + ".results", "run/properties/results", unique: false, Result);
            }

            Enum(run, path, "columnKind", "run", "utf16CodeUnits", "unicodeCodePoints");
            Language(run, path, "run");

            foreach (var name in new[] { "defaultEncoding", "defaultSourceLanguage" })
            {
                String(run, path, name, "run");
            }

            Bag(run, path);
            Unchecked(run, path, "conversion", "versionControlProvenance", "artifacts", "logicalLocations", "graphs", "automationDetails",
                "runAggregates", "baselineGuid", "redactionTokens", "newlineSequences", "externalPropertyFileReferences",
                "threadFlowLocations", "taxonomies", "addresses", "translations", "policies", "webRequests", "webResponses", "specialLocations");
        }

        private void ToolComponent(JsonElement component, string path)
        {
            if (!Object(component, path, "toolComponent", new[]
                {
                    "guid", "name", "organization", "product", "productSuite", "shortDescription", "fullDescription", "fullName", "version",
                    "semanticVersion", "dottedQuadFileVersion", "releaseDateUtc", "downloadUri", "informationUri", "globalMessageStrings",
                    "notifications", "rules", "taxa", "locations", "language", "contents", "isComprehensive", "localizedDataSemanticVersion",
                    "minimumRequiredLocalizedDataSemanticVersion", "associatedComponent", "translationMetadata", "supportedTaxonomies", "properties",
                }, "name"))
            {
                return;
            }

            foreach (var name in new[] { "name", "organization", "product", "productSuite", "fullName", "version", "semanticVersion", "releaseDateUtc" })
            {
                String(component, path, name, "toolComponent");
            }

            if (component.TryGetProperty("dottedQuadFileVersion", out var quad)
                && Type(quad, path + ".dottedQuadFileVersion", "toolComponent/properties/dottedQuadFileVersion/type", JsonValueKind.String)
                && !Regex.IsMatch(quad.GetString()!, @"[0-9]+(\.[0-9]+){3}"))
            {
                Add(path + ".dottedQuadFileVersion", "toolComponent/properties/dottedQuadFileVersion/pattern", $"'{quad.GetString()}' is no dotted quad");
            }

            Language(component, path, "toolComponent");
            Uri(component, path, "downloadUri", "toolComponent");
            Uri(component, path, "informationUri", "toolComponent");
            MultiformatMessage(component, path, "shortDescription");
            MultiformatMessage(component, path, "fullDescription");
            foreach (var name in new[] { "rules", "notifications", "taxa" })
            {
                if (component.TryGetProperty(name, out var descriptors))
                {
                    Array(descriptors, path + "." + name, "toolComponent/properties/" + name, unique: true, ReportingDescriptor);
                }
            }

            Bag(component, path);
            Unchecked(component, path, "guid", "globalMessageStrings", "locations", "contents",
                "isComprehensive", "localizedDataSemanticVersion", "minimumRequiredLocalizedDataSemanticVersion", "associatedComponent",
                "translationMetadata", "supportedTaxonomies");
        }

        private void ReportingDescriptor(JsonElement rule, string path)
        {
            if (!Object(rule, path, "reportingDescriptor", new[]
                {
                    "id", "deprecatedIds", "guid", "deprecatedGuids", "name", "deprecatedNames", "shortDescription", "fullDescription",
                    "messageStrings", "defaultConfiguration", "helpUri", "help", "relationships", "properties",
                }, "id"))
            {
                return;
            }

            String(rule, path, "id", "reportingDescriptor");
            String(rule, path, "name", "reportingDescriptor");
            Uri(rule, path, "helpUri", "reportingDescriptor");
            MultiformatMessage(rule, path, "shortDescription");
            MultiformatMessage(rule, path, "fullDescription");
            MultiformatMessage(rule, path, "help");
            if (rule.TryGetProperty("defaultConfiguration", out var configuration))
            {
                ReportingConfiguration(configuration, path + ".defaultConfiguration");
            }

            Bag(rule, path);
            Unchecked(rule, path, "deprecatedIds", "guid", "deprecatedGuids", "deprecatedNames", "messageStrings", "relationships");
        }

        private void ReportingConfiguration(JsonElement configuration, string path)
        {
            if (!Object(configuration, path, "reportingConfiguration", new[] { "enabled", "level", "rank", "parameters", "properties" }))
            {
                return;
            }

            if (configuration.TryGetProperty("enabled", out var enabled) && enabled.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                Add(path + ".enabled", "reportingConfiguration/properties/enabled/type", "not a boolean");
            }

            Enum(configuration, path, "level", "reportingConfiguration", Levels);
            if (configuration.TryGetProperty("rank", out var rank)
                && (rank.ValueKind != JsonValueKind.Number || rank.GetDouble() < -1 || rank.GetDouble() > 100))
            {
                Add(path + ".rank", "reportingConfiguration/properties/rank", "not a number from -1 to 100");
            }

            if (configuration.TryGetProperty("parameters", out var parameters))
            {
                Type(parameters, path + ".parameters", "reportingConfiguration/properties/parameters/type", JsonValueKind.Object);
            }

            Bag(configuration, path);
        }

        /// <summary>A configurationOverride: which descriptor (by id, index or guid) and its configuration at run time.</summary>
        private void ConfigurationOverride(JsonElement configurationOverride, string path)
        {
            if (!Object(configurationOverride, path, "configurationOverride", new[] { "configuration", "descriptor", "properties" }, "configuration", "descriptor"))
            {
                return;
            }

            ReportingConfiguration(configurationOverride.GetProperty("configuration"), path + ".configuration");
            var descriptor = configurationOverride.GetProperty("descriptor");
            var at = path + ".descriptor";
            if (Object(descriptor, at, "reportingDescriptorReference", new[] { "id", "index", "guid", "toolComponent", "properties" }))
            {
                if (!descriptor.TryGetProperty("id", out _) && !descriptor.TryGetProperty("index", out _) && !descriptor.TryGetProperty("guid", out _))
                {
                    Add(at, "reportingDescriptorReference/anyOf", "none of 'index', 'guid', 'id'");
                }

                String(descriptor, at, "id", "reportingDescriptorReference");
                Integer(descriptor, at, "index", "reportingDescriptorReference", -1);
                Bag(descriptor, at);
                Unchecked(descriptor, at, "guid", "toolComponent");
            }

            Bag(configurationOverride, path);
        }

        private void Invocation(JsonElement invocation, string path)
        {
            if (!Object(invocation, path, "invocation", new[]
                {
                    "commandLine", "arguments", "responseFiles", "startTimeUtc", "endTimeUtc", "exitCode", "ruleConfigurationOverrides",
                    "notificationConfigurationOverrides", "toolExecutionNotifications", "toolConfigurationNotifications", "exitCodeDescription",
                    "exitSignalName", "exitSignalNumber", "processStartFailureMessage", "executionSuccessful", "machine", "account", "processId",
                    "executableLocation", "workingDirectory", "environmentVariables", "stdin", "stdout", "stderr", "stdoutStderr", "properties",
                }, "executionSuccessful"))
            {
                return;
            }

            if (invocation.GetProperty("executionSuccessful").ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                Add(path + ".executionSuccessful", "invocation/properties/executionSuccessful/type", "not a boolean");
            }

            foreach (var name in new[] { "toolExecutionNotifications", "toolConfigurationNotifications" })
            {
                if (invocation.TryGetProperty(name, out var notifications))
                {
                    Array(notifications, path + "." + name, "invocation/properties/" + name, unique: false, Notification);
                }
            }

            foreach (var name in new[] { "ruleConfigurationOverrides", "notificationConfigurationOverrides" })
            {
                if (invocation.TryGetProperty(name, out var overrides))
                {
                    Array(overrides, path + "." + name, "invocation/properties/" + name, unique: true, ConfigurationOverride);
                }
            }

            if (invocation.TryGetProperty("workingDirectory", out var workingDirectory))
            {
                ArtifactLocation(workingDirectory, path + ".workingDirectory");
            }

            Bag(invocation, path);
            Unchecked(invocation, path, "commandLine", "arguments", "responseFiles", "startTimeUtc", "endTimeUtc", "exitCode", "exitCodeDescription",
                "exitSignalName", "exitSignalNumber", "processStartFailureMessage", "machine", "account", "processId", "executableLocation",
                "environmentVariables", "stdin", "stdout", "stderr", "stdoutStderr");
        }

        private void Notification(JsonElement notification, string path)
        {
            if (!Object(notification, path, "notification", new[]
                {
                    "locations", "message", "level", "threadId", "timeUtc", "exception", "descriptor", "associatedRule", "properties",
                }, "message"))
            {
                return;
            }

            Message(notification.GetProperty("message"), path + ".message");
            Enum(notification, path, "level", "notification", Levels);
            if (notification.TryGetProperty("locations", out var locations))
            {
                Array(locations, path + ".locations", "notification/properties/locations", unique: true, Location);
            }

            Bag(notification, path);
            Unchecked(notification, path, "threadId", "timeUtc", "exception", "descriptor", "associatedRule");
        }

        private void Result(JsonElement result, string path)
        {
            if (!Object(result, path, "result", new[]
                {
                    "ruleId", "ruleIndex", "rule", "kind", "level", "message", "analysisTarget", "locations", "guid", "correlationGuid",
                    "occurrenceCount", "partialFingerprints", "fingerprints", "stacks", "codeFlows", "graphs", "graphTraversals",
                    "relatedLocations", "suppressions", "baselineState", "rank", "attachments", "hostedViewerUri", "workItemUris",
                    "provenance", "fixes", "taxa", "webRequest", "webResponse", "properties",
                }, "message"))
            {
                return;
            }

            String(result, path, "ruleId", "result");
            Integer(result, path, "ruleIndex", "result", -1);
            Integer(result, path, "occurrenceCount", "result", 1);
            Enum(result, path, "kind", "result", "notApplicable", "pass", "fail", "review", "open", "informational");
            Enum(result, path, "level", "result", Levels);
            Enum(result, path, "baselineState", "result", "new", "unchanged", "updated", "absent");
            Message(result.GetProperty("message"), path + ".message");
            if (result.TryGetProperty("analysisTarget", out var target))
            {
                ArtifactLocation(target, path + ".analysisTarget");
            }

            if (result.TryGetProperty("locations", out var locations))
            {
                Array(locations, path + ".locations", "result/properties/locations", unique: false, Location);
            }

            if (result.TryGetProperty("relatedLocations", out var related))
            {
                Array(related, path + ".relatedLocations", "result/properties/relatedLocations", unique: true, Location);
            }

            if (result.TryGetProperty("suppressions", out var suppressions))
            {
                Array(suppressions, path + ".suppressions", "result/properties/suppressions", unique: true, Suppression);
            }

            foreach (var name in new[] { "partialFingerprints", "fingerprints" })
            {
                if (result.TryGetProperty(name, out var prints) && Type(prints, path + "." + name, "result/properties/" + name + "/type", JsonValueKind.Object))
                {
                    foreach (var print in prints.EnumerateObject())
                    {
                        Type(print.Value, path + "." + name + "." + print.Name, "result/properties/" + name + "/additionalProperties/type", JsonValueKind.String);
                    }
                }
            }

            Uri(result, path, "hostedViewerUri", "result");
            Bag(result, path);
            Unchecked(result, path, "rule", "guid", "correlationGuid", "stacks", "codeFlows", "graphs", "graphTraversals", "rank",
                "attachments", "workItemUris", "provenance", "fixes", "taxa", "webRequest", "webResponse");
        }

        private void Suppression(JsonElement suppression, string path)
        {
            if (!Object(suppression, path, "suppression", new[] { "guid", "kind", "status", "justification", "location", "properties" }, "kind"))
            {
                return;
            }

            Enum(suppression, path, "kind", "suppression", "inSource", "external");
            Enum(suppression, path, "status", "suppression", "accepted", "underReview", "rejected");
            String(suppression, path, "justification", "suppression");
            if (suppression.TryGetProperty("location", out var location))
            {
                Location(location, path + ".location");
            }

            Bag(suppression, path);
            Unchecked(suppression, path, "guid");
        }

        private void Location(JsonElement location, string path)
        {
            if (!Object(location, path, "location", new[] { "id", "physicalLocation", "logicalLocations", "message", "annotations", "relationships", "properties" }))
            {
                return;
            }

            Integer(location, path, "id", "location", -1);
            if (location.TryGetProperty("physicalLocation", out var physical)
                && Object(physical, path + ".physicalLocation", "physicalLocation", new[] { "address", "artifactLocation", "region", "contextRegion", "properties" }))
            {
                var at = path + ".physicalLocation";
                if (!physical.TryGetProperty("address", out _) && !physical.TryGetProperty("artifactLocation", out _))
                {
                    Add(at, "physicalLocation/anyOf", "neither 'address' nor 'artifactLocation'");
                }

                if (physical.TryGetProperty("artifactLocation", out var artifact))
                {
                    ArtifactLocation(artifact, at + ".artifactLocation");
                }

                foreach (var name in new[] { "region", "contextRegion" })
                {
                    if (physical.TryGetProperty(name, out var region))
                    {
                        Region(region, at + "." + name);
                    }
                }

                Bag(physical, at);
                Unchecked(physical, at, "address");
            }

            if (location.TryGetProperty("message", out var message))
            {
                Message(message, path + ".message");
            }

            if (location.TryGetProperty("annotations", out var annotations))
            {
                Array(annotations, path + ".annotations", "location/properties/annotations", unique: true, Region);
            }

            Bag(location, path);
            Unchecked(location, path, "logicalLocations", "relationships");
        }

        private void ArtifactLocation(JsonElement artifact, string path)
        {
            if (!Object(artifact, path, "artifactLocation", new[] { "uri", "uriBaseId", "index", "description", "properties" }))
            {
                return;
            }

            if (artifact.TryGetProperty("uri", out var uri) && Type(uri, path + ".uri", "artifactLocation/properties/uri/type", JsonValueKind.String)
                && !IsUriReference(uri.GetString()!))
            {
                Add(path + ".uri", "artifactLocation/properties/uri/format", $"'{uri.GetString()}' is not a uri-reference (RFC 3986)");
            }

            String(artifact, path, "uriBaseId", "artifactLocation");
            Integer(artifact, path, "index", "artifactLocation", -1);
            if (artifact.TryGetProperty("description", out var description))
            {
                Message(description, path + ".description");
            }

            Bag(artifact, path);
        }

        private void Region(JsonElement region, string path)
        {
            if (!Object(region, path, "region", new[]
                {
                    "startLine", "startColumn", "endLine", "endColumn", "charOffset", "charLength", "byteOffset", "byteLength", "snippet",
                    "message", "sourceLanguage", "properties",
                }))
            {
                return;
            }

            if (!region.TryGetProperty("startLine", out _) && !region.TryGetProperty("charOffset", out _) && !region.TryGetProperty("byteOffset", out _))
            {
                Add(path, "region/anyOf", "none of 'startLine', 'charOffset', 'byteOffset'");
            }

            foreach (var name in new[] { "startLine", "startColumn", "endLine", "endColumn" })
            {
                Integer(region, path, name, "region", 1);
            }

            Integer(region, path, "charOffset", "region", -1);
            Integer(region, path, "byteOffset", "region", -1);
            Integer(region, path, "charLength", "region", 0);
            Integer(region, path, "byteLength", "region", 0);
            if (region.TryGetProperty("message", out var message))
            {
                Message(message, path + ".message");
            }

            Bag(region, path);
            Unchecked(region, path, "snippet", "sourceLanguage");
        }

        private void Message(JsonElement message, string path)
        {
            if (!Object(message, path, "message", new[] { "text", "markdown", "id", "arguments", "properties" }))
            {
                return;
            }

            if (!message.TryGetProperty("text", out _) && !message.TryGetProperty("id", out _))
            {
                Add(path, "message/anyOf", "neither 'text' nor 'id'");
            }

            foreach (var name in new[] { "text", "markdown", "id" })
            {
                String(message, path, name, "message");
            }

            if (message.TryGetProperty("arguments", out var arguments))
            {
                Array(arguments, path + ".arguments", "message/properties/arguments", unique: false,
                    (argument, at) => Type(argument, at, "message/properties/arguments/items/type", JsonValueKind.String));
            }

            Bag(message, path);
        }

        private void MultiformatMessage(JsonElement owner, string path, string name)
        {
            if (!owner.TryGetProperty(name, out var message)
                || !Object(message, path + "." + name, "multiformatMessageString", new[] { "text", "markdown", "properties" }, "text"))
            {
                return;
            }

            String(message, path + "." + name, "text", "multiformatMessageString");
            String(message, path + "." + name, "markdown", "multiformatMessageString");
            Bag(message, path + "." + name);
        }

        /// <summary>A property bag holds anything, but its "tags" are a set of distinct strings.</summary>
        private void Bag(JsonElement owner, string path)
        {
            if (!owner.TryGetProperty("properties", out var bag) || !Type(bag, path + ".properties", "propertyBag/type", JsonValueKind.Object))
            {
                return;
            }

            if (bag.TryGetProperty("tags", out var tags))
            {
                Array(tags, path + ".properties.tags", "propertyBag/properties/tags", unique: true,
                    (tag, at) => Type(tag, at, "propertyBag/properties/tags/items/type", JsonValueKind.String));
            }
        }

        private bool Object(JsonElement value, string path, string definition, string[] known, params string[] required)
        {
            if (!Type(value, path, definition + "/type", JsonValueKind.Object))
            {
                return false;
            }

            foreach (var property in value.EnumerateObject())
            {
                if (System.Array.IndexOf(known, property.Name) < 0)
                {
                    Add(path + "." + property.Name, definition + "/additionalProperties", "a property the schema does not allow here");
                }
            }

            var complete = true;
            foreach (var name in required)
            {
                if (!value.TryGetProperty(name, out _))
                {
                    Add(path, definition + "/required", $"'{name}' is required");
                    complete = false;
                }
            }

            return complete;
        }

        private void Array(JsonElement value, string path, string definition, bool unique, Action<JsonElement, string> item)
        {
            if (!Type(value, path, definition + "/type", JsonValueKind.Array))
            {
                return;
            }

            var items = value.EnumerateArray().ToList();
            for (var i = 0; i < items.Count; i++)
            {
                item(items[i], $"{path}[{i}]");
                if (unique)
                {
                    for (var j = 0; j < i; j++)
                    {
                        if (JsonElement.DeepEquals(items[i], items[j]))
                        {
                            Add($"{path}[{i}]", definition + "/uniqueItems", $"the same as item {j}");
                            break;
                        }
                    }
                }
            }
        }

        private void Integer(JsonElement owner, string path, string name, string definition, int minimum)
        {
            if (!owner.TryGetProperty(name, out var value))
            {
                return;
            }

            if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var number))
            {
                Add(path + "." + name, $"{definition}/properties/{name}/type", "not an integer");
            }
            else if (number < minimum)
            {
                Add(path + "." + name, $"{definition}/properties/{name}/minimum", $"{number} is below the minimum {minimum}");
            }
        }

        private void Enum(JsonElement owner, string path, string name, string definition, params string[] values)
        {
            if (owner.TryGetProperty(name, out var value)
                && (value.ValueKind != JsonValueKind.String || System.Array.IndexOf(values, value.GetString()) < 0))
            {
                Add(path + "." + name, $"{definition}/properties/{name}/enum", $"{value.GetRawText()} is not one of {string.Join(", ", values)}");
            }
        }

        private void String(JsonElement owner, string path, string name, string definition)
        {
            if (owner.TryGetProperty(name, out var value))
            {
                Type(value, path + "." + name, $"{definition}/properties/{name}/type", JsonValueKind.String);
            }
        }

        private void Uri(JsonElement owner, string path, string name, string definition)
        {
            if (owner.TryGetProperty(name, out var value) && Type(value, path + "." + name, $"{definition}/properties/{name}/type", JsonValueKind.String)
                && !IsUri(value.GetString()!))
            {
                Add(path + "." + name, $"{definition}/properties/{name}/format", $"'{value.GetString()}' is not an absolute uri (RFC 3986)");
            }
        }

        private void Language(JsonElement owner, string path, string definition)
        {
            if (owner.TryGetProperty("language", out var language)
                && Type(language, path + ".language", definition + "/properties/language/type", JsonValueKind.String)
                && !Regex.IsMatch(language.GetString()!, "^[a-zA-Z]{2}(-[a-zA-Z]{2})?$"))
            {
                Add(path + ".language", definition + "/properties/language/pattern", $"'{language.GetString()}' is no language code");
            }
        }

        private bool Type(JsonElement value, string path, string schemaPath, JsonValueKind kind)
        {
            if (value.ValueKind == kind)
            {
                return true;
            }

            Add(path, schemaPath, $"{value.ValueKind} where the schema wants {kind}");
            return false;
        }

        /// <summary>A property this checker does not follow: say so, so a new writer feature cannot pass unchecked.</summary>
        private void Unchecked(JsonElement owner, string path, params string[] names)
        {
            foreach (var name in names)
            {
                if (owner.TryGetProperty(name, out _))
                {
                    Add(path + "." + name, "(not checked)", "SarifConstraints does not check this property yet: add its rules first");
                }
            }
        }

        private void Add(string path, string schemaPath, string message)
        {
            // The log object is the schema's root; everything else is one of its definitions.
            var pointer = schemaPath.StartsWith("sarifLog/", StringComparison.Ordinal) ? "#/" + schemaPath.Substring("sarifLog/".Length)
                : schemaPath.StartsWith('(') ? schemaPath : "#/definitions/" + schemaPath;
            violations.Add($"{path}: {message} ({pointer})");
        }
    }
}
