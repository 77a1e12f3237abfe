using System;
using System.Collections.Generic;
using System.IO;

namespace InclusiveAnalyzers.Documents.Accessibility.Page
{
    /// <summary>
    /// The IANA Language Subtag Registry (BCP 47), embedded as LanguageSubtags.txt: which language,
    /// extlang, script, region and variant subtags exist, and the grandfathered whole tags. Loaded once.
    /// </summary>
    internal sealed class LanguageSubtagRegistry
    {
        private static readonly Lazy<LanguageSubtagRegistry> Shared = new Lazy<LanguageSubtagRegistry>(Load);

        private readonly Dictionary<string, HashSet<string>> sets = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);

        private LanguageSubtagRegistry()
        {
        }

        public static LanguageSubtagRegistry Default => Shared.Value;

        /// <summary>The registry's File-Date, from the data's header.</summary>
        public string FileDate { get; private set; } = string.Empty;

        public int Count(string type) => sets.TryGetValue(type, out var set) ? set.Count : 0;

        /// <summary>Whether <paramref name="subtag"/> (any case) is registered with the given type.</summary>
        public bool Contains(string type, string subtag)
            => sets.TryGetValue(type, out var set) && set.Contains(subtag.ToLowerInvariant());

        private static LanguageSubtagRegistry Load()
        {
            var registry = new LanguageSubtagRegistry();
            var assembly = typeof(LanguageSubtagRegistry).Assembly;
            using var stream = assembly.GetManifestResourceStream("InclusiveAnalyzers.Documents.LanguageSubtags.txt")
                ?? throw new InvalidOperationException("The embedded language subtag registry is missing from the assembly.");
            using var reader = new StreamReader(stream);
            string? line;
            while ((line = reader.ReadLine()) != null)
            {
                if (line.StartsWith("#", StringComparison.Ordinal))
                {
                    const string marker = "File-Date ";
                    int at = line.IndexOf(marker, StringComparison.Ordinal);
                    if (at >= 0 && registry.FileDate.Length == 0)
                    {
                        registry.FileDate = line.Substring(at + marker.Length, 10);
                    }

                    continue;
                }

                var parts = line.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length == 0)
                {
                    continue;
                }

                var set = new HashSet<string>(StringComparer.Ordinal);
                for (int i = 1; i < parts.Length; i++)
                {
                    AddEntry(set, parts[i].ToLowerInvariant());
                }

                registry.sets[parts[0]] = set;
            }

            return registry;
        }

        // "qaa..qtz": every subtag of the same length between the two, letter by letter.
        private static void AddEntry(HashSet<string> set, string entry)
        {
            int dots = entry.IndexOf("..", StringComparison.Ordinal);
            if (dots < 0)
            {
                set.Add(entry);
                return;
            }

            var from = entry.Substring(0, dots).ToCharArray();
            var to = entry.Substring(dots + 2);
            while (true)
            {
                var current = new string(from);
                set.Add(current);
                if (current == to || string.CompareOrdinal(current, to) > 0)
                {
                    return;
                }

                for (int k = from.Length - 1; k >= 0; k--)
                {
                    if (from[k] < 'z')
                    {
                        from[k]++;
                        break;
                    }

                    from[k] = 'a';
                }
            }
        }
    }
}
