using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using InclusiveAnalyzers.Documents.Html;

namespace InclusiveAnalyzers.Documents.Tests.Html;

/// <summary>The one accessible name computation every name rule uses (accname 1.2 and HTML-AAM, static reading).</summary>
public class AccessibleNameTests
{
    private static string NameOf(string html, string id = "t")
    {
        var document = new HtmlParser().ParseDocument("<!doctype html><html><body>" + html + "</body></html>");
        var element = document.GetElementById(id) ?? throw new InvalidOperationException("no #" + id);
        return Collapse(AccessibleName.Of(element, document));
    }

    private static string Collapse(string text) => string.Join(" ", text.Split(new[] { ' ', '\t', '\n', '\r', '\f' }, StringSplitOptions.RemoveEmptyEntries));

    private static IElement Element(string html, string id = "t") =>
        new HtmlParser().ParseDocument("<!doctype html><html><body>" + html + "</body></html>").GetElementById(id)!;

    [Theory]
    // aria-labelledby: every id in order, hidden targets included, missing ids skipped.
    [InlineData("<span id=\"a\">Billing</span><span id=\"b\">address</span><input id=\"t\" aria-labelledby=\"a b\">", "Billing address")]
    [InlineData("<span id=\"a\" hidden>Search the docs</span><input id=\"t\" aria-labelledby=\"a\">", "Search the docs")]
    [InlineData("<span id=\"a\" style=\"display: none\">Close</span><button id=\"t\" aria-labelledby=\"nowhere a\">x</button>", "Close")]
    // Self-reference reads the element's own name without aria-labelledby.
    [InlineData("<button id=\"t\" aria-labelledby=\"t f\">Delete</button><span id=\"f\">report.pdf</span>", "Delete report.pdf")]
    // A referenced element's own aria-labelledby is not followed (no second hop, so no loop).
    [InlineData("<span id=\"a\" aria-labelledby=\"b\">First</span><span id=\"b\" aria-labelledby=\"a\">Second</span><button id=\"t\" aria-labelledby=\"a\"></button>", "First")]
    // A referenced element's aria-label wins over its text.
    [InlineData("<span id=\"a\" aria-label=\"Zoom in\">+</span><button id=\"t\" aria-labelledby=\"a\"></button>", "Zoom in")]
    // Names that exist but are empty fall through to the next source.
    [InlineData("<span id=\"a\"></span><button id=\"t\" aria-labelledby=\"a\">Save</button>", "Save")]
    [InlineData("<button id=\"t\" aria-label=\"  \">Save</button>", "Save")]
    [InlineData("<button id=\"t\" aria-label=\"Save the file\">Save</button>", "Save the file")]
    public void Aria_sources(string html, string expected) => Assert.Equal(expected, NameOf(html));

    [Theory]
    [InlineData("<label for=\"t\">Email</label><input id=\"t\">", "Email")]
    [InlineData("<label>Country <select id=\"t\"><option>France</option></select></label>", "Country")]
    [InlineData("<label>Quantity <input id=\"t\" value=\"3\"></label>", "Quantity")]
    [InlineData("<input id=\"t\" title=\"Search\" placeholder=\"Type here\">", "Search")]
    [InlineData("<input id=\"t\" placeholder=\"Type here\">", "Type here")]
    [InlineData("<input id=\"t\" type=\"submit\">", "Submit")]
    [InlineData("<input id=\"t\" type=\"reset\">", "Reset")]
    [InlineData("<input id=\"t\" type=\"button\" value=\"Go\">", "Go")]
    [InlineData("<input id=\"t\" type=\"button\">", "")]
    [InlineData("<input id=\"t\" type=\"image\" src=\"go.png\" alt=\"Search\">", "Search")]
    [InlineData("<input id=\"t\" type=\"image\" src=\"go.png\" alt=\"\">", "")]
    [InlineData("<fieldset id=\"t\"><legend>Shipping</legend><input></fieldset>", "Shipping")]
    [InlineData("<figure id=\"t\"><img src=\"a.png\" alt=\"\"><figcaption>Sales by month</figcaption></figure>", "Sales by month")]
    [InlineData("<table id=\"t\"><caption>Prices</caption><tr><td>1</td></tr></table>", "Prices")]
    [InlineData("<svg id=\"t\" role=\"img\"><title>Logo</title><text>ACME</text></svg>", "Logo")]
    [InlineData("<iframe id=\"t\" title=\"Map\"></iframe>", "Map")]
    [InlineData("<iframe id=\"t\" name=\"Map\"></iframe>", "")]
    public void Native_sources(string html, string expected) => Assert.Equal(expected, NameOf(html));

