namespace InclusiveAnalyzers.Documents.Tests.Accessibility;

/// <summary>
/// Each rule that follows a W3C ACT rule, on passed, failed and inapplicable shapes of our own (the ACT
/// examples themselves are the bench in bench/act). "failed" means the rule reports; the other two that it does not.
/// </summary>
public class ActRuleShapeTests
{
    private static void Verdict(string rule, string outcome, string html)
    {
        var findings = Lint.Html(html + "\n", a11y: null, config: "{ \"rules\": { \"INCL313\": \"warning\" } }");
        if (outcome == "failed") findings.Has(rule, 1);
        else findings.HasNot(rule);
    }

    [Theory] // ACT 23a2a8 image has a name; 46ca7f decorative stays hidden
    [InlineData("INCL301", "passed", "<img src=\"chart.png\" aria-labelledby=\"c\"><p id=\"c\" hidden>Sales rose 4%</p>")]
    [InlineData("INCL301", "passed", "<img src=\"chart.png\" title=\"Sales rose 4%\">")]
    [InlineData("INCL301", "passed", "<img src=\"rule.png\" role=\"none\">")]
    [InlineData("INCL301", "failed", "<img src=\"chart.png\" role=\"presentation\" tabindex=\"-1\">")]
    [InlineData("INCL301", "failed", "<a href=\"/\"><img src=\"chart.png\"></a>")]
    [InlineData("INCL301", "inapplicable", "<div style=\"visibility:hidden\"><img src=\"chart.png\"></div>")]
    [InlineData("INCL312", "failed", "<span role=\"img\" class=\"icon-star\"></span>")]
    [InlineData("INCL312", "passed", "<span role=\"img\" aria-label=\"4 stars\"></span>")]
    [InlineData("INCL312", "failed", "<svg><path role=\"graphics-symbol\" d=\"M0 0\"></path></svg>")]
    [InlineData("INCL312", "passed", "<svg><path role=\"graphics-symbol\" aria-label=\"Peak\" d=\"M0 0\"></path></svg>")]
    [InlineData("INCL312", "inapplicable", "<svg><path role=\"graphics-object\" d=\"M0 0\"></path></svg>")]
    [InlineData("INCL308", "failed", "<img src=\"rule.png\" alt=\"\" aria-label=\"Divider\">")]
    [InlineData("INCL308", "passed", "<img src=\"rule.png\" alt=\"\">")]
    [InlineData("INCL375", "failed", "<section role=\"none\" aria-labelledby=\"h\"><h2 id=\"h\">News</h2></section>")]
    [InlineData("INCL375", "failed", "<button role=\"presentation\">Go</button>")]
    [InlineData("INCL375", "passed", "<ul role=\"none\"><li>Item</li></ul>")]
    public void Images_and_decorative_markup(string rule, string outcome, string html) => Verdict(rule, outcome, html);

    [Theory] // ACT 59796f image button, 97a4e1 button, c487ae link
    [InlineData("INCL310", "passed", "<input type=\"image\" src=\"go.png\" aria-label=\"Search\">")]
    [InlineData("INCL310", "failed", "<input type=\"image\" src=\"go.png\" alt=\"\" aria-labelledby=\"missing\">")]
    [InlineData("INCL310", "inapplicable", "<input type=\"image\" src=\"go.png\" hidden>")]
    [InlineData("INCL350", "passed", "<div role=\"button\" tabindex=\"0\">Play</div>")]
    [InlineData("INCL350", "failed", "<div role=\"button\" tabindex=\"0\"><i class=\"icon-play\"></i></div>")]
    [InlineData("INCL350", "failed", "<button role=\"presentation\"><i class=\"icon-play\"></i></button>")]
    [InlineData("INCL350", "inapplicable", "<button role=\"presentation\" disabled></button>")]
    [InlineData("INCL350", "inapplicable", "<button role=\"link\"><i class=\"icon-play\"></i></button>")]
    [InlineData("INCL350", "passed", "<a href=\"#\" role=\"button\">Play</a>")]
    [InlineData("INCL331", "failed", "<button role=\"link\"><i class=\"icon-play\"></i></button>")]
    [InlineData("INCL331", "failed", "<span role=\"doc-noteref\"><sup></sup></span>")]
    [InlineData("INCL331", "passed", "<span role=\"doc-noteref\"><sup>3</sup></span>")]
    [InlineData("INCL331", "passed", "<a href=\"/\"><img src=\"h.png\" title=\"Home\"></a>")]
    [InlineData("INCL331", "failed", "<a href=\"/\" role=\"none\"><img src=\"h.png\" alt=\"\"></a>")]
    [InlineData("INCL331", "inapplicable", "<a href=\"/\" role=\"button\"></a>")]
    public void Buttons_and_links(string rule, string outcome, string html) => Verdict(rule, outcome, html);

