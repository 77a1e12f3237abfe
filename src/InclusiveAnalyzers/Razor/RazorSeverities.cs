using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Configuration;
using InclusiveAnalyzers.Documents;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InclusiveAnalyzers.Razor
{
    /// <summary>
    /// The severity the .editorconfig sections of a .razor/.cshtml file (<c>[*.razor]</c>, <c>[Counter.razor]</c>) give
    /// a rule. The compiler applies sections by the path of the diagnostic's syntax tree, the generator's output, which
    /// no such section matches, and hides <c>dotnet_diagnostic</c> keys from analyzers; so the sections are matched here
    /// the way the document analyzer matches them for markup, from the .editorconfig files the package hands over as
    /// AdditionalFiles. A global config, NoWarn and #pragma still apply on top, through the compiler.
    /// </summary>
    internal sealed class RazorSeverities
    {
        private readonly AnalyzerOptions options;
        private readonly CancellationToken cancellationToken;
        private readonly Lazy<DocumentEditorConfig> editorConfigs;
        private readonly Lazy<Dictionary<string, AdditionalText>> razorFiles;
        private readonly ConcurrentDictionary<string, EditorConfigOptions> byPath = new ConcurrentDictionary<string, EditorConfigOptions>(StringComparer.Ordinal);

        public RazorSeverities(AnalyzerOptions options, CancellationToken cancellationToken)
        {
            this.options = options;
            this.cancellationToken = cancellationToken;
            editorConfigs = new Lazy<DocumentEditorConfig>(() => DocumentEditorConfig.Create(options.AdditionalFiles, cancellationToken));
            razorFiles = new Lazy<Dictionary<string, AdditionalText>>(IndexRazorFiles);
        }

        /// <summary>The severity set for <paramref name="ruleId"/> in the Razor file at <paramref name="razorPath"/>, or null when none is.</summary>
        public Severity? For(string ruleId, string razorPath) =>
            byPath.GetOrAdd(razorPath, Options).GetRuleSeverity(ruleId);

        private EditorConfigOptions Options(string razorPath)
        {
            // The compiler's own options for the Razor file carry its inclusive_analyzers.* keys; a file the
            // project does not list (a path the generator made up) has none.
            var compilerOptions = razorFiles.Value.TryGetValue(Normalize(razorPath), out var file)
                ? options.AnalyzerConfigOptionsProvider.GetOptions(file)
                : options.AnalyzerConfigOptionsProvider.GlobalOptions;
            return editorConfigs.Value.OptionsFor(razorPath, compilerOptions);
        }

        private Dictionary<string, AdditionalText> IndexRazorFiles()
        {
            var index = new Dictionary<string, AdditionalText>(StringComparer.Ordinal);
            foreach (var file in options.AdditionalFiles)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (RazorGeneratedCode.IsRazorPath(file.Path))
                {
                    index[Normalize(file.Path)] = file;
                }
            }

            return index;
        }

        private static string Normalize(string path)
        {
            try
            {
                return Path.GetFullPath(path);
            }
            catch (Exception e) when (e is ArgumentException || e is NotSupportedException || e is PathTooLongException)
            {
                return path;
            }
        }
    }
}
