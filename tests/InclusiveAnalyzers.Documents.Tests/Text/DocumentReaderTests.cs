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
}
