using System.IO;
using System.Text;

namespace InclusiveAnalyzers.Core.Reporting
{
    /// <summary>
    /// A full path as an RFC 3986 <c>file:</c> URI, as SARIF's <c>artifactLocation.uri</c> must be. System.Uri
    /// is not used for this: it leaves '[' and ']' in a path (RFC 3986 allows them only around an IPv6 host,
    /// so the log fails the SARIF schema's uri-reference format: Next.js and Docusaurus pages are named
    /// <c>[slug].md</c>), and it decodes what looks like an escape in a file name (<c>a%41.md</c> becomes
    /// <c>aA.md</c>, another file). Here every byte of a segment's UTF-8 that is not a path character is
    /// percent-encoded, '%' included; what RFC 3986 allows in a segment is kept as System.Uri kept it.
    /// </summary>
    public static class FileUri
    {
        private const string Hex = "0123456789ABCDEF";

        /// <summary><c>/src/a b.md</c> gives <c>file:///src/a%20b.md</c>; <c>C:\src\x.md</c> gives
        /// <c>file:///C:/src/x.md</c>; <c>\\server\share\x.md</c> gives <c>file://server/share/x.md</c>.</summary>
        public static string FromFullPath(string fullPath)
        {
            var separators = Path.DirectorySeparatorChar == Path.AltDirectorySeparatorChar
                ? new[] { Path.DirectorySeparatorChar }
                : new[] { Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar };
            var segments = fullPath.Split(separators);
            var builder = new StringBuilder("file://");
            var first = 0;
            if (separators.Length > 1 && segments.Length > 3 && segments[0].Length == 0 && segments[1].Length == 0)
            {
                // A Windows UNC path: the server is the host.
                AppendSegment(builder, segments[2]);
                first = 3;
            }
            else if (segments[0].Length > 0)
            {
                // A drive ("C:") starts the path after the empty host.
                builder.Append('/');
            }
            else
            {
                first = 1;
            }

            for (var i = first; i < segments.Length; i++)
            {
                if (i > 0)
                {
                    builder.Append('/');
                }

                AppendSegment(builder, segments[i]);
            }

            return builder.ToString();
        }

        /// <summary>A folder's URI, ending in '/' as a base URI must for relative references to resolve under it.</summary>
        public static string FromDirectory(string fullPath)
        {
            var uri = FromFullPath(fullPath);
            return uri.EndsWith("/", System.StringComparison.Ordinal) ? uri : uri + "/";
        }

        private static void AppendSegment(StringBuilder builder, string segment)
        {
            foreach (var b in Encoding.UTF8.GetBytes(segment))
            {
                if (IsPathCharacter(b))
                {
                    builder.Append((char)b);
                }
                else
                {
                    builder.Append('%').Append(Hex[b >> 4]).Append(Hex[b & 15]);
                }
            }
        }

        /// <summary>RFC 3986 pchar without pct-encoded: unreserved, sub-delims, ':' and '@'.</summary>
        private static bool IsPathCharacter(byte b) =>
            b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || "-._~!$&'()*+,;=:@".IndexOf((char)b) >= 0;
    }
}
