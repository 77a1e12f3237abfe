using InclusiveAnalyzers.Documents.Razor;

namespace InclusiveAnalyzers.Documents.Tests.Razor;

/// <summary>What the reader keeps as markup, what it blanks as C#, and what the HTML rules see.</summary>
public class RazorReaderTests
{
    private static RazorMarkup Read(string text, bool component = true) => RazorReader.Read(text, component);

    [Fact]
    public void Prose_view_keeps_offsets_and_line_breaks()
    {
        var text = "@page \"/x\"\r\n<p>Hello @name</p>\n@code {\n  int name;\n}\n";
        var markup = Read(text);
        Assert.Equal(text.Length, markup.Prose.Length);
        Assert.Equal(text.Count(c => c == '\n'), markup.Prose.Count(c => c == '\n'));
        Assert.Equal(text.Count(c => c == '\r'), markup.Prose.Count(c => c == '\r'));
        Assert.Contains("<p>Hello", markup.Prose);
        Assert.DoesNotContain("page", markup.Prose);
        Assert.DoesNotContain("name", markup.Prose);
        Assert.DoesNotContain("int", markup.Prose);
        Assert.True(markup.HasPageDirective);
    }

    [Theory]
    [InlineData("@code { void M() { var s = \"<p>\"; } }")]
    [InlineData("@functions { private List<string> items = new List<string>(); }")]
    [InlineData("@{ var x = a < b ? 1 : 2; }")]
    [InlineData("@{ var s = $\"{(a > 1 ? \"}\" : \"{\")}\"; }")]
    [InlineData("@{ var s = @\"a \"\" }\"; }")]
    [InlineData("@{ var s = \"\"\"\n }\n\"\"\"; }")]
    [InlineData("@{ // a } in a comment\n var c = '}'; /* } */ }")]
    [InlineData("@* <img src=\"x.png\"> *@")]
    public void Code_and_comments_are_not_markup(string text)
    {
        var markup = Read(text + "\n<p>after</p>\n");
        Assert.Equal("", markup.Prose.Replace("<p>after</p>", "").Trim());
        Assert.EndsWith("<p>after</p>\n", markup.Html);
    }

    [Theory]
    [InlineData("@if (a) {\n <p>one</p>\n} else if (b) {\n <p>two</p>\n} else {\n <p>three</p>\n}")]
    [InlineData("@foreach (var x in xs)\n{\n    <p>one</p><p>two</p><p>three</p>\n}")]
    [InlineData("@switch (k) {\n case 1: <p>one</p> break;\n case 2: <p>two</p><p>three</p> break;\n}")]
    [InlineData("@try {\n <p>one</p>\n} catch (Exception e) {\n <p>two</p>\n} finally {\n <p>three</p>\n}")]
    [InlineData("@{\n  var n = 1;\n  <p>one</p>\n  @:<p>two</p>\n  <text><p>three</p></text>\n}")]
    [InlineData("@using (Html.BeginForm()) {\n <p>one</p><p>two</p><p>three</p>\n}")]
    [InlineData("@do {\n <p>one</p><p>two</p><p>three</p>\n} while (n-- > 0);")]
    public void Markup_inside_statements_is_markup(string text)
    {
        var markup = Read(text + "\n<p>after</p>\n");
        Assert.Equal(4, CountOf(markup.Prose, "<p>"));
        Assert.DoesNotContain("var", markup.Prose);
        Assert.DoesNotContain("else", markup.Prose);
        Assert.DoesNotContain("case", markup.Prose);
        Assert.DoesNotContain("while", markup.Prose);
        Assert.DoesNotContain("<text>", markup.Html);
    }

    [Theory]
    [InlineData("<p>Mail admin@example.org today</p>", "admin@example.org")]
    [InlineData("<p>Follow @@dotnet</p>", "@dotnet")]
    [InlineData("<style>@@media print { p { color: red } }</style>", "@media")]
    public void Email_addresses_and_escaped_at_are_text(string text, string kept)
    {
        Assert.Contains(kept, Read(text).Html);
    }

