using InclusiveAnalyzers.Core.Policy;
using System.Diagnostics.CodeAnalysis;
using InclusiveAnalyzers.Cli.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InclusiveAnalyzers.Cli.Scanning.CSharp;

/// <summary>
/// Gives the analyzers each file's .editorconfig properties as the CLI reads them (Core's reader, the
/// compiler's semantics), so <c>inclusive_analyzers.*</c> options apply exactly as in a build.
/// </summary>
internal sealed class EditorConfigOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly SeverityResolver policy;
    private readonly IReadOnlyDictionary<string, CSharpReportLimits.Limit>? limits;

    /// <param name="limits">Files whose analysis stops early (<see cref="CSharpReportLimits"/>): given to the analyzers as <see cref="Shared.ReportLimit.Key"/>.</param>
    public EditorConfigOptionsProvider(SeverityResolver policy, IReadOnlyDictionary<string, CSharpReportLimits.Limit>? limits = null)
    {
        this.policy = policy;
        this.limits = limits;
        GlobalOptions = new Options(limits is { Count: > 0 }
            ? new Dictionary<string, string> { [Shared.ReportLimit.AnyKey] = "true" }
            : new Dictionary<string, string>());
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => For(tree.FilePath);

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => For(textFile.Path);

    private AnalyzerConfigOptions For(string path)
    {
        if (string.IsNullOrEmpty(path) || !Path.IsPathRooted(path))
        {
            return GlobalOptions;
        }

        var properties = policy.EditorConfigFor(path).Properties;
        if (limits != null && limits.TryGetValue(path, out var limit))
        {
            properties = new Dictionary<string, string>(properties, StringComparer.Ordinal)
            {
                [Shared.ReportLimit.Key] = limit.Position.ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
        }

        return new Options(properties);
    }

    private sealed class Options : AnalyzerConfigOptions
    {
        private readonly IReadOnlyDictionary<string, string> properties;

        public Options(IReadOnlyDictionary<string, string> properties)
        {
            this.properties = properties;
        }

        public override IEnumerable<string> Keys => properties.Keys;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
        {
            if (properties.TryGetValue(key, out var found))
            {
                value = found;
                return true;
            }

            value = null;
            return false;
        }
    }
}
