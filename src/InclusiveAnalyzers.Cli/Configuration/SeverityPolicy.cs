using System.Collections.Concurrent;
using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Configuration;

namespace InclusiveAnalyzers.Cli.Configuration;

/// <summary>
/// The severity a finding is reported with: the rule's (or term's) own, then inclusive.json "rules"
/// (and its path overrides), then .editorconfig <c>dotnet_diagnostic.ID.severity</c> for the file,
/// each later one winning, as DESIGN.md orders the layers. Thread-safe.
/// </summary>
public sealed class SeverityPolicy
{
    private readonly LoadedConfiguration configuration;
    private readonly EditorConfigResolver editorConfig = new();
    private readonly ConcurrentDictionary<string, EditorConfigOptions> byFile = new(StringComparer.Ordinal);

    public SeverityPolicy(LoadedConfiguration configuration)
    {
        this.configuration = configuration;
    }

    /// <summary>The .editorconfig options for a file (cached).</summary>
    public EditorConfigOptions EditorConfigFor(string fullPath) => byFile.GetOrAdd(fullPath, editorConfig.GetOptions);

    public Severity Resolve(Finding finding, string fullPath) => Resolve(finding.RuleId, finding.Severity, fullPath);

    /// <summary>The severity of <paramref name="ruleId"/> in a file, starting from <paramref name="severity"/>.</summary>
    public Severity Resolve(string ruleId, Severity severity, string fullPath)
    {
        if (configuration.Settings.GetRuleSeverity(ruleId, configuration.RelativePath(fullPath)) is { } fromJson)
        {
            severity = fromJson;
        }

        if (EditorConfigFor(fullPath).GetRuleSeverity(ruleId) is { } fromEditorConfig)
        {
            severity = fromEditorConfig;
        }

        return severity;
    }

    /// <summary>Severity keys for INCL rules whose value is not a severity, from every .editorconfig read so far.</summary>
    public IEnumerable<string> InvalidSeverityWarnings() =>
        byFile.Values
            .SelectMany(o => o.InvalidSeverities())
            .Where(p => p.Key.StartsWith("dotnet_diagnostic.incl", StringComparison.OrdinalIgnoreCase)
                || p.Key.StartsWith("dotnet_analyzer_diagnostic.", StringComparison.OrdinalIgnoreCase))
            .Select(p => $".editorconfig sets '{p.Key} = {p.Value}', which is not a severity (error, warning, suggestion, silent, none, default); the rule keeps its severity.")
            .Distinct(StringComparer.Ordinal)
            .OrderBy(m => m, StringComparer.Ordinal);
}
