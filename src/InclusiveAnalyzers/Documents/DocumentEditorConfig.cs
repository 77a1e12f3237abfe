using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using InclusiveAnalyzers.Core.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InclusiveAnalyzers.Documents
{
    /// <summary>
    /// A document's .editorconfig as the build task reads it. The compiler keeps <c>dotnet_diagnostic.ID.severity</c>
    /// keys out of an additional file's AnalyzerConfigOptions and does not apply them to diagnostics located in
    /// additional files (dotnet/roslyn#31916: only global configs, NoWarn and WarningsAsErrors reach them). So the
    /// package also hands the project's .editorconfig files over as AdditionalFiles, and their sections are matched
    /// here with Core's resolver, the one the task and the CLI use; the <c>inclusive_analyzers.*</c> keys the compiler
    /// does pass are read too, under them.
    /// </summary>
    internal sealed class DocumentEditorConfig
    {
        private readonly EditorConfigResolver? resolver;

        private DocumentEditorConfig(EditorConfigResolver? resolver) => this.resolver = resolver;

        public static DocumentEditorConfig Create(IEnumerable<AdditionalText> additionalFiles, CancellationToken cancellationToken)
        {
            Dictionary<string, AdditionalText>? byPath = null;
            foreach (var file in additionalFiles)
            {
                if (string.Equals(Path.GetFileName(file.Path), EditorConfigResolver.FileName, StringComparison.OrdinalIgnoreCase))
                {
                    byPath ??= new Dictionary<string, AdditionalText>(StringComparer.Ordinal);
                    byPath[Normalize(file.Path)] = file;
                }
            }

            if (byPath is null)
            {
                return new DocumentEditorConfig(null);
            }

            // Parsed on first use by the resolver, once per folder per compilation.
            return new DocumentEditorConfig(new EditorConfigResolver(path =>
                byPath.TryGetValue(Normalize(path), out var file) && file.GetText(cancellationToken) is { } text
                    ? EditorConfigFile.Parse(text.ToString(), Normalize(file.Path))
                    : null));
        }

        /// <summary>The keys that reach a document's checks: rule severities and the inclusive_analyzers.* options.</summary>
        public EditorConfigOptions OptionsFor(string path, AnalyzerConfigOptions compilerOptions)
        {
            var properties = new SortedDictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var key in compilerOptions.Keys)
            {
                if (IsDocumentKey(key) && compilerOptions.TryGetValue(key, out var value))
                {
                    properties[key] = value;
                }
            }

            if (resolver != null)
            {
                foreach (var pair in resolver.GetOptions(Normalize(path)).Properties)
                {
                    if (IsDocumentKey(pair.Key))
                    {
                        properties[pair.Key] = pair.Value;
                    }
                }
            }

            return new EditorConfigOptions(properties);
        }

        private static bool IsDocumentKey(string key) =>
            key.StartsWith("dotnet_diagnostic.", StringComparison.OrdinalIgnoreCase)
            || key.StartsWith("dotnet_analyzer_diagnostic.", StringComparison.OrdinalIgnoreCase)
            || key.StartsWith(EditorConfigOptions.InclusivePrefix, StringComparison.OrdinalIgnoreCase);

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
