namespace InclusiveAnalyzers.Documents.Tests.Accessibility;

public class AriaRuleTests
{
    [Theory]
    [InlineData("<div role=\"navigation\">x</div>", false)]
    [InlineData("<div role=\"Navigation\">x</div>", false)]
    [InlineData("<div role=\"foo navigation\">x</div>", false)]
    [InlineData("<div role=\"doc-chapter\">x</div>", false)]
    [InlineData("<div role=\"\">x</div>", false)]
    [InlineData("<div role=\"navigaton\">x</div>", true)]
    [InlineData("<div role=\"landmark\">x</div>", true)]
    [InlineData("<div role=\"widget button\">x</div>", true)]
    [InlineData("<ul role=\"directory\"><li>x</li></ul>", true)]
    public void Unknown_and_abstract_roles_are_reported(string html, bool reported)
    {
        var findings = Lint.Html(html + "\n");
        if (reported) findings.Exactly("INCL375", 1);
        else findings.HasNot("INCL375");
    }

    [Theory]
    [InlineData("<div aria-hidden=\"true\">x</div>", false)]
    [InlineData("<div aria-hiden=\"true\">x</div>", true)]
    [InlineData("<div aria-hidden=\"yes\">x</div>", true)]
    [InlineData("<div aria-live=\"polite\">x</div>", false)]
    [InlineData("<div aria-live=\"loud\">x</div>", true)]
    [InlineData("<div aria-relevant=\"additions text\">x</div>", false)]
    [InlineData("<div aria-relevant=\"additions everything\">x</div>", true)]
    [InlineData("<div role=\"heading\" aria-level=\"two\">x</div>", true)]
    [InlineData("<div role=\"slider\" aria-valuenow=\"4.5\">x</div>", false)]
    [InlineData("<div role=\"slider\" aria-valuenow=\"lots\">x</div>", true)]
    [InlineData("<button aria-pressed=\"mixed\">x</button>", false)]
    [InlineData("<button aria-pressed=\"maybe\">x</button>", true)]
    [InlineData("<div aria-describedby=\"anything at all\">x</div>", false)]
    public void Attribute_names_and_values(string html, bool reported)
    {
        var findings = Lint.Html(html + "\n");
        if (reported) findings.Exactly("INCL376", 1);
        else findings.HasNot("INCL376");
    }

    [Theory]
    [InlineData("<div role=\"checkbox\" tabindex=\"0\">Accept</div>", true)]
    [InlineData("<div role=\"checkbox\" aria-checked=\"false\" tabindex=\"0\">Accept</div>", false)]
    [InlineData("<input type=\"checkbox\" role=\"switch\" aria-label=\"Dark mode\">", false)]
    [InlineData("<div role=\"slider\" tabindex=\"0\">x</div>", true)]
    public void Required_states(string html, bool reported)
    {
        var findings = Lint.Html(html + "\n");
        if (reported) findings.Exactly("INCL376", 1);
        else findings.HasNot("INCL376");
    }

    [Theory]
    [InlineData("<span aria-label=\"party\">🎉</span>", true)]
    [InlineData("<div aria-labelledby=\"x\">y</div>", true)]
    [InlineData("<p aria-label=\"note\">x</p>", true)]
    [InlineData("<span role=\"img\" aria-label=\"party\">🎉</span>", false)]
    [InlineData("<nav aria-label=\"Main\">x</nav>", false)]
    [InlineData("<div role=\"presentation\" aria-label=\"x\">y</div>", true)]
    public void Names_prohibited_on_generic_roles(string html, bool reported)
    {
        var findings = Lint.Html(html + "\n");
        if (reported) findings.Exactly("INCL376", 1);
        else findings.HasNot("INCL376");
    }
}