    [Theory]
    [InlineData("<p>@item.Name.</p>", "item_Name.")]
    [InlineData("<p>@(a + b)</p>", "_a___b_")]
    [InlineData("<p>@await Component.InvokeAsync(\"Menu\")</p>", "await_Component_InvokeAsync")]
    [InlineData("<p>@list[0]?.Name!.Length</p>", "list_0___Name__Length")]
    [InlineData("<link href=\"@Assets[\"app.css\"]\" />", "Assets__app_css__")]
    public void Expressions_become_one_dynamic_value(string text, string expected)
    {
        var html = Read(text).Html;
        Assert.Contains(RazorMarkup.Dynamic + expected, html);
    }

    [Fact]
    public void Directives_are_read_to_the_end_of_their_line_only_at_a_line_start()
    {
        var markup = Read("@using System.Text\n@inject IFoo Foo\n@rendermode InteractiveServer\n@attribute [Authorize]\n<p>@layout and more</p>\n");
        Assert.Contains("<p>", markup.Prose);
        Assert.Contains("and more</p>", markup.Prose);
        Assert.DoesNotContain("Authorize", markup.Prose);
        Assert.False(markup.HasPageDirective);
    }

    [Fact]
    public void Directive_attributes_are_dropped()
    {
        var markup = Read("<button @onclick=\"() => count++\" @onclick:preventDefault class=\"b\">Go</button>");
        Assert.DoesNotContain("onclick", markup.Html);
        Assert.DoesNotContain("count", markup.Html);
        Assert.Contains("class=\"b\"", markup.Html);
    }

    [Theory]
    [InlineData("<NavLink href=\"counter\">Counter</NavLink>", "<a href=\"counter\">Counter</a>")]
    [InlineData("<InputCheckbox @bind-Value=\"m.On\" />", "<input type=\"checkbox\"")]
    [InlineData("<InputRadio Value=\"1\" />", "<input type=\"radio\"")]
    [InlineData("<InputSelect @bind-Value=\"m.K\"><option>A</option></InputSelect>", "<select")]
    [InlineData("<InputTextArea @bind-Value=\"m.T\" />", "<textarea")]
    [InlineData("<EditForm Model=\"m\"></EditForm>", "<form")]
    public void Components_render_their_element(string text, string expected)
    {
        var html = Read(text).Html.Replace("   ", " ");
        Assert.Contains(expected, string.Join(" ", html.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public void Unknown_components_are_no_element_but_their_content_is_markup()
    {
        var html = Read("<AuthorizeView Roles=\"x\"><img src=\"a.png\"></AuthorizeView><Counter IncrementAmount=\"5\" />").Html;
        Assert.DoesNotContain("AuthorizeView", html);
        Assert.DoesNotContain("Counter", html);
        Assert.DoesNotContain("Roles", html);
        Assert.Contains("<img src=\"a.png\">", html);
    }

    [Fact]
    public void Self_closed_elements_are_closed_for_the_html_parser()
    {
        var html = Read("<div class=\"x\" /><p>after</p>").Html;
        Assert.Contains("<div class=\"x\" /></div>", html);
    }

    [Fact]
    public void Tag_helpers_give_the_ids_and_links_they_render()
    {
        var html = Read("<label asp-for=\"Input.Email\"></label><input asp-for=\"Input.Email\" /><a asp-action=\"Index\">Home</a>", component: false).Html;
        Assert.Contains("for=\"Input_Email\"", html);
        Assert.Contains("id=\"Input_Email\"", html);
        Assert.Contains("<a href=\"" + RazorMarkup.Dynamic + "\"", html);
    }

    [Theory]
    [InlineData("@code {")]
    [InlineData("@if (x) { <p>")]
    [InlineData("<p title=\"@(a\">")]
    [InlineData("@{ var s = \"unterminated")]
    [InlineData("@* never closed")]
    [InlineData("<InputText @bind-Value=\"")]
    [InlineData("@")]
    [InlineData("<")]
    [InlineData("@section Scripts {")]
    public void Broken_input_is_read_to_the_end(string text)
    {
        var markup = Read(text);
        Assert.Equal(text.Length, markup.Prose.Length);
    }

    [Fact]
    public void Deep_nesting_is_refused_not_overflowed()
    {
        var text = string.Concat(Enumerable.Repeat("@if (a) { <div>", 5_000));
        Assert.Throws<Analysis.DocumentTooComplexException>(() => Read(text));
    }

    private static int CountOf(string text, string value)
    {
        int count = 0;
        for (int at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal)) count++;
        return count;
    }
}
