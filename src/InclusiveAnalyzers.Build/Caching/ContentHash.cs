using System.Security.Cryptography;
using System.Text;

namespace InclusiveAnalyzers.Build.Caching
{
    /// <summary>SHA-256 as lower-case hex: the cache's key for a document's bytes and for a configuration.</summary>
    internal static class ContentHash
    {
        public static string Of(byte[] bytes)
        {
            using (var sha = SHA256.Create())
            {
                return ToHex(sha.ComputeHash(bytes));
            }
        }

        public static string Of(string text) => Of(Encoding.UTF8.GetBytes(text));

        private static string ToHex(byte[] hash)
        {
            var builder = new StringBuilder(hash.Length * 2);
            foreach (var b in hash)
            {
                builder.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            }

            return builder.ToString();
        }
    }
}
