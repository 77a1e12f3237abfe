using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;

namespace InclusiveAnalyzers.Core.Configuration
{
    /// <summary>
    /// Finds the .editorconfig files above a file and merges what applies to it, as the compiler does:
    /// files are read from the file's folder upwards until one says <c>root = true</c>; farther files
    /// apply first so nearer ones win, and within a file later sections win. Each folder's file is
    /// read once per resolver; safe to call from many threads.
    /// </summary>
    public sealed class EditorConfigResolver
    {
        public const string FileName = ".editorconfig";

        private readonly ConcurrentDictionary<string, EditorConfigFile?> byDirectory =
            new ConcurrentDictionary<string, EditorConfigFile?>(
                EditorConfigFile.PathComparison == StringComparison.Ordinal ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase);

        private readonly Func<string, EditorConfigFile?> load;

        public EditorConfigResolver()
            : this(EditorConfigFile.TryLoad)
        {
        }

        /// <summary>For hosts with their own file access: <paramref name="load"/> gets a full .editorconfig path and returns null when there is none.</summary>
        public EditorConfigResolver(Func<string, EditorConfigFile?> load)
        {
            this.load = load ?? throw new ArgumentNullException(nameof(load));
        }

        // A document's checks ask once per rule; merging the sections again each time showed in build profiles.
        private readonly ConcurrentDictionary<string, EditorConfigOptions> byFile = new ConcurrentDictionary<string, EditorConfigOptions>(StringComparer.Ordinal);

        /// <summary>The options for the file at <paramref name="fullPath"/> (absolute), computed once per path.</summary>
        public EditorConfigOptions GetOptions(string fullPath) => byFile.GetOrAdd(fullPath, path =>
        {
            var files = GetFiles(path);
            return files.Count == 0 ? EditorConfigOptions.Empty : Merge(files, path);
        });

        /// <summary>The .editorconfig files that apply to <paramref name="fullPath"/>, nearest first, ending at a root file.</summary>
        public IReadOnlyList<EditorConfigFile> GetFiles(string fullPath)
        {
            var files = new List<EditorConfigFile>();
            var directory = Path.GetDirectoryName(Path.GetFullPath(fullPath));
            while (!string.IsNullOrEmpty(directory))
            {
                var file = byDirectory.GetOrAdd(directory!, d => load(Path.Combine(d, FileName)));
                if (file != null)
                {
                    files.Add(file);
                    if (file.IsRoot)
                    {
                        break;
                    }
                }

                directory = Path.GetDirectoryName(directory);
            }

            return files;
        }

        /// <summary>Merges <paramref name="nearestFirst"/> for one file: the farthest applies first, so nearer files win.</summary>
        public static EditorConfigOptions Merge(IReadOnlyList<EditorConfigFile> nearestFirst, string fullPath)
        {
            var normalized = EditorConfigFile.NormalizePath(fullPath);
            var properties = EditorConfigFile.NewProperties();
            for (var i = nearestFirst.Count - 1; i >= 0; i--)
            {
                var file = nearestFirst[i];
                var sectionPath = file.GetSectionPath(normalized);
                if (sectionPath == null)
                {
                    continue;
                }

                foreach (var section in file.Sections)
                {
                    if (section.IsMatch(sectionPath))
                    {
                        foreach (var pair in section.Properties)
                        {
                            properties[pair.Key] = pair.Value;
                        }
                    }
                }
            }

            return new EditorConfigOptions(properties);
        }
    }
}
