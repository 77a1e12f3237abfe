namespace InclusiveAnalyzers.Core.Reporting
{
    /// <summary>
    /// FNV-1a, 64 bits, over UTF-16 units: the same text gives the same hash in every process and on
    /// every machine (string.GetHashCode is randomised per process), so keys survive caches and JSON.
    /// </summary>
    public static class StableHash
    {
        public const ulong Seed = 14695981039346656037UL;
        private const ulong Prime = 1099511628211UL;

        public static ulong Add(ulong hash, char c)
        {
            hash ^= (byte)c;
            hash *= Prime;
            hash ^= (byte)(c >> 8);
            hash *= Prime;
            return hash;
        }

        public static ulong Add(ulong hash, string? text)
        {
            if (text == null) return hash;
            foreach (var c in text) hash = Add(hash, c);
            return hash;
        }

        public static string ToText(ulong hash) => hash.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
    }
}
