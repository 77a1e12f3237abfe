namespace InclusiveAnalyzers.Documents.Tests.Razor;

/// <summary>The HTML and wording rules on Razor markup: found at the file's line and column, C# never judged.</summary>
public class RazorRuleTests
{
    [Fact]
    public void Findings_land_at_the_razor_line_and_column()
    {
        var text = Lint.Doc(
            "@page \"/x\"",
            "@inject IThing Thing",
            "<h1>Title</h1>",
            "@if (Thing.Ok)",
            "{",
            "    <p>Status: @Thing.Status</p> <img src=\"@Thing.Url\">",
            "}");
        var findings = Lint.Razor(text);
        var img = Assert.Single(findings, f => f.RuleId == "INCL301");
        Assert.Equal(6, img.Line);
        Assert.Equal(34, img.Column);
        Assert.Equal("<img src=\"@Thing.Url\">", text.Substring(img.Offset, img.Length));
    }

    [Theory]
    [InlineData("<img src=\"a.png\" alt=\"@item.Description\">", false)]
    [InlineData("<img src=\"a.png\" alt=\"@(item.Alt ?? \"\")\">", false)]
    [InlineData("<img src=\"a.png\" alt=@item.Description>", false)]
    [InlineData("<img src=\"@item.Url\">", true)]
    [InlineData("<img src=\"a.png\" @attributes=\"Extra\">", false)] // the dictionary may hold the alt
    [InlineData("<img src=\"a.png\" @onclick=\"Zoom\">", true)]
    public void Alt_from_an_expression_is_an_alt(string markup, bool reported)
    {
        var findings = Lint.Razor(markup + "\n");
        if (reported) findings.Exactly("INCL301", 1);
        else findings.OnlyRules();
    }

    [Theory]
    [InlineData("<button @onclick=\"Save\">@label</button>", false)]
    [InlineData("<button @onclick=\"Save\"></button>", true)]
    [InlineData("<button @onclick=\"Save\">@* icon *@</button>", true)]
    [InlineData("<button class=\"btn\" @onclick=\"Save\"><span class=\"oi oi-x\" aria-hidden=\"true\"></span></button>", true)]
    public void Button_names(string markup, bool reported)
    {
        var findings = Lint.Razor(markup + "\n");
        if (reported) findings.Exactly("INCL350", 1);
        else findings.HasNot("INCL350");
    }

    [Theory]
    [InlineData("<InputText @bind-Value=\"model.Name\" />", true)]
    [InlineData("<InputNumber @bind-Value=\"model.Age\" />", true)]
    [InlineData("<InputDate @bind-Value=\"model.Day\" />", true)]
    [InlineData("<InputCheckbox @bind-Value=\"model.On\" />", true)]
    [InlineData("<InputSelect @bind-Value=\"model.Kind\"><option>A</option></InputSelect>", true)]
    [InlineData("<InputTextArea @bind-Value=\"model.Notes\" />", true)]
    [InlineData("<input @bind=\"name\" />", true)]
    [InlineData("<label for=\"name\">Name</label><InputText id=\"name\" @bind-Value=\"model.Name\" />", false)]
    [InlineData("<label>Name <InputText @bind-Value=\"model.Name\" /></label>", false)]
    [InlineData("<InputText @bind-Value=\"model.Name\" aria-label=\"Name\" />", false)]
    [InlineData("<InputText @bind-Value=\"model.Name\" placeholder=\"Name\" />", false)]
    [InlineData("<label for=\"@id\">Name</label><input id=\"@id\" />", false)]
    [InlineData("<label for=\"@($\"{Prefix}-name\")\">Name</label><input id=\"@($\"{Prefix}-name\")\" />", false)]
    [InlineData("<label for=\"@other\">Name</label><input id=\"@id\" />", true)]
    [InlineData("<label>@Label <input type=\"checkbox\" @bind=\"on\" /></label>", false)]
    public void Field_labels_in_components(string markup, bool reported)
    {
        var findings = Lint.Razor(markup + "\n");
        if (reported) findings.Exactly("INCL351", 1);
        else findings.HasNot("INCL351");
    }

