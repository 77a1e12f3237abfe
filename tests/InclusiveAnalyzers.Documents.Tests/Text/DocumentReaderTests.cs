using System.Text;
using InclusiveAnalyzers.Documents.Text;

namespace InclusiveAnalyzers.Documents.Tests.Text;

public class DocumentReaderTests
{
    [Fact]
    public void Utf8_with_and_without_bom()
    {
        Assert.True(DocumentReader.TryDecode(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Grüezi")).ToArray(), out var withBom, out _));
        Assert.Equal("Grüezi", withBom);
        Assert.True(DocumentReader.TryDecode(Encoding.UTF8.GetBytes("Grüezi"), out var plain, out _));
        Assert.Equal("Grüezi", plain);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16_with_bom(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes("# Title\n")).ToArray();
        Assert.True(DocumentReader.TryDecode(bytes, out var text, out _));
        Assert.Equal("# Title\n", text);
    }

    [Fact]
    public void Invalid_utf8_is_refused_with_the_offset()
    {
        var bytes = Encoding.ASCII.GetBytes("# Title\nabc").Concat(new byte[] { 0xC3, 0x28 }).ToArray();
        Assert.False(DocumentReader.TryDecode(bytes, out _, out var problem));
        Assert.Contains("not valid UTF-8", problem);
        Assert.Contains("offset 11", problem);
        Assert.Contains("Save it as UTF-8", problem);
    }

    [Fact]
    public void Nul_bytes_mean_binary()
    {
        Assert.False(DocumentReader.TryDecode(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 13 }, out _, out var problem));
        Assert.Contains("binary", problem);
    }

    [Fact]
    public void Files_read_one_after_another_keep_only_their_own_bytes()
    {
        // The bytes go through a pooled buffer: a short file read after a long one must not see the long one's tail.
        var folder = Directory.CreateTempSubdirectory("inclusive-reader-");
        try
        {
            var longPath = Path.Combine(folder.FullName, "long.md");
            var shortPath = Path.Combine(folder.FullName, "short.md");
            var longText = string.Concat(Enumerable.Repeat("A line of prose that fills the buffer.\n", 5_000)); // about 190 KB
            File.WriteAllText(longPath, longText);
            File.WriteAllText(shortPath, "# Short\n");

            Assert.True(DocumentReader.TryRead(longPath, 10_000_000, out var first, out _));
            Assert.Equal(longText, first);
            Assert.True(DocumentReader.TryRead(shortPath, 10_000_000, out var second, out _));
            Assert.Equal("# Short\n", second);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void An_empty_file_reads_as_empty_text_and_a_binary_one_is_refused()
    {
        var folder = Directory.CreateTempSubdirectory("inclusive-reader-");
        try
        {
            var empty = Path.Combine(folder.FullName, "empty.md");
            var binary = Path.Combine(folder.FullName, "binary.md");
            File.WriteAllBytes(empty, Array.Empty<byte>());
            File.WriteAllBytes(binary, new byte[] { 0x23, 0x20, 0, 0x41 });

            Assert.True(DocumentReader.TryRead(empty, 1000, out var text, out _));
            Assert.Equal("", text);
            Assert.False(DocumentReader.TryRead(binary, 1000, out _, out var problem));
            Assert.Contains("binary", problem);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_file_over_the_limit_is_refused_and_one_at_the_limit_is_read()
    {
        var folder = Directory.CreateTempSubdirectory("inclusive-reader-");
        try
        {
            var path = Path.Combine(folder.FullName, "page.md");
            File.WriteAllText(path, new string('a', 1000));

            Assert.False(DocumentReader.TryRead(path, 999, out _, out var problem));
            Assert.Contains("limit", problem);
            Assert.True(DocumentReader.TryRead(path, 1000, out var text, out _));
            Assert.Equal(1000, text.Length);
            Assert.False(DocumentReader.TryRead(Path.Combine(folder.FullName, "missing.md"), 1000, out _, out var missing));
            Assert.Contains("does not exist", missing);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
