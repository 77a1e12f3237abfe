using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using InclusiveAnalyzers.Cli.Reporting;

namespace InclusiveAnalyzers.Cli.Tests.Reporting;

public class JsonOutputTests
{
    // Characters of one, two, three and four UTF-8 bytes, so pieces end inside every kind of sequence.
    private static readonly string[] Words = { "whitelist", "café", "日本語の文書", "emoji 😀 and 👩🏽‍💻", "\"quoted\" \\ line\nbreak", "ü" };

    [Fact]
    public void Streamed_json_equals_the_whole_document_written_at_once()
    {
        foreach (int count in new[] { 0, 1, 7, 1_000, 20_000 })
        {
            using var writer = new StringWriter();
            Assert.Equal(Reference(count), Streamed(count, writer).ToString());
        }
    }

    [Fact]
    public void A_value_larger_than_a_piece_is_written_whole()
    {
        var big = string.Concat(Enumerable.Repeat("€😀a", TextWriterBufferWriter.ChunkBytes));
        using var writer = new StringWriter();
        JsonOutput.Write(writer, json => json.WriteStringValue(big));
        Assert.Equal(JsonSerializer.Serialize(big, new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + Environment.NewLine, writer.ToString());
    }

    [Fact]
    public void A_large_report_reaches_the_writer_in_pieces_not_at_the_end()
    {
        using var writer = new PieceWriter();
        Streamed(20_000, writer);
        Assert.True(writer.Pieces > 20, $"{writer.Pieces} pieces");
        Assert.True(writer.LargestPiece <= TextWriterBufferWriter.ChunkBytes, $"largest piece {writer.LargestPiece} characters");
    }

    private static TextWriter Streamed(int count, TextWriter writer)
    {
        JsonOutput.Write(writer, json => WriteItems(json, count));
        return writer;
    }

    // What the output was before streaming: the whole UTF-8 document, decoded once, then a line break.
    private static string Reference(int count)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteItems(json, count);
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + Environment.NewLine;
    }

    private static void WriteItems(Utf8JsonWriter json, int count)
    {
        json.WriteStartObject();
        json.WriteStartArray("findings");
        for (int i = 0; i < count; i++)
        {
            json.WriteStartObject();
            json.WriteNumber("line", i);
            json.WriteString("message", Words[i % Words.Length] + new string('x', i % 13));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private sealed class PieceWriter : TextWriter
    {
        public int Pieces { get; private set; }

        public int LargestPiece { get; private set; }

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char[] buffer, int index, int count)
        {
            if (count == 0) return;
            Pieces++;
            LargestPiece = Math.Max(LargestPiece, count);
        }

        public override void Write(char value) => Write(new[] { value }, 0, 1);
    }
}
