namespace InclusiveAnalyzers.Documents.Tests.Razor;

/// <summary>
/// What a Razor file leaves to run time, from the ninth precision review (Razor markup of real repositories):
/// attribute values written by expressions, the content a component renders, the list items a RenderFragment
/// or an item component brings, the label a label component renders. Each wrong class silent, the close right
/// finding still reported.
/// </summary>
public class RazorRuntimeContentTests
{
    [Theory]
    [InlineData("<div role=\"@Role\">x</div>", false)]
    [InlineData("<div role=\"@(IsTab ? \"tab\" : \"none\")\">x</div>", false)]
    [InlineData("<div role=\"bogus\">x</div>", true)]
    public void A_role_written_by_an_expression_is_not_spelled_wrong(string markup, bool reported)
    {
        var findings = Lint.Razor(markup + "\n");
        if (reported) findings.Exactly("INCL375", 1);
        else findings.HasNot("INCL375");
    }

    [Theory]
    [InlineData("<ul role=\"menu\" aria-expanded=\"@IsOpen\"><li role=\"none\">x</li></ul>", false)] // AntDesign SubMenu
    [InlineData("<li aria-disabled=\"@DisabledString\">x</li>", false)] // Blazorise ListGroupItem
    [InlineData("<button aria-pressed=\"@Pressed\">Bold</button>", false)]
    [InlineData("<button aria-pressed=\"yes\">Bold</button>", true)]
    [InlineData("<div aria-hidden=\"maybe\">x</div>", true)]
    public void An_aria_value_written_by_an_expression_is_not_judged(string markup, bool reported)
    {
        var findings = Lint.Razor(markup + "\n");
        if (reported) findings.Exactly("INCL376", 1);
        else findings.HasNot("INCL376");
    }

    [Fact]
    public void A_runtime_role_may_take_a_name_but_a_plain_div_still_may_not()
    {
        Lint.Razor("<div role=\"@Role\" aria-label=\"Tabs\">x</div>\n").HasNot("INCL376");
        Lint.Razor("<div aria-label=\"Tabs\">x</div>\n").Exactly("INCL376", 1);
    }

    [Theory]
    [InlineData("<p lang=\"@Culture\">Hallo</p>", false)]
    [InlineData("<p lang=\"@CultureInfo.CurrentUICulture.Name\">Hallo</p>", false)]
    [InlineData("<p lang=\"xx-123456789\">Hallo</p>", true)]
    public void A_language_written_by_an_expression_is_not_judged(string markup, bool reported)
    {
        var findings = Lint.Razor(markup + "\n");
        if (reported) findings.Exactly("INCL341", 1);
        else findings.HasNot("INCL341");
    }

    [Fact]
    public void A_layout_language_written_by_an_expression_is_present_and_not_judged()
    {
        var layout = Lint.Doc(
            "<!DOCTYPE html>",
            "<html lang=\"@CultureInfo.CurrentCulture.TwoLetterISOLanguageName\">",
            "<head><title>App</title></head>",
            "<body>@RenderBody()</body>",
            "</html>");
        var findings = Lint.Razor(layout, "Views/Shared/_Layout.cshtml");
        findings.HasNot("INCL340");
        findings.HasNot("INCL341");
        Lint.Razor(layout.Replace("@CultureInfo.CurrentCulture.TwoLetterISOLanguageName", "english"), "Views/Shared/_Layout.cshtml").Exactly("INCL341", 2);
    }

    [Theory]
    [InlineData("<ul class=\"list\">\n    @ChildContent\n</ul>", false)] // AntDesign MenuItemGroup, Blazorise ListGroup
    [InlineData("<ol><li>@First</li>@Rest</ol>", false)]
    [InlineData("<ul><ListItem Text=\"a\" /><ListItem Text=\"b\" /></ul>", false)]
    [InlineData("<ul><CascadingValue Value=\"this\"><li>a</li></CascadingValue></ul>", false)]
    [InlineData("<dl>@Definitions</dl>", false)]
    [InlineData("<ul>Items</ul>", true)]
    [InlineData("<ul><li>a</li><p>b</p></ul>", true)]
    public void A_list_may_hold_what_a_fragment_or_component_renders(string markup, bool reported)
    {
        var findings = Lint.Razor(markup + "\n");
        if (reported) findings.Exactly("INCL365", 1);
        else findings.HasNot("INCL365");
    }

