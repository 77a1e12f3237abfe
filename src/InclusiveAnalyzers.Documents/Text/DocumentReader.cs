using System;
using System.Buffers;
using System.IO;
using System.Text;

namespace InclusiveAnalyzers.Documents.Text
{
    /// <summary>
    /// Reads a document file as text, or says in plain words why it cannot be checked:
    /// too large, binary, not valid UTF-8/UTF-16, or unreadable. Never throws.
    /// </summary>
    internal static class DocumentReader
    {
        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        /// <summary>Git's rule of thumb: a NUL byte in the first 8000 bytes means binary.</summary>
        private const int BinaryProbeLength = 8000;

        public static bool TryRead(string fullPath, long maxBytes, out string text, out string problem)
        {
            text = "";
            problem = "";
            byte[] bytes;
            int count;
            try
            {
                if (!File.Exists(fullPath))
                {
                    problem = "The file does not exist or is not accessible, so it was not checked.";
                    return false;
                }
                // Into a pooled buffer: the bytes live only until decoded, and a fresh array per file (on the
                // large-object heap past 85 KB) cost a scan of many documents more collections than its own work.
                using (var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1))
                {
                    var size = stream.Length;
                    if (size > maxBytes)
                    {
                        problem = $"The file is {Describe(size)}, more than the {Describe(maxBytes)} limit, so it was not checked. " +
                                  "Exclude it from the scan, or raise the size limit if it really is a document.";
                        return false;
                    }
                    if (size > int.MaxValue / 2) throw new IOException("too large to read");
                    var length = (int)size;
                    bytes = ArrayPool<byte>.Shared.Rent(Math.Max(1, length));
                    count = 0;
                    try
                    {
                        for (int n; count < length && (n = stream.Read(bytes, count, length - count)) > 0;) count += n;
                    }
                    catch
                    {
                        ArrayPool<byte>.Shared.Return(bytes);
                        throw;
                    }
                }
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is System.Security.SecurityException || e is NotSupportedException || e is ArgumentException)
            {
                problem = $"The file could not be read ({e.Message.TrimEnd('.')}), so it was not checked.";
                return false;
            }
            try
            {
                return TryDecode(bytes, count, out text, out problem);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(bytes);
            }
        }

        /// <summary>Decodes bytes: UTF-8 (BOM optional) or UTF-16 with a BOM; anything else is refused with a message.</summary>
        public static bool TryDecode(byte[] bytes, out string text, out string problem) => TryDecode(bytes, bytes.Length, out text, out problem);

        /// <summary>Decodes the first <paramref name="count"/> bytes of <paramref name="bytes"/> (see the overload above).</summary>
        public static bool TryDecode(byte[] bytes, int count, out string text, out string problem)
        {
            text = "";
            problem = "";
            if (count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
            {
                bool little = bytes[0] == 0xFF;
                try
                {
                    text = new UnicodeEncoding(bigEndian: !little, byteOrderMark: false, throwOnInvalidBytes: true).GetString(bytes, 2, count - 2);
                    return true;
                }
                catch (DecoderFallbackException)
                {
                    problem = "The file starts with a UTF-16 byte-order mark but is not valid UTF-16, so it was not checked. Save it as UTF-8.";
                    return false;
                }
            }

            int probe = Math.Min(count, BinaryProbeLength);
            if (Array.IndexOf(bytes, (byte)0, 0, probe) >= 0)
            {
                problem = "The file looks binary (it contains NUL bytes), so it was not checked. Exclude it from the scan if it is not a document.";
                return false;
            }

            int start = count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            try
            {
                text = StrictUtf8.GetString(bytes, start, count - start);
                return true;
            }
            catch (DecoderFallbackException e)
            {
                int at = e.Index >= 0 ? e.Index + start : -1;
                problem = (at >= 0 ? $"The file is not valid UTF-8 (first bad byte at offset {at})" : "The file is not valid UTF-8") +
                          ", so it was not checked. Save it as UTF-8.";
                return false;
            }
        }

        private static string Describe(long bytes)
        {
            if (bytes >= 1024 * 1024) return (bytes / (1024.0 * 1024.0)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " MB";
            if (bytes >= 1024) return (bytes / 1024.0).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " KB";
            return bytes + " bytes";
        }

        public static string DescribeSize(long bytes) => Describe(bytes);
    }
}