    [Theory]
    [InlineData("<label asp-for=\"Input.Email\"></label>\n<input asp-for=\"Input.Email\" class=\"form-control\" />", false)]
    [InlineData("<label asp-for=\"Input.Email\">Email</label>\n<input asp-for=\"Input.Email\" />", false)]
    [InlineData("<label asp-for=\"Input.Email\"></label>\n<input asp-for=\"Input.Password\" />", true)]
    [InlineData("<p>Sign in</p>\n<input asp-for=\"Input.Email\" />", true)]
    [InlineData("<label asp-for=\"Kind\"></label>\n<select asp-for=\"Kind\" asp-items=\"Model.Kinds\"></select>", false)]
    public void Tag_helper_labels(string markup, bool reported)
    {
        var findings = Lint.Razor(markup + "\n", "Pages/Account/Login.cshtml");
        if (reported) findings.Exactly("INCL351", 2);
        else findings.HasNot("INCL351");
    }

    [Theory]
    [InlineData("<NavLink href=\"counter\"></NavLink>", true)]
    [InlineData("<NavLink href=\"counter\">Counter</NavLink>", false)]
    [InlineData("<NavLink class=\"nav-link\" href=\"\" Match=\"NavLinkMatch.All\">Home</NavLink>", false)]
    [InlineData("<a href=\"\">Home</a>", false)]
    [InlineData("<NavLink href=\"@item.Url\">@item.Title</NavLink>", false)]
    [InlineData("<NavLink href=\"help\">click here</NavLink>", true)]
    public void NavLink_is_a_link(string markup, bool reported)
    {
        var findings = Lint.Razor(markup + "\n");
        if (reported) Assert.Contains(findings, f => f.RuleId is "INCL330" or "INCL331");
        else findings.OnlyRules();
    }

    [Fact]
    public void An_empty_href_in_a_view_goes_nowhere()
    {
        // Views have no <base href> of their own: href="" is the page itself.
        Lint.Razor("<a href=\"\">Home</a>\n", "Views/Home/Index.cshtml").Exactly("INCL332", 1);
    }

    [Fact]
    public void Route_tag_helpers_give_a_link_its_address()
    {
        var text = Lint.Doc("<a asp-controller=\"Home\" asp-action=\"Index\">Home</a>", "<a asp-page=\"/Privacy\"></a>");
        var findings = Lint.Razor(text, "Views/Shared/Nav.cshtml");
        findings.Exactly("INCL331", 2);
        findings.HasNot("INCL332");
    }

    [Fact]
    public void Components_are_no_html_elements()
    {
        // <Table> and <Button> are components: the table and button rules are not theirs to judge.
        var text = Lint.Doc("<Table Items=\"rows\"></Table>", "<Button OnClick=\"Save\" />", "<Image Source=\"x\" />", "<Input Value=\"v\" />");
        Lint.Razor(text).OnlyRules();
    }

    [Fact]
    public void Heading_order_of_a_page_component()
    {
        // The first heading's level is free (a nested layout may hold the h1 and h2); levels are not skipped after it.
        var text = Lint.Doc("@page \"/x\"", "<PageTitle>X</PageTitle>", "<h3>Start</h3>", "<h5>Skipped</h5>");
        var findings = Lint.Razor(text);
        findings.HasNot("INCL321");
        findings.Exactly("INCL320", 4);
    }

    [Fact]
    public void A_page_has_one_top_level_heading_a_fragment_may_have_more()
    {
        var text = Lint.Doc("@page \"/x\"", "<h1>One</h1>", "<h1>Two</h1>");
        Lint.Razor(text).Exactly("INCL322", 3);
        Lint.Razor(text.Replace("@page \"/x\"\n", ""), "Components/Shared/Cards.razor").HasNot("INCL322");
    }

    [Fact]
    public void Ids_in_branches_of_an_if_are_one_element()
    {
        // The shape of the Identity template's Manage/Email.razor: the same field in the if and in the else.
        var text = Lint.Doc(
            "@if (confirmed)",
            "{",
            "    <input type=\"text\" value=\"@email\" id=\"email\" disabled />",
            "    <label for=\"email\">Email</label>",
            "}",
            "else",
            "{",
            "    <input type=\"text\" value=\"@email\" id=\"email\" disabled />",
            "    <label for=\"email\">Email</label>",
            "}");
        var findings = Lint.Razor(text);
        findings.HasNot("INCL346");
        findings.HasNot("INCL351");
        // The else branch is still judged: without its label the field there has none.
        var elseUnlabelled = Lint.Doc(
            "@if (confirmed)",
            "{",
            "    <input type=\"text\" id=\"email\" />",
            "    <label for=\"email\">Email</label>",
            "}",
            "else",
            "{",
            "    <input type=\"text\" id=\"email\" />",
            "}");
        Lint.Razor(elseUnlabelled).Exactly("INCL351", 8);
    }

