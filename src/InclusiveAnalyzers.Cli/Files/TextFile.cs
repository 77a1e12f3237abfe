using System.Globalization;
using System.Text;

namespace InclusiveAnalyzers.Cli.Files;

/// <summary>
/// A document read for scanning or fixing: its text, and what it takes to write it back byte for byte
/// (the encoding and the byte order mark it had). Binary files (a NUL byte in the first 8,000 bytes
/// without a UTF-16/32 byte order mark, git's test) and files over the size limit are not read.
/// </summary>
public sealed class TextFile
{
    private const int BinarySniffBytes = 8000;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding LenientUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private TextFile(string fullPath, string text, Encoding encoding, int preambleLength, byte[] preamble, bool isValid, byte[] original)
    {
        FullPath = fullPath;
        Text = text;
        Encoding = encoding;
        PreambleLength = preambleLength;
        Preamble = preamble;
        IsValidEncoding = isValid;
        OriginalBytes = original;
    }

    public string FullPath { get; }

    /// <summary>The text without its byte order mark.</summary>
    public string Text { get; }

    public Encoding Encoding { get; }
    public int PreambleLength { get; }
    public byte[] Preamble { get; }

    /// <summary>False when the bytes are not valid in their encoding (bad UTF-8): such a file is scanned but never rewritten.</summary>
    public bool IsValidEncoding { get; }

    public byte[] OriginalBytes { get; }

    /// <summary>A candidate's text: its in-memory bytes when it has them, else the file read from disk.</summary>
    public static TextFile? TryRead(CandidateFile file, long maxBytes, out string? skipReason) =>
        file.Content is { } content ? FromBytes(file.FullPath, content, maxBytes, out skipReason) : TryRead(file.FullPath, maxBytes, out skipReason);

    /// <summary>Reads a file, or returns null with the reason it was skipped.</summary>
    public static TextFile? TryRead(string fullPath, long maxBytes, out string? skipReason)
    {
        skipReason = null;
        byte[] bytes;
        try
        {
            var length = new FileInfo(fullPath).Length;
            if (length > maxBytes)
            {
                skipReason = $"{FormatSize(length)} is over the {FormatSize(maxBytes)} size limit (raise it with --max-file-size)";
                return null;
            }

            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            skipReason = "could not be read: " + e.Message;
            return null;
        }

        return FromBytes(fullPath, bytes, maxBytes, out skipReason);
    }

    /// <summary>Decodes bytes read elsewhere (disk, git's object store) with the same checks: size, binary, encoding.</summary>
    public static TextFile? FromBytes(string fullPath, byte[] bytes, long maxBytes, out string? skipReason)
    {
        skipReason = null;
        if (bytes.Length > maxBytes)
        {
            skipReason = $"{FormatSize(bytes.Length)} is over the {FormatSize(maxBytes)} size limit (raise it with --max-file-size)";
            return null;
        }

        var (encoding, preambleLength) = DetectEncoding(bytes);
        if (encoding is UTF8Encoding && IsBinary(bytes, preambleLength))
        {
            skipReason = "binary file (it contains NUL bytes)";
            return null;
        }

        var preamble = bytes.AsSpan(0, preambleLength).ToArray();
        string text;
        var valid = true;
        try
        {
            text = (encoding is UTF8Encoding ? StrictUtf8 : encoding).GetString(bytes, preambleLength, bytes.Length - preambleLength);
        }
        catch (DecoderFallbackException)
        {
            // Scan what can be read (bad bytes become U+FFFD), but never write such a file back.
            text = (encoding is UTF8Encoding ? LenientUtf8 : Encoding.GetEncoding(encoding.CodePage)).GetString(bytes, preambleLength, bytes.Length - preambleLength);
            valid = false;
        }

        return new TextFile(fullPath, text, encoding, preambleLength, preamble, valid, bytes);
    }

    /// <summary>The bytes for <paramref name="newText"/> in this file's encoding, with its byte order mark if it had one.</summary>
    public byte[] Encode(string newText)
    {
        var body = Encoding.GetBytes(newText);
        var result = new byte[Preamble.Length + body.Length];
        Preamble.CopyTo(result, 0);
        body.CopyTo(result, Preamble.Length);
        return result;
    }

    /// <summary>Whether encoding the text read gives back the exact bytes read: the precondition for rewriting.</summary>
    public bool RoundTrips() => IsValidEncoding && Encode(Text).AsSpan().SequenceEqual(OriginalBytes);

    public static string FormatSize(long bytes) => bytes switch
    {
        >= 1024 * 1024 => (bytes / (1024.0 * 1024)).ToString(bytes % (1024 * 1024) == 0 ? "0" : "0.#", CultureInfo.InvariantCulture) + " MB",
        >= 1024 => (bytes / 1024.0).ToString(bytes % 1024 == 0 ? "0" : "0.#", CultureInfo.InvariantCulture) + " KB",
        _ => bytes.ToString(CultureInfo.InvariantCulture) + " bytes",
    };

    private static (Encoding Encoding, int PreambleLength) DetectEncoding(byte[] b)
    {
        if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
        {
            return (StrictUtf8, 3);
        }

        if (b.Length >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0)
        {
            return (new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), 4);
        }

        if (b.Length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF)
        {
            return (new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true), 4);
        }

        if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE)
        {
            return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), 2);
        }

        if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF)
        {
            return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), 2);
        }

        return (StrictUtf8, 0);
    }

    private static bool IsBinary(byte[] bytes, int start) =>
        bytes.AsSpan(start, Math.Min(BinarySniffBytes, bytes.Length - start)).IndexOf((byte)0) >= 0;
}
