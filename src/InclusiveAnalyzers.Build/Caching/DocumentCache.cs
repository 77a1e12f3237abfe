using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using InclusiveAnalyzers.Core;

namespace InclusiveAnalyzers.Build.Caching
{
    /// <summary>
    /// Findings remembered in obj/ between builds. An entry is found by its key (a document's full
    /// path, or a name for a whole set of documents) and is used only when the content hash matches;
    /// the whole file is discarded when the configuration hash differs (another inclusive.json,
    /// another version of the task, other scan options). Severities are stored as the scanner gave
    /// them: .editorconfig and NoWarn are applied on every build, after the cache.
    /// </summary>
    internal sealed class DocumentCache
    {
        private const string Header = "InclusiveAnalyzers document cache v3";

        private readonly Dictionary<string, Entry> loaded;
        private readonly Dictionary<string, Entry> used = new Dictionary<string, Entry>(StringComparer.Ordinal);

        private DocumentCache(string configurationHash, Dictionary<string, Entry> loaded, long totalHits)
        {
            ConfigurationHash = configurationHash;
            this.loaded = loaded;
            TotalHits = totalHits;
        }

        public string ConfigurationHash { get; }

        /// <summary>Entries used from the cache in this build.</summary>
        public int Hits { get; private set; }

        /// <summary>Entries scanned afresh in this build.</summary>
        public int Misses { get; private set; }

        /// <summary>Cache hits over every build since the cache file was made (kept in the file, for diagnosis).</summary>
        public long TotalHits { get; private set; }

        public static DocumentCache Empty(string configurationHash) =>
            new DocumentCache(configurationHash, new Dictionary<string, Entry>(StringComparer.Ordinal), 0);

