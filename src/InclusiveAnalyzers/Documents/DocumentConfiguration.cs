using System;
using InclusiveAnalyzers.Core.Configuration;
using InclusiveAnalyzers.Shared;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InclusiveAnalyzers.Documents
{
    /// <summary>
    /// The inclusive.json a compilation's documents are checked with, and a short identity of it (its
    /// folder and content checksum) for the result cache: a compiler server builds a new settings object
    /// per compilation, but the same file gives the same identity.
    /// </summary>
    internal sealed class DocumentConfiguration
    {
        private DocumentConfiguration(InclusiveSettings settings, string? directory, string identity)
        {
            Settings = settings;
            Directory = directory;
            Identity = identity;
        }

        public InclusiveSettings Settings { get; }

        /// <summary>The folder of inclusive.json: its override globs are relative to it.</summary>
        public string? Directory { get; }

        public string Identity { get; }

#pragma warning disable RS1012 // The caller registers its actions on this same context.
        public static DocumentConfiguration Load(CompilationStartAnalysisContext context)
#pragma warning restore RS1012
        {
            var (settings, directory) = ConfigurationLoader.Load(
                context.Options,
                text => context.TryGetValue(text, ConfigurationLoader.Provider, out var parsed) ? parsed : null);
            string identity = string.Empty;
            foreach (var file in context.Options.AdditionalFiles)
            {
                if (ConfigurationLoader.IsConfigFile(file) && directory != null
                    && string.Equals(System.IO.Path.GetDirectoryName(file.Path), directory, StringComparison.Ordinal)
                    && file.GetText(context.CancellationToken) is { } text)
                {
                    identity = directory + "|" + DocumentResultCache.Hex(text.GetChecksum());
                    break;
                }
            }

            return new DocumentConfiguration(settings, directory, identity);
        }
    }
}
