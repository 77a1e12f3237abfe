using System.Text.Json;
using InclusiveAnalyzers.Core;

namespace InclusiveAnalyzers.Cli.Report;

/// <summary>One repository of the organisation view: where its SARIF came from and what it holds.</summary>
public sealed record RepositoryRow(string Name, string Source, ReportSummary Summary, IReadOnlyList<(string Path, string Grade)> CodeOfConduct);

/// <summary>
/// Reads SARIF 2.1.0 logs (the CLI's, and the build's ErrorLog with the compiler's run and ours) one at a
/// time into a row of counts each, so a merge of many logs holds one log and the counts at once and costs
/// in proportion to their size. Only INCL results count; suppressed ones and level "none" do not. A result
/// the CLI folded (a template's copies) counts once per copy, as <c>scan --format json</c> counts it.
/// </summary>
public static class SarifMerge
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 256 };

    /// <summary>Reads one log; a file that is not SARIF 2.x gives an <see cref="InvalidDataException"/> with the reason.</summary>
    public static RepositoryRow Read(string fullPath, string displayPath)
    {
        using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream, Options);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"not JSON ({e.Message})", e);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("runs", out var runs) || runs.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidDataException("not a SARIF log (no \"runs\")");
            }

            if (root.TryGetProperty("version", out var version) && version.ValueKind == JsonValueKind.String && !(version.GetString() ?? "").StartsWith("2.", StringComparison.Ordinal))
            {
                throw new InvalidDataException($"SARIF {version.GetString()}; only 2.1.0 is read (build with -p:ErrorLog=\"file.sarif,version=2.1\")");
            }

            var summary = ReportSummary.WithDefaultCatalog();
            var grades = new List<(string, string)>();
            string? name = null;
            foreach (var run in runs.EnumerateArray())
            {
                var baseUri = BaseUri(run);
                name ??= RepositoryName(run, baseUri);
                if (run.TryGetProperty("results", out var results) && results.ValueKind == JsonValueKind.Array)
                {
                    foreach (var result in results.EnumerateArray())
                    {
                        AddResult(summary, result, baseUri);
                    }
                }

                if (run.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object
                    && properties.TryGetProperty("codeOfConduct", out var conduct) && conduct.ValueKind == JsonValueKind.Array)
                {
                    foreach (var entry in conduct.EnumerateArray())
                    {
                        grades.Add((Unescape(String(entry, "uri") ?? ""), String(entry, "grade") ?? "?"));
                    }
                }
            }

            return new RepositoryRow(name ?? Path.GetFileNameWithoutExtension(fullPath), displayPath, summary, grades);
        }
    }

    private static void AddResult(ReportSummary summary, JsonElement result, string? baseUri)
    {
        var ruleId = String(result, "ruleId");
        if (ruleId is null || !ruleId.StartsWith("INCL", StringComparison.Ordinal))
        {
            return; // the compiler's own diagnostics in a build ErrorLog
        }

        if (result.TryGetProperty("suppressions", out var suppressions) && suppressions.ValueKind == JsonValueKind.Array && suppressions.GetArrayLength() > 0)
        {
            return;
        }

        var severity = (String(result, "level") ?? "warning") switch
        {
            "error" => Severity.Error,
            "warning" => Severity.Warning,
            "note" => Severity.Suggestion,
            _ => Severity.None,
        };
        if (severity == Severity.None)
        {
            return;
        }

        // The CLI writes term/replacements in properties; the compiler's ErrorLog puts diagnostic properties under customProperties.
        string? term = null;
        var fixable = false;
        if (result.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
        {
            term = String(properties, "term");
            fixable = properties.TryGetProperty("replacements", out var r) && r.ValueKind == JsonValueKind.Array && r.GetArrayLength() > 0;
            if (properties.TryGetProperty("customProperties", out var custom) && custom.ValueKind == JsonValueKind.Object)
            {
                term ??= String(custom, "TermId");
                fixable |= !string.IsNullOrEmpty(String(custom, "Replacements"));
            }
        }

        fixable &= ReportItem.IsFixableRule(ruleId);
        var message = result.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.Object ? String(m, "text") ?? "" : "";
        summary.Add(new ReportItem(ruleId, severity, PathOf(result, "locations", baseUri), term, fixable, message));

        if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty("foldedCount", out _)
            && result.TryGetProperty("relatedLocations", out var related) && related.ValueKind == JsonValueKind.Array)
        {
            foreach (var copy in related.EnumerateArray())
            {
                summary.Add(new ReportItem(ruleId, severity, LocationPath(copy, baseUri), term, fixable, message));
            }
        }
    }

    private static string PathOf(JsonElement result, string arrayName, string? baseUri) =>
        result.TryGetProperty(arrayName, out var locations) && locations.ValueKind == JsonValueKind.Array && locations.GetArrayLength() > 0
            ? LocationPath(locations[0], baseUri)
            : "";

    private static string LocationPath(JsonElement location, string? baseUri)
    {
        if (!location.TryGetProperty("physicalLocation", out var physical) || physical.ValueKind != JsonValueKind.Object
            || !physical.TryGetProperty("artifactLocation", out var artifact) || artifact.ValueKind != JsonValueKind.Object)
        {
            return "";
        }

        var uri = String(artifact, "uri") ?? "";
        if (baseUri != null && uri.StartsWith(baseUri, StringComparison.Ordinal))
        {
            uri = uri[baseUri.Length..];
        }
        else if (uri.StartsWith("file://", StringComparison.Ordinal))
        {
            uri = uri["file://".Length..];
        }

        return Unescape(uri);
    }

    /// <summary>SRCROOT's uri (the CLI writes it), ending in '/'.</summary>
    private static string? BaseUri(JsonElement run)
    {
        if (run.TryGetProperty("originalUriBaseIds", out var bases) && bases.ValueKind == JsonValueKind.Object)
        {
            foreach (var entry in bases.EnumerateObject())
            {
                if (entry.Value.ValueKind == JsonValueKind.Object && String(entry.Value, "uri") is { } uri)
                {
                    return uri.EndsWith('/') ? uri : uri + "/";
                }
            }
        }

        return null;
    }

    /// <summary>versionControlProvenance's repository, else the last folder of SRCROOT, else null (the file name is used).</summary>
    private static string? RepositoryName(JsonElement run, string? baseUri)
    {
        if (run.TryGetProperty("versionControlProvenance", out var vcs) && vcs.ValueKind == JsonValueKind.Array && vcs.GetArrayLength() > 0
            && vcs[0].ValueKind == JsonValueKind.Object && String(vcs[0], "repositoryUri") is { Length: > 0 } repository)
        {
            return repository.TrimEnd('/');
        }

        if (baseUri != null)
        {
            var trimmed = baseUri.TrimEnd('/');
            var slash = trimmed.LastIndexOf('/');
            var last = Unescape(slash >= 0 ? trimmed[(slash + 1)..] : trimmed);
            return last.Length > 0 ? last : null;
        }

        return null;
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Unescape(string uri)
    {
        try
        {
            return Uri.UnescapeDataString(uri);
        }
        catch (UriFormatException)
        {
            return uri;
        }
    }
}