        /// <summary>Reads the cache file; a missing, unreadable, foreign or outdated file gives an empty cache.</summary>
        public static DocumentCache Load(string? path, string configurationHash)
        {
            if (string.IsNullOrEmpty(path) || !File.Exists(path))
            {
                return Empty(configurationHash);
            }

            try
            {
                var lines = File.ReadAllLines(path);
                if (lines.Length < 3 || lines[0] != Header || lines[1] != "config\t" + configurationHash)
                {
                    return Empty(configurationHash);
                }

                var totalHits = 0L;
                var stats = lines[2].Split('\t');
                if (stats.Length >= 2 && stats[0] == "hits")
                {
                    _ = long.TryParse(stats[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out totalHits); // 0 when unreadable
                }

                var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
                for (var i = 3; i < lines.Length; i++)
                {
                    var fields = lines[i].Split('\t');
                    if (fields.Length != 4 || fields[0] != "entry" || !int.TryParse(fields[3], NumberStyles.Integer, CultureInfo.InvariantCulture, out var count))
                    {
                        return Empty(configurationHash);
                    }

                    var findings = new List<Finding>(count);
                    for (var j = 0; j < count; j++)
                    {
                        var finding = i + 1 + j < lines.Length ? ReadFinding(lines[i + 1 + j]) : null;
                        if (finding is null)
                        {
                            return Empty(configurationHash);
                        }

                        findings.Add(finding);
                    }

                    entries[CacheText.Unescape(fields[1])] = new Entry(fields[2], findings);
                    i += count;
                }

                return new DocumentCache(configurationHash, entries, totalHits);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                return Empty(configurationHash);
            }
        }

        public bool TryGet(string key, string contentHash, out IReadOnlyList<Finding> findings)
        {
            if (loaded.TryGetValue(key, out var entry) && entry.ContentHash == contentHash)
            {
                Hits++;
                TotalHits++;
                used[key] = entry;
                findings = entry.Findings;
                return true;
            }

            findings = Array.Empty<Finding>();
            return false;
        }

        public void Set(string key, string contentHash, IReadOnlyList<Finding> findings)
        {
            Misses++;
            used[key] = new Entry(contentHash, findings);
        }

        /// <summary>
        /// Writes what this build used (entries of deleted documents drop out). Written beside the
        /// target and then moved over it, so a reader never sees half a file.
        /// </summary>
        public void Save(string path)
        {
            var builder = new StringBuilder();
            builder.Append(Header).Append('\n');
            builder.Append("config\t").Append(ConfigurationHash).Append('\n');
            builder.Append("hits\t").Append(TotalHits.ToString(CultureInfo.InvariantCulture))
                .Append("\tlast\t").Append(Hits.ToString(CultureInfo.InvariantCulture))
                .Append("\tscanned\t").Append(Misses.ToString(CultureInfo.InvariantCulture)).Append('\n');
            var keys = new List<string>(used.Keys);
            keys.Sort(StringComparer.Ordinal);
            foreach (var key in keys)
            {
                var entry = used[key];
                builder.Append("entry\t").Append(CacheText.Escape(key)).Append('\t').Append(entry.ContentHash).Append('\t')
                    .Append(entry.Findings.Count.ToString(CultureInfo.InvariantCulture)).Append('\n');
                foreach (var finding in entry.Findings)
                {
                    WriteFinding(builder, finding);
                }
            }

            var directory = Path.GetDirectoryName(path);
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllText(temporary, builder.ToString(), new UTF8Encoding(false));
            try
            {
                if (File.Exists(path))
                {
                    File.Replace(temporary, path, null);
                }
                else
                {
                    File.Move(temporary, path);
                }
            }
            finally
            {
                if (File.Exists(temporary))
                {
                    File.Delete(temporary);
                }
            }
        }

        private static void WriteFinding(StringBuilder builder, Finding f)
        {
            builder.Append("finding\t")
                .Append(CacheText.Escape(f.RuleId)).Append('\t')
                .Append(((int)f.Severity).ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(CacheText.Escape(f.Path)).Append('\t')
                .Append(f.Line.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(f.Column.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(f.EndLine.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(f.EndColumn.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(f.Offset.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(f.Length.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(CacheText.Escape(f.Term)).Append('\t')
                .Append(f.Replacements is null ? "-" : "+" + CacheText.JoinList(f.Replacements)).Append('\t')
                .Append(f.Properties is null ? "-" : "+" + JoinProperties(f.Properties)).Append('\t')
                .Append(CacheText.Escape(f.Message)).Append('\t')
                .Append(CacheText.Escape(f.Fingerprint)).Append('\t')
                .Append(CacheText.Escape(f.DisplayPath)).Append('\n');
        }

        private static Finding? ReadFinding(string line)
        {
            var p = line.Split('\t');
            if (p.Length != 16 || p[0] != "finding"
                || !int.TryParse(p[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var severity)
                || !int.TryParse(p[4], NumberStyles.Integer, CultureInfo.InvariantCulture, out var lineNumber)
                || !int.TryParse(p[5], NumberStyles.Integer, CultureInfo.InvariantCulture, out var column)
                || !int.TryParse(p[6], NumberStyles.Integer, CultureInfo.InvariantCulture, out var endLine)
                || !int.TryParse(p[7], NumberStyles.Integer, CultureInfo.InvariantCulture, out var endColumn)
                || !int.TryParse(p[8], NumberStyles.Integer, CultureInfo.InvariantCulture, out var offset)
                || !int.TryParse(p[9], NumberStyles.Integer, CultureInfo.InvariantCulture, out var length)
                || severity < (int)Severity.None || severity > (int)Severity.Error)
            {
                return null;
            }

            var finding = new Finding(CacheText.Unescape(p[1]), (Severity)severity, CacheText.Unescape(p[13]), CacheText.Unescape(p[3]),
                lineNumber, column, endLine, endColumn)
            {
                Offset = offset,
                Length = length,
                Term = p[10].Length == 0 ? null : CacheText.Unescape(p[10]),
                Replacements = p[11].StartsWith("+", StringComparison.Ordinal) ? CacheText.SplitList(p[11].Substring(1)) : null,
                Properties = p[12].StartsWith("+", StringComparison.Ordinal) ? SplitProperties(p[12].Substring(1)) : null,
                Fingerprint = p[14].Length == 0 ? null : CacheText.Unescape(p[14]),
                DisplayPath = CacheText.Unescape(p[15]),
            };
            return finding;
        }

        private static string JoinProperties(IReadOnlyDictionary<string, string> properties)
        {
            var items = new List<string>();
            foreach (var pair in properties)
            {
                items.Add(pair.Key);
                items.Add(pair.Value);
            }

            return CacheText.JoinList(items);
        }

        private static Dictionary<string, string> SplitProperties(string field)
        {
            var items = CacheText.SplitList(field);
            var properties = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i + 1 < items.Count; i += 2)
            {
                properties[items[i]] = items[i + 1];
            }

            return properties;
        }

        private sealed class Entry
        {
            public Entry(string contentHash, IReadOnlyList<Finding> findings)
            {
                ContentHash = contentHash;
                Findings = findings;
            }

            public string ContentHash { get; }
            public IReadOnlyList<Finding> Findings { get; }
        }
    }
}