    [Theory]
    // Descendants give their own names: an image's alt, a nested aria-label, an svg title.
    [InlineData("<a id=\"t\" href=\"/\"><img src=\"logo.png\" alt=\"Home\"></a>", "Home")]
    [InlineData("<a id=\"t\" href=\"/\"><img src=\"logo.png\" title=\"Home\"></a>", "Home")]
    [InlineData("<a id=\"t\" href=\"/\"><img src=\"logo.png\" aria-labelledby=\"l\"></a><p id=\"l\">Start page</p>", "Start page")]
    [InlineData("<a id=\"t\" href=\"/\"><svg><title>Home</title></svg></a>", "Home")]
    [InlineData("<button id=\"t\"><span aria-label=\"Close\">×</span></button>", "Close")]
    [InlineData("<a id=\"t\" href=\"/\">Read <b>the</b> guide</a>", "Read the guide")]
    // Presentational images and hidden descendants give nothing.
    [InlineData("<a id=\"t\" href=\"/\"><img src=\"logo.png\" alt=\"Home\" role=\"presentation\"></a>", "")]
    [InlineData("<a id=\"t\" href=\"/\"><img src=\"logo.png\" alt=\"\"></a>", "")]
    [InlineData("<h2 id=\"t\"><span aria-hidden=\"true\">★</span></h2>", "")]
    [InlineData("<h2 id=\"t\">Intro<span style=\"display:none\"> (draft)</span></h2>", "Intro")]
    [InlineData("<h2 id=\"t\"><br></h2>", "")]
    // A descendant whose content gives nothing stands in with its title; the element's own title is last.
    [InlineData("<a id=\"t\" href=\"/\"><span title=\"Home\"></span></a>", "Home")]
    [InlineData("<a id=\"t\" href=\"/\" title=\"Home\"><img src=\"logo.png\" alt=\"\"></a>", "Home")]
    public void Name_from_content(string html, string expected) => Assert.Equal(expected, NameOf(html));

    [Theory]
    // Roles whose content is a value, not a name.
    [InlineData("<div id=\"t\" role=\"textbox\">first name</div>", "")]
    [InlineData("<select id=\"t\"><option>France</option></select>", "")]
    [InlineData("<label>first name <div id=\"t\" role=\"textbox\"></div></label>", "")]
    // Roles that take their name from content.
    [InlineData("<div id=\"t\" role=\"checkbox\">I agree</div>", "I agree")]
    [InlineData("<span id=\"t\" role=\"button\">Play</span>", "Play")]
    [InlineData("<div id=\"t\">Plain text</div>", "")]
    public void Roles_decide_whether_content_names(string html, string expected) => Assert.Equal(expected, NameOf(html));

    [Theory]
    [InlineData("<button id=\"t\" role=\"none\">x</button>", "button")]
    [InlineData("<button id=\"t\" role=\"none\" disabled>x</button>", "presentation")]
    [InlineData("<a id=\"t\" href=\"/\" role=\"presentation\">x</a>", "link")]
    [InlineData("<a id=\"t\" role=\"presentation\">x</a>", "presentation")]
    [InlineData("<h1 id=\"t\" role=\"none\" aria-label=\"\">x</h1>", "heading")]
    [InlineData("<h1 id=\"t\" role=\"none\">x</h1>", "presentation")]
    [InlineData("<img id=\"t\" src=\"a.png\" alt=\"\">", "presentation")]
    [InlineData("<img id=\"t\" src=\"a.png\" alt=\"\" aria-labelledby=\"x\">", "img")]
    [InlineData("<img id=\"t\" src=\"a.png\" alt=\"\" tabindex=\"-1\">", "img")]
    [InlineData("<span id=\"t\" role=\"lnik link\">x</span>", "link")]
    [InlineData("<input id=\"t\" type=\"checkbox\" role=\"menuitemcheckbox\">", "menuitemcheckbox")]
    [InlineData("<input id=\"t\" type=\"search\">", "searchbox")]
    [InlineData("<select id=\"t\" multiple></select>", "listbox")]
    public void Semantic_roles_follow_presentational_conflict_resolution(string html, string expected)
        => Assert.Equal(expected, SemanticRole.Of(Element(html)));

    [Fact]
    public void Fields_naming_one_long_paragraph_read_it_once()
    {
        // Without the per-document cache every field would walk the paragraph: 8,000 fields x 5,000 words.
        string Page(int fields)
        {
            var sb = new StringBuilder("<p id=\"long\">");
            for (var i = 0; i < 5000; i++) sb.Append("<b>word</b> ");
            sb.Append("</p>");
            for (var i = 0; i < fields; i++) sb.Append("<input aria-labelledby=\"long\">");
            return "<!doctype html><html lang=\"en\"><head><title>T</title></head><body>" + sb + "</body></html>\n";
        }
        Linearity.AssertLinear(n => { var text = Page(n); return () => new DocumentScanner(new DocumentScanOptions()).Scan("form.html", text); }, 2000);
    }

    [Fact]
    public void Deeply_nested_content_does_not_overflow_the_stack()
    {
        var sb = new StringBuilder("<a id=\"t\" href=\"/\">");
        for (var i = 0; i < 5000; i++) sb.Append("<span>");
        sb.Append("deep");
        var document = new HtmlParser().ParseDocument(sb.ToString());
        Assert.Equal("deep", Collapse(AccessibleName.Of(document.GetElementById("t")!, document)));
    }
}
