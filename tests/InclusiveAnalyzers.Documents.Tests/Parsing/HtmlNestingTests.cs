using System.Diagnostics;
using System.Text;
using InclusiveAnalyzers.Documents.Parsing;

namespace InclusiveAnalyzers.Documents.Tests.Parsing;

public class HtmlNestingTests
{
    private static string Repeat(string unit, int count) => new StringBuilder().Insert(0, unit, count).ToString();

    [Theory]
    [InlineData("<div>", 3, false)]
    [InlineData("<div>", 4, true)]
    [InlineData("<ul><li>", 4, true)]
    [InlineData("<DIV class=\"a>b\">", 4, true)]
    [InlineData("<div></div>", 100, false)]
    [InlineData("<p>", 100, false)]
    [InlineData("<li>", 100, false)]
    [InlineData("<td><tr>", 100, false)]
    [InlineData("<img src=a.png>", 100, false)]
    [InlineData("<span/>", 100, false)]
    [InlineData("<!-- <div> -->", 100, false)]
    [InlineData("<script>if (a <div) {}</script>", 100, false)]
    [InlineData("a < b <3 ", 100, false)]
    [InlineData("<SCRIPT>if (a <div) {}</Script>", 100, false)]
    [InlineData("<textarea><div></TEXTAREA>", 100, false)]
    [InlineData("<source src=a.mp4><wbr><col><Track>", 100, false)]
    [InlineData("<my-widget>", 4, true)]
    [InlineData("<Blockquote>", 4, true)]
    [InlineData("<my-widget></MY-WIDGET>", 100, false)]
    public void Counts_only_elements_left_open_that_need_an_end_tag(string unit, int count, bool exceeds)
    {
        Assert.Equal(exceeds, HtmlNesting.Exceeds(Repeat(unit, count), limit: 3));
    }

    [Fact]
    public void An_end_tag_closes_what_it_names_and_everything_left_open_inside()
    {
        Assert.False(HtmlNesting.Exceeds("<section><div><span>x</section><section><div><span>", limit: 3));
        Assert.False(HtmlNesting.Exceeds("</div></div><div><div><div>", limit: 3));
    }

    [Fact]
    public void Nothing_after_a_plaintext_start_tag_is_markup()
    {
        Assert.False(HtmlNesting.Exceeds("<PlainText>" + Repeat("<div>", 10), limit: 3));
        Assert.True(HtmlNesting.Exceeds(Repeat("<div>", 10) + "<plaintext>", limit: 3));
    }

    [Fact]
    public void A_large_flat_page_is_read_in_linear_time()
    {
        var text = Repeat("<div class=\"row\"><p>Some <b>bold</b> text<ul><li>one<li>two</ul></div>\n", 100_000);
        var watch = Stopwatch.StartNew();
        Assert.False(HtmlNesting.Exceeds(text));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }
}