    [Fact]
    public void Ids_in_sections_of_a_switch_are_one_element()
    {
        // Only one section of a @switch renders: the field written in two cases is one element.
        var text = Lint.Doc(
            "@switch (mode)",
            "{",
            "    case Mode.Edit:",
            "        <label for=\"name\">Name</label>",
            "        <input id=\"name\" />",
            "        break;",
            "    default:",
            "        <label for=\"name\">Name</label>",
            "        <input id=\"name\" disabled />",
            "        break;",
            "}");
        var findings = Lint.Razor(text);
        findings.HasNot("INCL346");
        findings.HasNot("INCL351");
    }

    [Fact]
    public void Within_one_switch_section_the_same_id_twice_is_still_two_elements()
    {
        var text = Lint.Doc(
            "@switch (mode)",
            "{",
            "    case Mode.Edit:",
            "        <label for=\"name\">Name</label>",
            "        <input id=\"name\" />",
            "        var fallback = default(string);",
            "        <input id=\"name\" />",
            "        break;",
            "}");
        // default(string) is no section label: the second field is in the same section.
        Lint.Razor(text).Exactly("INCL346", 7);
    }

    [Theory]
    [InlineData("<input type=\"text\" @attributes=\"AdditionalAttributes\" />", "INCL351", false)]
    [InlineData("<input type=\"text\" @onclick=\"Go\" />", "INCL351", true)]
    [InlineData("<InputText @bind-Value=\"model.Name\" @attributes=\"AdditionalAttributes\" />", "INCL351", false)]
    [InlineData("<button @attributes=\"Extra\"></button>", "INCL350", false)]
    [InlineData("<a @attributes=\"Extra\"></a>", "INCL330", false)]
    [InlineData("<iframe src=\"map.html\" @attributes=\"Extra\"></iframe>", "INCL30", false)]
    public void Splatted_attributes_may_name_the_element(string markup, string rule, bool reported)
    {
        var findings = Lint.Razor(markup + "\n");
        if (reported) Assert.Contains(findings, f => f.RuleId.StartsWith(rule, StringComparison.Ordinal));
        else Assert.DoesNotContain(findings, f => f.RuleId.StartsWith(rule, StringComparison.Ordinal) && f.RuleId != "INCL301");
    }

    [Fact]
    public void Splatted_attributes_on_a_plain_element_add_no_name_where_aria_prohibits_one()
    {
        // A <div> given aria-label by the tooling would be misread (ARIA prohibits naming a generic element).
        Lint.Razor("<div class=\"card\" @attributes=\"Extra\">Card</div>\n").OnlyRules();
    }

    [Fact]
    public void The_same_id_twice_outside_branches_is_still_two_elements()
    {
        var text = Lint.Doc("<label for=\"email\">Email</label>", "<input id=\"email\" />", "<input id=\"email\" />");
        Lint.Razor(text).Exactly("INCL346", 3);
    }

    [Fact]
    public void A_fragment_component_starts_its_outline_anywhere_but_does_not_skip_within_itself()
    {
        var text = Lint.Doc("<h3>Card</h3>", "<h4>Details</h4>", "<h6>Skipped</h6>");
        var findings = Lint.Razor(text, "Components/Shared/Card.razor");
        findings.HasNot("INCL321");
        findings.HasNot("INCL322");
        findings.Exactly("INCL320", 3);
    }

    [Fact]
    public void Branches_of_an_if_are_both_in_the_outline()
    {
        // Known approximation: both branches are read as if they followed each other.
        var text = Lint.Doc("@page \"/x\"", "<h1>X</h1>", "@if (a) {", "  <h2>A</h2>", "} else {", "  <h2>B</h2>", "}");
        Lint.Razor(text).OnlyRules();
    }

    [Fact]
    public void A_view_is_a_page_and_a_partial_is_not()
    {
        var text = Lint.Doc("@model ErrorViewModel", "@{ ViewData[\"Title\"] = \"Error\"; }", "<h1>Error</h1>", "<h1>Details</h1>");
        Lint.Razor(text, "Views/Shared/Error.cshtml").Exactly("INCL322", 4);
        Lint.Razor(text, "Views/Shared/_Error.cshtml").HasNot("INCL322");
    }

    [Fact]
    public void Layout_holds_the_html_element_and_its_language()
    {
        var layout = Lint.Doc("<!DOCTYPE html>", "<html>", "<head>", "    <title>@ViewData[\"Title\"] - App</title>", "</head>", "<body>", "    <main>@RenderBody()</main>",
            "    @await RenderSectionAsync(\"Scripts\", required: false)", "</body>", "</html>");
        var findings = Lint.Razor(layout, "Views/Shared/_Layout.cshtml");
        findings.Exactly("INCL340", 2);
        findings.HasNot("INCL343");
        findings.HasNot("INCL323"); // the h1 comes from the views
        Lint.Razor(layout.Replace("<html>", "<html lang=\"en\">"), "Views/Shared/_Layout.cshtml").OnlyRules();
    }

