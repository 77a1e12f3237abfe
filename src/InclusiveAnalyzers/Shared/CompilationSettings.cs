using System;
using System.Collections.Concurrent;
using System.IO;
using InclusiveAnalyzers.Core.Configuration;
using InclusiveAnalyzers.Core.Terms;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InclusiveAnalyzers.Shared
{
    /// <summary>
    /// What one compilation analyses with: the merged configuration and one matcher per syntax tree
    /// (inclusive.json path overrides and .editorconfig options can differ per file). Built in the
    /// compilation-start action, never kept in analyzer fields (RS1008).
    /// </summary>
    internal sealed class CompilationSettings
    {
        private readonly InclusiveSettings settings;
        private readonly string? configDirectory;
        private readonly AnalyzerConfigOptionsProvider optionsProvider;
        private readonly ConcurrentDictionary<SyntaxTree, TermMatcher> matchers = new ConcurrentDictionary<SyntaxTree, TermMatcher>();

        private CompilationSettings(InclusiveSettings settings, string? configDirectory, AnalyzerConfigOptionsProvider optionsProvider)
        {
            this.settings = settings;
            this.configDirectory = configDirectory;
            this.optionsProvider = optionsProvider;
        }

#pragma warning disable RS1012 // The callers register their actions on this same context.
        public static CompilationSettings Create(CompilationStartAnalysisContext context)
#pragma warning restore RS1012
        {
            var (settings, directory) = ConfigurationLoader.Load(
                context.Options,
                text => context.TryGetValue(text, ConfigurationLoader.Provider, out var parsed) ? parsed : null);
            return new CompilationSettings(settings, directory, context.Options.AnalyzerConfigOptionsProvider);
        }

        public TermMatcher MatcherFor(SyntaxTree tree) => matchers.GetOrAdd(tree, Build);

        public AnalyzerConfigOptions OptionsFor(SyntaxTree tree) => optionsProvider.GetOptions(tree);

        /// <summary>inclusive_analyzers.public_api for the file, else inclusive.json's "publicApi", else forward.</summary>
        public PublicApiPolicy PublicApiFor(SyntaxTree tree)
        {
            optionsProvider.GetOptions(tree).TryGetValue(EditorConfigOptions.InclusivePrefix + PublicApiPolicies.EditorConfigName, out var value);
            return PublicApiPolicies.Resolve(value, settings.Config?.PublicApi);
        }

        private TermMatcher Build(SyntaxTree tree)
        {
            var extra = AnalyzerOptionsReader.ReadMatcherOptions(optionsProvider.GetOptions(tree));
            return settings.GetMatcher(RelativePath(tree.FilePath), extra);
        }

        // inclusive.json globs are relative to the folder that holds it.
        private string? RelativePath(string path)
        {
            if (string.IsNullOrEmpty(path))
            {
                return null;
            }

            var normalized = path.Replace('\\', '/');
            if (configDirectory != null)
            {
                var root = configDirectory.Replace('\\', '/').TrimEnd('/') + "/";
                if (normalized.StartsWith(root, StringComparison.OrdinalIgnoreCase))
                {
                    return normalized.Substring(root.Length);
                }
            }

            return Path.GetFileName(normalized);
        }
    }
}