    [Theory] // ACT e086e5 form field, cae760 iframe, 8fc3b6 object, 2t702h summary, ffd0e9 heading
    [InlineData("INCL351", "failed", "<label for=\"q\">Query</label><div id=\"q\" role=\"searchbox\" contenteditable></div>")]
    [InlineData("INCL351", "passed", "<div role=\"searchbox\" contenteditable aria-label=\"Query\"></div>")]
    [InlineData("INCL351", "failed", "<div role=\"combobox\">Red</div>")]
    [InlineData("INCL351", "passed", "<div role=\"switch\" aria-checked=\"false\" tabindex=\"0\">Dark mode</div>")]
    [InlineData("INCL351", "inapplicable", "<textarea role=\"presentation\" disabled></textarea>")]
    [InlineData("INCL353", "passed", "<iframe src=\"map.html\" aria-label=\"Map of the venue\"></iframe>")]
    [InlineData("INCL353", "failed", "<iframe src=\"map.html\" name=\"venue\"></iframe>")]
    [InlineData("INCL353", "inapplicable", "<iframe src=\"ad.html\" tabindex=\"-2\"></iframe>")]
    [InlineData("INCL353", "inapplicable", "<iframe src=\"ad.html\" role=\"presentation\"></iframe>")]
    [InlineData("INCL313", "failed", "<object data=\"talk.ogg\"><p>Our talk</p></object>")]
    [InlineData("INCL313", "passed", "<object data=\"talk.ogg\" title=\"Our talk at the meetup\"></object>")]
    [InlineData("INCL313", "inapplicable", "<object data=\"page.htm\"></object>")]
    [InlineData("INCL313", "inapplicable", "<object data=\"x\" type=\"application/pdf\"></object>")]
    [InlineData("INCL354", "failed", "<details><summary><img src=\"arrow.png\" alt=\"\"></summary><p>More</p></details>")]
    [InlineData("INCL354", "passed", "<details><summary><img src=\"arrow.png\" alt=\"More options\"></summary><p>More</p></details>")]
    [InlineData("INCL354", "inapplicable", "<details><summary>Options</summary><summary></summary></details>")]
    [InlineData("INCL324", "failed", "<h2><img src=\"logo.png\" alt=\"ACME\" role=\"none\"></h2>")]
    [InlineData("INCL324", "passed", "<h2><svg role=\"img\" aria-label=\"ACME\"></svg></h2>")]
    [InlineData("INCL324", "failed", "<h2 role=\"presentation\" aria-describedby=\"d\"></h2><p id=\"d\">x</p>")]
    [InlineData("INCL324", "inapplicable", "<h2 role=\"presentation\"></h2>")]
    public void Fields_frames_objects_summaries_and_headings(string rule, string outcome, string html) => Verdict(rule, outcome, html);

    [Theory] // ACT bf051a, de46e4 language tags; b4f0c3 viewport
    [InlineData("INCL341", "failed", "<p lang=\"no-bok\">Hei</p>")]
    [InlineData("INCL341", "passed", "<p lang=\"nb\">Hei</p>")]
    [InlineData("INCL341", "inapplicable", "<p lang=\"norsk\"><span lang=\"nb\">Hei</span></p>")]
    [InlineData("INCL341", "inapplicable", "<p lang=\"norsk\"><span hidden>Hei</span></p>")]
    [InlineData("INCL341", "failed", "<p lang=\"norsk\"><img src=\"fjord.png\" alt=\"Fjorden\"></p>")]
    [InlineData("INCL341", "failed", "<p lang=\"norsk\"><span aria-hidden=\"true\">Hei</span></p>")]
    public void Language_of_parts(string rule, string outcome, string html) => Verdict(rule, outcome, html);

    [Theory]
    [InlineData("passed", "user-scalable=device-width")]
    [InlineData("passed", "maximum-scale=device-height")]
    [InlineData("passed", "user-scalable=-2")]
    [InlineData("failed", "user-scalable=nope")]
    [InlineData("failed", "maximum-scale=big")]
    [InlineData("failed", "maximum-scale=1.99")]
    [InlineData("inapplicable", "initial-scale=1")]
    public void Viewport_zoom(string outcome, string content) =>
        Verdict("INCL344", outcome, $"<!doctype html><html lang=\"en\"><head><title>T</title><meta name=\"viewport\" content=\"{content}\"></head><body><p>x</p></body></html>");
}
