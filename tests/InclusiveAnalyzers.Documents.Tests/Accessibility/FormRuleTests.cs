namespace InclusiveAnalyzers.Documents.Tests.Accessibility;

public class FormRuleTests
{
    [Theory]
    [InlineData("<button></button>", true)]
    [InlineData("<button><img src=\"x.png\" alt=\"\"></button>", true)]
    [InlineData("<button>Save</button>", false)]
    [InlineData("<button aria-label=\"Close\">×</button>", false)]
    [InlineData("<button title=\"Close\"></button>", false)]
    [InlineData("<button><img src=\"x.png\" alt=\"Close\"></button>", false)]
    [InlineData("<input type=\"button\">", true)]
    [InlineData("<input type=\"button\" value=\"Go\">", false)]
    [InlineData("<input type=\"submit\">", false)]
    [InlineData("<input type=\"submit\" value=\"\">", true)]
    [InlineData("<input type=\"reset\" value=\" \">", true)]
    public void Button_names(string html, bool reported)
    {
        var findings = Lint.Html(html + "\n");
        if (reported) findings.Exactly("INCL350", 1);
        else findings.HasNot("INCL350");
    }

    [Theory]
    [InlineData("<input type=\"text\">", true)]
    [InlineData("<input>", true)]
    [InlineData("<textarea></textarea>", true)]
    [InlineData("<select><option>One</option></select>", true)]
    [InlineData("<label>Name <input type=\"text\"></label>", false)]
    [InlineData("<label for=\"n\">Name</label><input id=\"n\">", false)]
    [InlineData("<input aria-label=\"Search\">", false)]
    [InlineData("<span id=\"s\">Search</span><input aria-labelledby=\"s\">", false)]
    [InlineData("<input title=\"Search\">", false)]
    [InlineData("<input placeholder=\"Search\">", false)]
    [InlineData("<select placeholder=\"Pick\"><option>One</option></select>", true)]
    [InlineData("<input type=\"hidden\" name=\"token\">", false)]
    [InlineData("<label for=\"n\"></label><input id=\"n\">", true)]
    [InlineData("<label><input type=\"checkbox\"></label>", true)]
    public void Field_labels(string html, bool reported)
    {
        var findings = Lint.Html(html + "\n");
        if (reported) findings.Exactly("INCL351", 1);
        else findings.HasNot("INCL351");
    }

    [Theory]
    [InlineData("<input type=\"checkbox\" id=\"t\" class=\"hidden\"><label for=\"t\" aria-label=\"Toggle Table of Contents\"><svg viewBox=\"0 0 448 512\"><path d=\"M0 96z\"/></svg></label>", false)]
    [InlineData("<label aria-label=\"Dark mode\"><input type=\"checkbox\"><span class=\"slider\"></span></label>", false)]
    [InlineData("<span id=\"c\">Toggle contents</span><input type=\"checkbox\" id=\"t\"><label for=\"t\" aria-labelledby=\"c\"><svg></svg></label>", false)]
    [InlineData("<input type=\"checkbox\" id=\"t\"><label for=\"t\" title=\"Toggle Table of Contents\"><svg></svg></label>", true)]
    [InlineData("<input type=\"checkbox\" id=\"t\"><label for=\"t\" aria-label=\" \"><svg></svg></label>", true)]
    [InlineData("<label><input type=\"checkbox\"><span class=\"slider\"></span></label>", true)]
    public void A_label_named_by_its_own_aria_label_names_its_field(string html, bool reported)
    {
        // mdBook's sidebar toggle: the label holds an icon and carries aria-label (accname 2C on the label node).
        // A label's title is not part of the field's name, and an empty label still leaves the field unnamed.
        var findings = Lint.Html(html + "\n");
        if (reported) findings.Exactly("INCL351", 1);
        else findings.HasNot("INCL351");
    }

    [Fact]
    public void Two_labels_named_differently_by_aria_label_are_still_reported()
    {
        var findings = Lint.Html("<label for=\"n\" aria-label=\"Name\"></label>\n<label for=\"n\" aria-label=\"Full name\"></label>\n<input id=\"n\">\n");
        Assert.Contains("more than one", findings.Single(f => f.RuleId == "INCL351").Message);
    }

    [Fact]
    public void Two_labels_for_one_field()
    {
        var findings = Lint.Html("<label for=\"n\">Name</label>\n<label for=\"n\">Full name</label>\n<input id=\"n\">\n");
        findings.Exactly("INCL351", 3);
        Assert.Contains("more than one", findings.Single(f => f.RuleId == "INCL351").Message);
    }

