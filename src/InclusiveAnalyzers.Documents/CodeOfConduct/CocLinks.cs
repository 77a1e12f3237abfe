using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using InclusiveAnalyzers.Core.Selection;

namespace InclusiveAnalyzers.Documents.CodeOfConduct
{
    /// <summary>Does a README or CONTRIBUTING guide link to a code of conduct (check 2)?</summary>
    internal static class CocLinks
    {
        private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

        // Link targets in Markdown (inline and reference definitions), HTML, reStructuredText and AsciiDoc, and bare URLs.
        private static readonly Regex Target = new Regex(
            @"\]\(\s*<?(?<t>[^)\s>]+)|^[ \t]{0,3}\[[^\]\r\n]+\]:\s*<?(?<t>\S+?)>?(?:\s|$)|\bhref\s*=\s*[""']?(?<t>[^""'\s>]+)|<(?<t>[^<>\s]+)>`_|\blink:(?<t>[^\[\s]+)\[|(?<t>https?://[^\s)>\]""']+)",
            Options | RegexOptions.Multiline);

        private static readonly Regex ConductTarget = new Regex(@"code[\s_%-]*(?:20)?of[\s_%-]*(?:20)?conduct|/conduct\b|contributor-covenant", Options);

        public static bool LinksToCodeOfConduct(string text) => LinksToCodeOfConduct(text, "", null, out _);

        /// <summary>
        /// As above, but a relative link from <paramref name="entryPath"/> to a document that is not among
        /// <paramref name="repositoryPaths"/> does not count: php-amqplib's README links <c>CODE_OF_CONDUCT.md</c> in the
        /// root while the file is in <c>.github/</c>, so the link leads nowhere on the forge and in a clone. Absolute
        /// addresses count as before (an offline audit cannot follow them), and so does a relative target that is no
        /// document the scan lists (a folder, a file type it does not read).
        /// </summary>
        /// <param name="broken">The first conduct link that leads to no file, when none counts (for the message).</param>
        public static bool LinksToCodeOfConduct(string text, string entryPath, ISet<string>? repositoryPaths, out string? broken)
        {
            broken = null;
            foreach (Match match in Target.Matches(text))
            {
                var target = match.Groups["t"].Value;
                if (!ConductTarget.IsMatch(target)) continue;
                if (repositoryPaths == null || !IsBrokenRelative(target, entryPath, repositoryPaths)) return true;
                broken ??= target;
            }

            return false;
        }

        /// <summary>A relative link to a document file that the repository does not hold.</summary>
        private static bool IsBrokenRelative(string target, string entryPath, ISet<string> repositoryPaths)
        {
            if (target.IndexOf("://", StringComparison.Ordinal) >= 0 || target.StartsWith("//", StringComparison.Ordinal) ||
                target.StartsWith("#", StringComparison.Ordinal) || target.IndexOf(':') >= 0)
            {
                return false; // an address, a fragment of the entry point itself, mailto: and other schemes
            }

            int cut = target.IndexOfAny(new[] { '#', '?' });
            string path = cut < 0 ? target : target.Substring(0, cut);
            try
            {
                path = Uri.UnescapeDataString(path);
            }
            catch (UriFormatException)
            {
                return false;
            }

            var resolved = Resolve(path, entryPath);
            if (resolved == null || resolved.Length == 0) return false; // above the root, or the root itself: not judged
            string name = resolved.Substring(resolved.LastIndexOf('/') + 1);
            if (!FileKinds.IsTextDocument(name) || repositoryPaths.Contains(resolved)) return false;
            foreach (var existing in repositoryPaths)
            {
                if (existing.StartsWith(resolved + "/", StringComparison.OrdinalIgnoreCase)) return false; // a folder named like a document
            }

            return true;
        }

        /// <summary>The repository-relative path a link leads to: from the entry point's folder, or from the root for '/…' (as GitHub reads it); null above the root.</summary>
        private static string? Resolve(string path, string entryPath)
        {
            var parts = new List<string>();
            if (!path.StartsWith("/", StringComparison.Ordinal))
            {
                string folder = CocPaths.Normalize(entryPath);
                int slash = folder.LastIndexOf('/');
                if (slash > 0) parts.AddRange(folder.Substring(0, slash).Split('/'));
            }

            foreach (var part in path.Replace('\\', '/').Split('/'))
            {
                if (part.Length == 0 || part == ".") continue;
                if (part == "..")
                {
                    if (parts.Count == 0) return null;
                    parts.RemoveAt(parts.Count - 1);
                    continue;
                }

                parts.Add(part);
            }

            return string.Join("/", parts);
        }
    }
}
