using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using InclusiveAnalyzers.Core.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace InclusiveAnalyzers.Documents
{
    /// <summary>
    /// A document's diagnostics by everything they depend on: its path, its text's checksum, the
    /// inclusive.json identity, its .editorconfig keys and the error demotion. A compiler server (and the
    /// IDE) runs the additional-file action again for every compilation, after a C# edit too; an unchanged
    /// document then costs a checksum, not a parse. Bounded: cleared when it grows past <see cref="Capacity"/>.
    /// Diagnostics hold only a file path and positions, nothing of a compilation.
    /// </summary>
    internal static class DocumentResultCache
    {
        public const int Capacity = 4096;

        private static readonly ConcurrentDictionary<string, ImmutableArray<Diagnostic>> Entries = new ConcurrentDictionary<string, ImmutableArray<Diagnostic>>(StringComparer.Ordinal);

        public static string Key(string path, SourceText text, string configIdentity, EditorConfigOptions editorConfig, bool demote)
        {
            var key = new StringBuilder(path.Length + 128);
            key.Append(path).Append('\n').Append(Hex(text.GetChecksum())).Append('\n').Append(configIdentity).Append('\n').Append(demote ? '1' : '0');
            foreach (var pair in editorConfig.Properties.OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase))
            {
                key.Append('\n').Append(pair.Key).Append('=').Append(pair.Value);
            }

            return key.ToString();
        }

        public static string Hex(ImmutableArray<byte> bytes)
        {
            var hex = new StringBuilder(bytes.Length * 2);
            foreach (var b in bytes)
            {
                hex.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            }

            return hex.ToString();
        }

        public static bool TryGet(string key, out ImmutableArray<Diagnostic> diagnostics) => Entries.TryGetValue(key, out diagnostics);

        public static void Set(string key, ImmutableArray<Diagnostic> diagnostics)
        {
            if (Entries.Count >= Capacity)
            {
                Entries.Clear();
            }

            Entries[key] = diagnostics;
        }

        /// <summary>Tests and benchmarks start cold.</summary>
        internal static void Clear() => Entries.Clear();

        internal static int Count => Entries.Count;
    }
}
