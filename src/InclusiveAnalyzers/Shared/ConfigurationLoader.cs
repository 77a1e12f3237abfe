using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using InclusiveAnalyzers.Core.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace InclusiveAnalyzers.Shared
{
    /// <summary>
    /// Reads the user's inclusive.json from AdditionalFiles. Each text is parsed once however many
    /// compilations and analyzers ask (Roslyn caches the value per SourceText).
    /// </summary>
    internal static class ConfigurationLoader
    {
        public sealed class Parsed
        {
            public Parsed(InclusiveConfig config, ImmutableArray<ConfigError> errors, InclusiveSettings settings)
            {
                Config = config;
                Errors = errors;
                Settings = settings;
            }

            public InclusiveConfig Config { get; }
            public ImmutableArray<ConfigError> Errors { get; }
            public InclusiveSettings Settings { get; }
        }

        // The path is not part of SourceText; it only labels errors, which are re-located by the caller.
        public static readonly SourceTextValueProvider<Parsed> Provider = new SourceTextValueProvider<Parsed>(text =>
        {
            var errors = new List<ConfigError>();
            var config = InclusiveConfig.Parse(text.ToString(), InclusiveConfig.FileName, errors);
            return new Parsed(config, errors.ToImmutableArray(), InclusiveSettings.Create(config));
        });

        public static bool IsConfigFile(AdditionalText file)
            => string.Equals(Path.GetFileName(file.Path), InclusiveConfig.FileName, StringComparison.OrdinalIgnoreCase);

        /// <summary>The configuration nearest to the project: of several inclusive.json files, the one deepest in the tree.</summary>
        public static (InclusiveSettings Settings, string? Directory) Load(AnalyzerOptions options, Func<SourceText, Parsed?> parse)
        {
            AdditionalText? chosen = null;
            foreach (var file in options.AdditionalFiles)
            {
                if (IsConfigFile(file) && (chosen is null || Depth(file.Path) > Depth(chosen.Path)
                    || (Depth(file.Path) == Depth(chosen.Path) && string.CompareOrdinal(file.Path, chosen.Path) < 0)))
                {
                    chosen = file;
                }
            }

            var text = chosen?.GetText();
            var parsed = text is null ? null : parse(text);
            return parsed is null ? (InclusiveSettings.Default, null) : (parsed.Settings, Path.GetDirectoryName(chosen!.Path));
        }

        private static int Depth(string path)
        {
            int depth = 0;
            foreach (char c in path)
            {
                if (c == '/' || c == '\\')
                {
                    depth++;
                }
            }

            return depth;
        }
    }
}
