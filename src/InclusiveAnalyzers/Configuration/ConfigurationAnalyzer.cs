using System.Collections.Immutable;
using InclusiveAnalyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace InclusiveAnalyzers.Configuration
{
    /// <summary>INCL001: each problem in the user's inclusive.json, located in that file. The other analyzers carry on with what parsed.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ConfigurationAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.InvalidConfiguration);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                start.RegisterAdditionalFileAction(file =>
                {
                    if (!ConfigurationLoader.IsConfigFile(file.AdditionalFile))
                    {
                        return;
                    }

                    var text = file.AdditionalFile.GetText(file.CancellationToken);
                    if (text is null || !start.TryGetValue(text, ConfigurationLoader.Provider, out var parsed))
                    {
                        return;
                    }

                    foreach (var error in parsed.Errors)
                    {
                        file.ReportDiagnostic(Diagnostic.Create(
                            Descriptors.InvalidConfiguration,
                            Locate(file.AdditionalFile.Path, text, error.Line, error.Column),
                            error.Message));
                    }
                });
            });
        }

        private static Location Locate(string path, SourceText text, int line, int column)
        {
            if (line <= 0 || line > text.Lines.Count)
            {
                return Location.Create(path, default, default);
            }

            var textLine = text.Lines[line - 1];
            int start = System.Math.Min(textLine.Start + System.Math.Max(column - 1, 0), textLine.End);
            int end = start;
            // Underline the token that starts there (up to the next delimiter on the line).
            while (end < textLine.End && ",:}] \t\r".IndexOf(text[end]) < 0)
            {
                end++;
            }

            if (end == start && end < textLine.End)
            {
                end++; // a lone delimiter: underline it
            }

            var span = TextSpan.FromBounds(start, end);
            return Location.Create(path, span, text.Lines.GetLinePositionSpan(span));
        }
    }
}