    [Theory]
    [InlineData("<label for=\"t\"></label><label for=\"t\">Menu</label><input type=\"checkbox\" id=\"t\">")]
    [InlineData("<label for=\"t\">Home</label><label for=\"t\"> home </label><input type=\"checkbox\" id=\"t\">")]
    [InlineData("<input type=\"checkbox\" id=\"t\" aria-label=\"Toggle navigation\"><label for=\"t\"></label><label for=\"t\"><svg><use href=\"#menu\"></use></svg></label>")]
    [InlineData("<span id=\"l\">Toggle</span><input type=\"checkbox\" id=\"t\" aria-labelledby=\"l\"><label for=\"t\">A</label><label for=\"t\">B</label>")]
    public void Several_labels_that_give_one_name_are_not_reported(string html)
    {
        Lint.Html(html + "\n").HasNot("INCL351");
    }

    [Fact]
    public void Several_labels_with_different_texts_are_still_reported()
    {
        var findings = Lint.Html("<label>Email <input id=\"e\"></label>\n<label for=\"e\">Address</label>\n");
        findings.Exactly("INCL351", 1);
        Assert.Contains("more than one", findings.Single(f => f.RuleId == "INCL351").Message);
        Lint.Html("<input type=\"checkbox\" id=\"t\" aria-label=\" \"><label for=\"t\">On</label><label for=\"t\">Off</label>\n").Exactly("INCL351", 1);
    }

    [Fact]
    public void Several_labels_without_text_leave_the_field_unnamed()
    {
        // JSDoc's Minami theme: a nav trigger checkbox with two empty labels has no name at all.
        var findings = Lint.Html("<input type=\"checkbox\" id=\"nav\">\n<label for=\"nav\"><div class=\"navicon\"></div></label>\n<label for=\"nav\" class=\"overlay\"></label>\n");
        findings.Exactly("INCL351", 1);
        Assert.Contains("no label", findings.Single(f => f.RuleId == "INCL351").Message);
    }

    [Fact]
    public void Markdown_paragraph_inside_a_label_names_the_field()
    {
        var text = Lint.Doc("<div>", "  <input type=\"checkbox\" id=\"c1\">", "  <label for=\"c1\">", "", "  Does it have a licence?", "", "  </label>", "</div>");
        Lint.Markdown(text).HasNot("INCL351");
        var indented = Lint.Doc("<div>", "  <input type=\"checkbox\" id=\"c1\">", "  <label for=\"c1\">", "", "    Does it have a licence?", "", "  </label>", "</div>");
        Lint.Markdown(indented).HasNot("INCL351");
    }

    [Theory]
    [InlineData("<fieldset><legend>Shipping</legend><input aria-label=\"Street\"></fieldset>", false)]
    [InlineData("<fieldset><input aria-label=\"Street\"></fieldset>", true)]
    [InlineData("<fieldset><input aria-label=\"Street\"><legend>Shipping</legend></fieldset>", true)]
    public void Fieldset_legend(string html, bool reported)
    {
        var findings = Lint.Html(html + "\n");
        if (reported) findings.Exactly("INCL352", 1);
        else findings.HasNot("INCL352");
    }

    [Fact]
    public void Frame_titles_present_and_unique()
    {
        var findings = Lint.Html(Lint.Doc(
            "<iframe src=\"/a\"></iframe>",
            "<iframe src=\"/b\" title=\"Map\"></iframe>",
            "<iframe src=\"/c\" title=\"map\"></iframe>",
            "<iframe src=\"/b\" title=\"Map\"></iframe>",
            "<iframe src=\"/d\" aria-label=\"Video\"></iframe>"));
        findings.Exactly("INCL353", 1, 3);
    }

    [Theory]
    [InlineData("<details><summary></summary>x</details>", true)]
    [InlineData("<details><summary><b> </b></summary>x</details>", true)]
    [InlineData("<details><summary aria-label=\"More\"></summary>x</details>", false)]
    [InlineData("<details><summary>Build matrix</summary>x</details>", false)]
    public void Summary_names(string html, bool reported)
    {
        var findings = Lint.Html(html + "\n");
        if (reported) findings.Exactly("INCL354", 1);
        else findings.HasNot("INCL354");
    }

    [Fact]
    public void Summary_in_markdown_with_markdown_text_inside()
    {
        Lint.Markdown(Lint.Doc("<details>", "<summary>", "", "**Build matrix**", "", "</summary>", "", "Text", "</details>")).HasNot("INCL354");
    }

    [Theory]
    [InlineData("<div tabindex=\"3\">x</div>", true)]
    [InlineData("<a href=\"/\" tabindex=\" 1 \">x</a>", true)]
    [InlineData("<div tabindex=\"0\">x</div>", false)]
    [InlineData("<div tabindex=\"-1\">x</div>", false)]
    [InlineData("<div tabindex=\"abc\">x</div>", false)]
    public void Positive_tabindex(string html, bool reported)
    {
        var findings = Lint.Html(html + "\n");
        if (reported) findings.Exactly("INCL355", 1);
        else findings.HasNot("INCL355");
    }
}
