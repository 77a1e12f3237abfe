using System;
using System.Collections.Generic;

namespace InclusiveAnalyzers.Documents.Accessibility.Links
{
    /// <summary>
    /// A link whose destination is an e-mail address written without <c>mailto:</c>, as in a SECURITY.md's
    /// <c>[Email](security@example.org)</c> or a code of conduct's <c>[team@example.org](team@example.org)</c>: a browser
    /// and a Git host resolve it as a relative page of that name, which does not exist, so the reporting channel a reader
    /// clicks goes nowhere. A file name with an '@' (<c>logo@2x.png</c>), a path, a package version (<c>pkg@1.2.3</c>)
    /// and anything with a scheme are no such address.
    /// </summary>
    internal static class MailAddressDestination
    {
        // What follows the last dot of a file name a page links to: such a "domain" is a file (icon@2x.png), not a host.
        private static readonly HashSet<string> FileExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "png", "jpg", "jpeg", "gif", "svg", "webp", "ico", "bmp", "avif", "md", "markdown", "mdx", "html", "htm", "pdf", "txt",
            "json", "yml", "yaml", "xml", "zip", "gz", "tgz", "js", "ts", "css", "mp4", "mov", "webm", "csv", "rst", "tar",
        };

        /// <summary>True when <paramref name="url"/> is a bare e-mail address: one '@', a domain of two labels or more ending in letters.</summary>
        public static bool Is(string? url)
        {
            if (url == null) return false;
            var value = url.Trim();
            int at = value.IndexOf('@');
            if (at <= 0 || at != value.LastIndexOf('@') || at == value.Length - 1) return false;
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c == ':' || c == '/' || c == '\\' || c == '?' || c == '#' || c == '%' || char.IsWhiteSpace(c)) return false;
            }
            var domain = value.Substring(at + 1);
            int lastDot = domain.LastIndexOf('.');
            if (lastDot <= 0 || lastDot == domain.Length - 1 || domain.Contains("..")) return false;
            var topLevel = domain.Substring(lastDot + 1);
            if (topLevel.Length < 2 || FileExtensions.Contains(topLevel)) return false;
            foreach (char c in topLevel)
            {
                if (!(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z')) return false;
            }
            foreach (char c in domain)
            {
                if (!(char.IsLetterOrDigit(c) || c == '-' || c == '.')) return false;
            }
            return true;
        }

        public static string Message(string address) =>
            $"The link's destination '{address.Trim()}' is an e-mail address without 'mailto:', so it opens a page of that name, which does not exist. " +
            $"Write it as mailto:{address.Trim()} (or as the autolink <{address.Trim()}>).";
    }
}
