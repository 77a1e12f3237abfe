using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.IO;
using System.Threading;
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
        private readonly TreeScans scans;
        private readonly ConcurrentDictionary<SyntaxTree, TermMatcher> matchers = new ConcurrentDictionary<SyntaxTree, TermMatcher>();
        private readonly Func<SyntaxTree, TermMatcher> build;
        private TermMatcher? baseMatcher;
        private readonly bool limits;

        private CompilationSettings(InclusiveSettings settings, string? configDirectory, AnalyzerConfigOptionsProvider optionsProvider, TreeScans scans, GeneratedCode generated)
        {
            Generated = generated;
            this.settings = settings;
            this.configDirectory = configDirectory;
            this.optionsProvider = optionsProvider;
            this.scans = scans;
            build = Build;
            limits = ReportLimit.AnyIn(optionsProvider.GlobalOptions);
        }

#pragma warning disable RS1012 // The callers register their actions on this same context.
        public static CompilationSettings Create(CompilationStartAnalysisContext context)
#pragma warning restore RS1012
        {
            var (settings, directory) = ConfigurationLoader.Load(
                context.Options,
                text => context.TryGetValue(text, ConfigurationLoader.Provider, out var parsed) ? parsed : null);
            return new CompilationSettings(settings, directory, context.Options.AnalyzerConfigOptionsProvider, TreeScans.For(context.Compilation), new GeneratedCode(context.Compilation));
        }

        /// <summary>Generated code, which the term analyzers skip themselves (see <see cref="TermAnalyzer"/>).</summary>
        public GeneratedCode Generated { get; }

        /// <summary>The tree's matcher: resolved once per tree for all the analyzers (<see cref="TreeScans"/>).</summary>
        public TermMatcher MatcherFor(SyntaxTree tree) => scans.MatcherFor(tree, settings, build) ?? matchers.GetOrAdd(tree, build);

        /// <summary>The first hit-first candidate in the tree (negative for none), scanned once for all the term analyzers.</summary>
        public int FirstCandidate(SyntaxTree tree, CancellationToken cancellationToken)
            => scans.FirstCandidate(tree, MatcherFor(tree), cancellationToken);

        /// <summary>
        /// Whether a symbol declared at these locations can have a name or parameter holding a term: not when every
        /// declaration is in a tree with no candidate (a declared name is spelled in its tree's text).
        /// </summary>
        public bool MayDeclareTerm(ImmutableArray<Location> locations, CancellationToken cancellationToken)
        {
            foreach (var location in locations)
            {
                if (location.SourceTree is not { } tree || FirstCandidate(tree, cancellationToken) != TreeScans.None)
                {
                    return true;
                }
            }

            return locations.IsEmpty;
        }

        public AnalyzerConfigOptions OptionsFor(SyntaxTree tree) => optionsProvider.GetOptions(tree);

        /// <summary>Where the tree's findings stop (<see cref="ReportLimit"/>): int.MaxValue unless the CLI's per-file cap set it.</summary>
        public int ReportLimitFor(SyntaxTree tree) => limits ? ReportLimit.Read(optionsProvider.GetOptions(tree)) : int.MaxValue;

        /// <summary>Whether a finding at <paramref name="location"/> lies before its tree's <see cref="ReportLimitFor"/>.</summary>
        public bool IsWithinLimit(Location location)
            => !limits || location.SourceTree is not { } tree || location.SourceSpan.Start < ReportLimitFor(tree);

        /// <summary>inclusive_analyzers.public_api for the file, else inclusive.json's "publicApi", else forward.</summary>
        public PublicApiPolicy PublicApiFor(SyntaxTree tree)
        {
            optionsProvider.GetOptions(tree).TryGetValue(EditorConfigOptions.InclusivePrefix + PublicApiPolicies.EditorConfigName, out var value);
            return PublicApiPolicies.Resolve(value, settings.Config?.PublicApi);
        }

        private TermMatcher Build(SyntaxTree tree)
        {
            var options = optionsProvider.GetOptions(tree);
            if (settings.Config is not { Overrides.Count: > 0 } && !AnalyzerOptionsReader.HasMatcherOptions(options))
            {
                // The usual file: no path override, no .editorconfig switch; no path or key strings are made for it.
                return baseMatcher ??= settings.GetMatcher(null);
            }

            return settings.GetMatcher(RelativePath(tree.FilePath), AnalyzerOptionsReader.ReadMatcherOptions(options));
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
