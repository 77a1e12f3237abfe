using InclusiveAnalyzers.Documents.Html;

namespace InclusiveAnalyzers.Documents.Tests.Html;

/// <summary>Pages that redirect at once (rustdoc's, mdBook's and MkDocs' moved pages): INCL323 has no content to judge.</summary>
public class RedirectPageTests
{
    // The shape of rustdoc's redirect pages (core_arch/... to core/arch/...).
    private const string Rustdoc = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
            <meta http-equiv="refresh" content="0;URL=../../core/arch/x86/fn._mm_add_ps.html">
            <title>Redirection</title>
        </head>
        <body>
            <p>Redirecting to <a href="../../core/arch/x86/fn._mm_add_ps.html">../../core/arch/x86/fn._mm_add_ps.html</a>...</p>
        </body>
        </html>
        """;

    [Fact]
    public void A_page_that_redirects_at_once_has_no_INCL323()
        => Lint.Html(Rustdoc).HasNot("INCL323");

    [Fact]
    public void A_page_that_redirects_at_once_keeps_its_head_rules()
        => Lint.Html(Rustdoc.Replace("<html lang=\"en\">", "<html>")).Has("INCL340");

    [Fact]
    public void A_page_that_refreshes_later_is_read_and_still_needs_an_h1()
    {
        var findings = Lint.Html(Rustdoc.Replace("content=\"0;URL=", "content=\"5;URL="));
        findings.Has("INCL323");
        findings.Has("INCL345");
    }

    [Fact]
    public void A_page_that_reloads_itself_without_a_destination_still_needs_an_h1()
        => Lint.Html(Rustdoc.Replace("content=\"0;URL=../../core/arch/x86/fn._mm_add_ps.html\"", "content=\"0\"")).Has("INCL323");

    [Theory]
    [InlineData("0;URL=../x.html", true)]
    [InlineData("0; url=choosing-your-theme.html", true)] // MkDocs
    [InlineData("0;URL='https://blog.rust-lang.org/2018/08/02/Rust-1.28.html'", true)] // mdBook
    [InlineData(" 0.0, url=x.html", true)]
    [InlineData("0", false)]
    [InlineData("10; url=x.html", false)]
    [InlineData("3;url=x.html", false)]
    [InlineData(null, false)]
    public void Immediate_redirects_are_a_zero_delay_with_a_destination(string? content, bool expected)
        => Assert.Equal(expected, RedirectPage.IsImmediateRedirect(content));
}
