using InclusiveAnalyzers.Core.Reporting;

namespace InclusiveAnalyzers.Core.Tests.Reporting;

/// <summary>File URIs for SARIF: RFC 3986 syntax, and the same file back when the URI is decoded.</summary>
public class FileUriTests
{
    private static string Full(string unixPath) => Path.GetFullPath(unixPath);

    [Fact]
    public void Plain_paths_give_the_uri_System_Uri_gives()
    {
        foreach (var path in new[] { "/src/docs/guide.md", "/src/my docs/café #1 100%.md", "/src/c++ (copy)/a,b;c=d.md", "/src/a?b.md" })
        {
            Assert.Equal(new Uri(Full(path)).AbsoluteUri, FileUri.FromFullPath(Full(path)));
        }
    }

    /// <summary>System.Uri leaves brackets in a path (no uri-reference, so the SARIF schema rejects the log) and
    /// decodes "%41" in a file name to "A" (another file). Both are percent-encoded here.</summary>
    [Theory]
    [InlineData("/site/pages/[slug].md", "/site/pages/%5Bslug%5D.md")]
    [InlineData("/site/a%41.md", "/site/a%2541.md")]
    [InlineData("/site/x%2Fy.md", "/site/x%252Fy.md")]
    [InlineData("/site/{tab}|^`.md", "/site/%7Btab%7D%7C%5E%60.md")]
    public void Brackets_and_percent_signs_are_encoded_and_decode_to_the_same_file(string path, string uriPath)
    {
        var uri = FileUri.FromFullPath(Full(path));

        Assert.EndsWith(uriPath, uri);
        Assert.StartsWith("file:///", uri);
        Assert.Equal(Full(path), new Uri(uri).LocalPath);
    }

    [Fact]
    public void A_folder_uri_ends_in_one_slash_also_for_the_root()
    {
        var root = Path.GetPathRoot(Full("/"))!;
        Assert.Equal(new Uri(root).AbsoluteUri, FileUri.FromDirectory(root));
        Assert.EndsWith("/src/docs/", FileUri.FromDirectory(Full("/src/docs")));
        Assert.EndsWith("/src/docs/", FileUri.FromDirectory(Full("/src/docs") + Path.DirectorySeparatorChar));
        Assert.DoesNotContain("//", FileUri.FromDirectory(Full("/src/docs") + Path.DirectorySeparatorChar)["file:///".Length..]);
    }

    [Fact]
    public void Windows_drive_and_server_paths_keep_their_shape()
    {
        if (Path.DirectorySeparatorChar != '\\')
        {
            // On Unix a backslash is part of a file name, not a separator.
            Assert.Equal("file:///src/a%5Cb.md", FileUri.FromFullPath("/src/a\\b.md"));
            return;
        }

        Assert.Equal("file:///C:/src/a%20b.md", FileUri.FromFullPath(@"C:\src\a b.md"));
        Assert.Equal("file://server/share/a.md", FileUri.FromFullPath(@"\\server\share\a.md"));
        Assert.Equal("file:///C:/", FileUri.FromDirectory(@"C:\"));
    }
}
