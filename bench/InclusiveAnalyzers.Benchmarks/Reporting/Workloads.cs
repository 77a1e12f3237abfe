using System;
using System.Linq;
using System.Text;
using InclusiveAnalyzers.Benchmarks.Engine;

namespace InclusiveAnalyzers.Benchmarks.Reporting
{
    /// <summary>Size of each named workload: items per invocation and UTF-8 bytes scanned.</summary>
    public static class Workloads
    {
        public const string IdentifiersNoMatch = "identifiers.no-match";
        public const string IdentifiersMixed = "identifiers.mixed";
        public const string ProseEnglishNoMatch = "prose.en.no-match";
        public const string ProseEnglish = "prose.en";
        public const string ProseAllLanguages = "prose.all";
        public const string DocumentsAllLanguages = "documents.all";

        public static (long Items, long Bytes) Get(string key) => key switch
        {
            IdentifiersNoMatch => Names(IdentifierWorkload.Instance.NoMatch),
            IdentifiersMixed => Names(IdentifierWorkload.Instance.Mixed),
            ProseEnglishNoMatch => Lines(ProseWorkload.Instance.EnglishNoMatch),
            ProseEnglish => Lines(ProseWorkload.Instance.English),
            ProseAllLanguages => Lines(ProseWorkload.Instance.AllLanguages),
            DocumentsAllLanguages => Texts(ProseWorkload.Instance.Documents),
            _ => throw new ArgumentException($"Unknown workload '{key}'.", nameof(key)),
        };

        private static (long, long) Names(string[] names) => (names.Length, names.Sum(n => (long)Encoding.UTF8.GetByteCount(n)));

        private static (long, long) Texts(string[] texts) => (texts.Length, texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t)));

        private static (long, long) Lines(TextLine[] lines) => (lines.Length, ProseWorkload.Utf8Bytes(lines));
    }
}
