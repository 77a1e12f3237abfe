using System.Text;
using InclusiveAnalyzers.Cli.Files;

namespace InclusiveAnalyzers.Cli.Tests.Files;

public class TextFileTests
{
    [Fact]
    public void Utf8_with_bom_round_trips()
    {
        using var folder = new TempFolder();
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("héllo\r\nworld")).ToArray();
        var path = folder.WriteBytes("a.md", bytes);

        var file = TextFile.TryRead(path, 1000, out var reason)!;
        Assert.Null(reason);
        Assert.Equal("héllo\r\nworld", file.Text);
        Assert.Equal(3, file.PreambleLength);
        Assert.True(file.RoundTrips());
        Assert.Equal(bytes, file.Encode(file.Text));
    }

    [Fact]
    public void Utf16_with_bom_is_text_not_binary()
    {
        using var folder = new TempFolder();
        var bytes = new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes("master list")).ToArray();
        var file = TextFile.TryRead(folder.WriteBytes("a.md", bytes), 1000, out _)!;
        Assert.Equal("master list", file.Text);
        Assert.Equal(bytes, file.Encode(file.Text));
    }

    [Fact]
    public void Nul_bytes_mean_binary()
    {
        using var folder = new TempFolder();
        Assert.Null(TextFile.TryRead(folder.WriteBytes("a.md", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0, 0, 1 }), 1000, out var reason));
        Assert.Contains("binary", reason);
    }

    [Fact]
    public void Oversized_files_are_not_read()
    {
        using var folder = new TempFolder();
        Assert.Null(TextFile.TryRead(folder.Write("a.md", new string('x', 2048)), 1024, out var reason));
        Assert.Equal("2 KB is over the 1 KB size limit (raise it with --max-file-size)", reason);
    }

    [Fact]
    public void Invalid_utf8_is_readable_but_not_rewritable()
    {
        using var folder = new TempFolder();
        var file = TextFile.TryRead(folder.WriteBytes("a.md", new byte[] { (byte)'a', 0xC3, 0x28, (byte)'b' }), 1000, out _)!;
        Assert.False(file.IsValidEncoding);
        Assert.False(file.RoundTrips());
        Assert.Contains('\uFFFD', file.Text);
    }
}