    [Fact]
    public void App_razor_title_comes_from_HeadOutlet()
    {
        var app = Lint.Doc("<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "    <meta charset=\"utf-8\" />", "    <ResourcePreloader />",
            "    <link rel=\"stylesheet\" href=\"@Assets[\"app.css\"]\" />", "    <HeadOutlet />", "</head>", "<body>", "    <Routes />", "</body>", "</html>");
        Lint.Razor(app, "Components/App.razor").OnlyRules();
        Lint.Razor(app.Replace("    <HeadOutlet />\n", ""), "Components/App.razor").Exactly("INCL343", 2);
    }

    [Fact]
    public void Components_without_html_get_no_page_rules()
    {
        Lint.Razor(Lint.Doc("@page \"/\"", "<h1>Hello</h1>")).OnlyRules();
    }

    [Fact]
    public void Wording_in_text_and_visible_attributes()
    {
        var text = Lint.Doc(
            "@page \"/x\"",
            "<h1>Lists</h1>",
            "<p>Add the host to the whitelist.</p>",
            "<img src=\"a.png\" alt=\"The blacklist screen\" />",
            "<input placeholder=\"Whitelist entry\" title=\"x\" />",
            "<button aria-label=\"Clear blacklist\">X</button>",
            "<p class=\"whitelist\" data-x=\"blacklist\">ok</p>",
            "@code {",
            "    // the whitelist of hosts: C#, judged by the C# analyzers, not here",
            "    string whitelist = \"blacklist\";",
            "}");
        Lint.Razor(text).Exactly("INCL201", 3, 4, 5, 6);
    }

    [Fact]
    public void Wording_not_in_expressions_directives_or_comments()
    {
        var text = Lint.Doc("@using Whitelist.Services", "@inject IWhitelist Whitelist", "<p>@Whitelist.Count</p>", "<p>@(blacklist.Length)</p>", "@* the whitelist *@");
        Lint.Razor(text).HasNot("INCL201");
    }

    // The text a localisation call writes is the page's prose in its default language (judged-razor.md: NetSentinel's
    // @T("IP Black List"), @Localizer["Add to whitelist"]).
    [Fact]
    public void Text_of_localisation_calls_in_markup_is_prose_at_its_place()
    {
        var text = Lint.Doc(
            "@page \"/x\"",
            "<h1>@T(\"IP Black List\")</h1>",
            "<button>@Localizer[\"Add to whitelist\"]</button>",
            "<p>@L[\"Blacklisted {0}\", count]</p>",
            "<span>@_localizer[@\"Clear the blacklist\"]</span>",
            "<input placeholder=\"@SharedLocalizer[\"Whitelist entry\"]\" />",
            "<p>@(T[\"Remove from the whitelist\"])</p>",
            "<p>@T(\"Don\\\"t whitelist\\nthem\")</p>");
        var findings = Lint.Razor(text);
        findings.Exactly("INCL201", 2, 3, 4, 5, 6, 7, 8);
        var first = findings.First(f => f.RuleId == "INCL201");
        Assert.Equal("Black List", text.Substring(first.Offset, first.Length));
        Assert.Equal(12, first.Column);
    }

    // A localizer injected under any name (ASP.NET Core's docs name them sr, Loc, SharedResource) is one for the page.
    [Fact]
    public void Text_of_a_localizer_the_page_injects_under_any_name_is_prose()
    {
        var text = Lint.Doc(
            "@inject IStringLocalizer<SharedResource> sr",
            "@inject Microsoft.AspNetCore.Mvc.Localization.IViewLocalizer Loc",
            "@inject IHtmlLocalizer<Pages.Index, Shared> Texts",
            "@inject IWhitelistService Lists",
            "<h1>@sr[\"IP Black List\"]</h1>",
            "<p>@Loc[\"Add to whitelist\"]</p>",
            "<p>@Texts[\"Blacklisted hosts\"]</p>",
            "<p>@Lists.Describe(\"whitelist\")</p>",
            "<p>@Other[\"whitelist\"]</p>");
        Lint.Razor(text).Exactly("INCL201", 5, 6, 7);
    }

