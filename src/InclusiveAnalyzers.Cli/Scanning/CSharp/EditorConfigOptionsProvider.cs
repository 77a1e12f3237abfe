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

    public EditorConfigOptionsProvider(SeverityResolver policy)
    {
        this.policy = policy;
    }

    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(new Dictionary<string, string>());

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => For(tree.FilePath);

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => For(textFile.Path);

    private AnalyzerConfigOptions For(string path) =>
        string.IsNullOrEmpty(path) || !Path.IsPathRooted(path) ? GlobalOptions : new Options(policy.EditorConfigFor(path).Properties);

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
