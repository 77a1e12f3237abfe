using System.Buffers;
using System.Text;

namespace InclusiveAnalyzers.Cli.Reporting;

/// <summary>
/// The UTF-8 a <see cref="System.Text.Json.Utf8JsonWriter"/> commits, handed on to a <see cref="TextWriter"/> in
/// pieces of at most <see cref="ChunkBytes"/> (more only for one value larger than that), so a report is never held
/// whole: a scan with 140,000 findings wrote 77 MB of JSON, which was buffered, then copied into one string.
/// The writer asks for room when its span is full and commits what it wrote first, so the draining needs no
/// flush calls from the reporters. A character split between two pieces is kept by the decoder until the next.
/// </summary>
internal sealed class TextWriterBufferWriter : IBufferWriter<byte>
{
    public const int ChunkBytes = 32 * 1024;

    private readonly TextWriter writer;
    private readonly Decoder decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetDecoder();
    private byte[] bytes = new byte[ChunkBytes];
    private char[] chars = new char[ChunkBytes + 4]; // a split character left from the last piece can add up to 3
    private int committed;

    public TextWriterBufferWriter(TextWriter writer) => this.writer = writer;

    public void Advance(int count)
    {
        if (count < 0 || committed + count > bytes.Length) throw new ArgumentOutOfRangeException(nameof(count));
        committed += count;
    }

    // Reserve first: it may replace the array (bytes.AsMemory(Reserve(...)) would read the old one).
    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        int start = Reserve(sizeHint);
        return bytes.AsMemory(start);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        int start = Reserve(sizeHint);
        return bytes.AsSpan(start);
    }

    /// <summary>Hands every committed byte to the writer; <paramref name="final"/> also ends a split character (as U+FFFD).</summary>
    public void Drain(bool final = false)
    {
        int count = decoder.GetChars(bytes, 0, committed, chars, 0, final);
        writer.Write(chars, 0, count);
        committed = 0;
    }

    // Room for sizeHint bytes after the committed ones: the committed are drained first once the chunk is half full.
    private int Reserve(int sizeHint)
    {
        sizeHint = Math.Max(sizeHint, 1);
        if (committed >= ChunkBytes / 2 || bytes.Length - committed < sizeHint) Drain();
        if (bytes.Length < sizeHint)
        {
            bytes = new byte[sizeHint];
            chars = new char[sizeHint + 4];
        }

        return committed;
    }
}