    [Fact]
    public void An_item_component_s_top_level_list_item_belongs_to_the_list_that_renders_it()
    {
        // AntDesign MenuItemGroup, Blazorise ListGroupItem: the component is an <li>, the <ul> is its parent's.
        Lint.Razor("<li class=\"@ClassNames\">\n    @ChildContent\n</li>\n", "Components/ListGroupItem.razor").HasNot("INCL365");
        Lint.Razor("<CascadingValue Value=\"this\"><li>@Title</li></CascadingValue>\n", "Components/MenuItem.razor").HasNot("INCL365");
        Lint.Razor("<li>@item.Name</li>\n", "Views/Shared/_Item.cshtml").HasNot("INCL365");
        // A page is not rendered inside someone's list: its stray item is still reported.
        Lint.Razor("@page \"/items\"\n<h1>Items</h1>\n<li>stray</li>\n", "Components/Pages/Items.razor").Exactly("INCL365", 3);
        Lint.Razor("<h1>Items</h1>\n<li>stray</li>\n", "Views/Home/Items.cshtml").Exactly("INCL365", 2);
        // Inside a component's markup, an item outside any list is still one.
        Lint.Razor("<div class=\"group\"><li>a</li></div>\n", "Components/Group.razor").Exactly("INCL365", 1);
    }

    [Theory]
    [InlineData("<h1><SectionOutlet SectionName=\"page-header-title\" /></h1>", false)] // eShop HeaderBar
    [InlineData("<h2><Localized Key=\"Orders\" /></h2>", false)]
    [InlineData("<h2></h2>", true)]
    [InlineData("<h2><MudIcon Icon=\"@Icons.Star\" /></h2>", true)]
    public void A_component_in_a_heading_renders_its_text_at_run_time(string markup, bool reported)
    {
        var findings = Lint.Razor(markup + "\n");
        if (reported) findings.Exactly("INCL324", 1);
        else findings.HasNot("INCL324");
    }

    [Theory]
    [InlineData("<button type=\"button\"><Localized Key=\"Save\" /></button>", "INCL350", false)]
    [InlineData("<button type=\"button\"><MudIcon Icon=\"@Icons.Save\" /></button>", "INCL350", true)]
    [InlineData("<button type=\"button\"><Icon Name=\"IconName.Save\" /></button>", "INCL350", true)]
    [InlineData("<a href=\"/orders\"><Translate Text=\"Orders\" /></a>", "INCL331", false)]
    [InlineData("<a href=\"/orders\"><FluentIcon Value=\"@(new Icons.Cart())\" /></a>", "INCL331", true)]
    public void A_component_in_a_control_names_it_unless_it_is_an_icon(string markup, string rule, bool reported)
    {
        var findings = Lint.Razor(markup + "\n");
        if (reported) findings.Exactly(rule, 1);
        else findings.HasNot(rule);
    }

    [Fact]
    public void A_component_in_the_head_does_not_end_the_head()
    {
        var app = Lint.Doc(
            "<!DOCTYPE html>",
            "<html lang=\"en\">",
            "<head>",
            "    <ImportMap />",
            "    <HeadOutlet />",
            "</head>",
            "<body><Routes /></body>",
            "</html>");
        Lint.Razor(app, "Components/App.razor").OnlyRules();
    }

    [Theory]
    [InlineData("<Label For=\"remember\">Remember me?</Label><input id=\"remember\" type=\"checkbox\" />", false)] // Oqtane
    [InlineData("<FieldLabel For=\"email\">Email</FieldLabel><input id=\"email\" />", false)]
    [InlineData("<Label For=\"remember\" /><input id=\"remember\" type=\"checkbox\" />", false)]
    [InlineData("<Label For=\"other\">Remember me?</Label><input id=\"remember\" type=\"checkbox\" />", true)]
    [InlineData("<Label>Remember me?</Label><input id=\"remember\" type=\"checkbox\" />", true)]
    [InlineData("<MudTableSortLabel SortBy=\"x\">Name</MudTableSortLabel><input id=\"name\" />", true)]
    public void A_label_component_with_a_field_id_labels_that_field(string markup, bool reported)
    {
        var findings = Lint.Razor(markup + "\n");
        if (reported) findings.Exactly("INCL351", 1);
        else findings.HasNot("INCL351");
    }

    [Fact]
    public void Nested_components_close_in_order_around_a_label_component()
    {
        var markup = Lint.Doc(
            "<Card>",
            "    <Label For=\"code\">Code <Hint>six digits</Hint></Label>",
            "    <input id=\"code\" />",
            "</Card>",
            "<input id=\"other\" />");
        Lint.Razor(markup).Exactly("INCL351", 5);
    }
}