    [Fact]
    public void A_name_injected_with_another_type_or_outside_a_directive_is_no_localizer()
    {
        Lint.Razor(Lint.Doc("@inject IListStore sr", "<h1>@sr[\"Whitelist\"]</h1>")).HasNot("INCL201");
        Lint.Razor(Lint.Doc("<p>@inject IStringLocalizer<X> sr</p>", "<h1>@sr[\"Whitelist\"]</h1>")).HasNot("INCL201"); // not a directive: mid-line
    }

    [Theory]
    [InlineData("<p>@Html.Partial(\"_Whitelist\")</p>")]              // a view's name, not text
    [InlineData("<p>@Model.Describe(\"whitelist\")</p>")]            // a receiver that is no localizer
    [InlineData("<p>@Settings[\"Blacklist\"]</p>")]                    // a configuration key
    [InlineData("<p>@L[key]</p>")]
    [InlineData("<p>@L[$\"{n} whitelist\"]</p>")]                     // interpolated: a key built at run time
    [InlineData("<p>@T(\"whitelist\" + suffix)</p>")]
    [InlineData("<p class=\"@L[\"whitelist\"]\">ok</p>")]            // an attribute nobody reads
    [InlineData("@{ var title = T[\"whitelist\"]; }")]                 // C# in a code block stays with the C# analyzers
    [InlineData("@code { string Title => L[\"whitelist\"]; }")]
    [InlineData("<p>@await T(\"whitelist\")</p>")]
    [InlineData("<p>@T(\"Set the role to \\\"master\\\"\")</p>")]            // a quoted value, as in the markup's own text
    [InlineData("<p>@L[@\"Set the role to \"\"master\"\"\"]</p>")]
    public void Other_calls_and_code_blocks_are_not_prose(string markup)
    {
        Lint.Razor(markup + "\n").HasNot("INCL201");
    }

    [Fact]
    public void Fixer_rewrites_the_text_of_a_localisation_call()
    {
        var text = Lint.Doc("<h3>@T(\"IP Blacklist\")</h3>", "@code {", "    string whitelist = T(\"whitelist\");", "}");
        var fixedText = DocumentFixer.Fix("Components/Pages/A.razor", text, Core.Configuration.InclusiveSettings.Default);
        Assert.Equal(text.Replace("IP Blacklist", "IP Blocklist"), fixedText);
    }

    [Fact]
    public void Suppression_comments_in_razor_and_html_form()
    {
        var text = Lint.Doc(
            "@* inclusive-disable-next-line INCL301 *@",
            "<img src=\"a.png\">",
            "<img src=\"b.png\"> @* inclusive-disable-line *@",
            "<!-- inclusive-disable-next-line -->",
            "<img src=\"c.png\">",
            "@* inclusive-disable INCL201 *@",
            "<p>whitelist</p>",
            "@* inclusive-enable INCL201 *@",
            "<p>blacklist</p>",
            "<img src=\"d.png\">");
        var findings = Lint.Razor(text, "Components/Shared/Sample.razor");
        findings.Exactly("INCL301", 10);
        findings.Exactly("INCL201", 9);
    }

    [Fact]
    public void Document_markers_in_a_razor_comment()
    {
        var fragment = Lint.Doc("@page \"/x\"", "@* inclusive-document: fragment *@", "<h1>One</h1>", "<h1>Two</h1>");
        Lint.Razor(fragment).HasNot("INCL322");
        Lint.Razor(fragment.Replace("@* inclusive-document: fragment *@\n", "")).Exactly("INCL322", 3);
        var standalone = Lint.Doc("@* inclusive-document: standalone *@", "<h3>Part</h3>");
        Lint.Razor(standalone, "Components/Shared/Part.razor").Exactly("INCL321", 2);
        Lint.Razor(standalone.Replace("standalone", "nothing"), "Components/Shared/Part.razor").HasNot("INCL321");
    }

    [Fact]
    public void Fixer_rewrites_markup_text_only()
    {
        var text = Lint.Doc("<p>Add it to the whitelist.</p>", "@code {", "    string whitelist = \"whitelist\";", "}");
        var fixedText = DocumentFixer.Fix("Components/Pages/A.razor", text, Core.Configuration.InclusiveSettings.Default);
        Assert.Equal(text.Replace("to the whitelist.", "to the allowlist."), fixedText);
    }

    [Fact]
    public void Section_bodies_are_markup()
    {
        var text = Lint.Doc("@section Scripts {", "    <img src=\"a.png\">", "}", "<h1>X</h1>");
        Lint.Razor(text, "Views/Home/Index.cshtml").Exactly("INCL301", 2);
    }
}
