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

    // A limited file's options, made once: the analyzers ask for them at every symbol of such a file.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, AnalyzerConfigOptions> limited = new(StringComparer.Ordinal);

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

        if (limits != null && limits.TryGetValue(path, out var limit))
        {
            return limited.GetOrAdd(path, p => new Options(new Dictionary<string, string>(policy.EditorConfigFor(p).Properties, StringComparer.Ordinal)
            {
                [Shared.ReportLimit.Key] = limit.Position.ToString(System.Globalization.CultureInfo.InvariantCulture),
            }));
        }

        return new Options(policy.EditorConfigFor(path).Properties);
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
