using InclusiveAnalyzers.Documents.Accessibility;

namespace InclusiveAnalyzers.Documents.Tests.Accessibility;

// 18F's accessibility guide (18F/accessibility pages/*.md) renders each example live under a heading giving its verdict.
public class SpecimenSectionTests
{
    [Fact]
    public void An_image_without_alt_under_an_incorrect_heading_is_the_guides_example()
    {
        var text = Lint.Doc("# Images", "", "## Examples", "", "### Incorrect", "", "<img src=\"sign.jpg\" >", "", "> Image is missing an `alt` attribute.");
        Lint.Markdown(text).HasNot("INCL301");
    }

    [Fact]
    public void An_image_without_alt_under_another_heading_is_still_reported()
    {
        var text = Lint.Doc("# Images", "", "## Examples", "", "<img src=\"sign.jpg\" >", "", "## Usage", "", "<img src=\"logo.png\">");
        Lint.Markdown(text).Exactly("INCL301", 5, 9);
    }

    [Fact]
    public void A_page_titled_with_a_verdict_word_is_still_checked()
    {
        Lint.Markdown(Lint.Doc("# Good", "", "![](a.png)")).Exactly("INCL301", 3);
    }

    [Fact]
    public void The_section_ends_at_the_next_heading_of_its_level()
    {
        var text = Lint.Doc("# Frames", "", "## Examples", "", "### Failure", "", "<iframe src=\"form/\"></iframe>", "",
            "#### Notes", "", "<iframe src=\"more/\"></iframe>", "", "### Setup", "", "<iframe src=\"app/\"></iframe>");
        Lint.Markdown(text).Exactly("INCL353", 15);
    }

    [Fact]
    public void A_heading_skip_shown_under_fails_is_not_the_pages_outline()
    {
        var text = Lint.Doc("# Headings", "", "## Examples", "", "### Fails", "", "<div>", "  <h3>Category</h3>", "  <h2>Sub Category 1</h2>", "  <h5>Sub Category 2</h5>", "</div>");
        Lint.Markdown(text).HasNot("INCL320");
        var real = Lint.Doc("# Headings", "", "## Examples", "", "<div>", "  <h3>Category</h3>", "  <h2>Sub Category 1</h2>", "  <h5>Sub Category 2</h5>", "</div>");
        Lint.Markdown(real).Has("INCL320", 8);
    }

    [Fact]
    public void The_verdict_heading_itself_is_still_checked()
    {
        var text = Lint.Doc("# Forms", "", "#### Fails", "", "<input type='text' id='first'>");
        var findings = Lint.Markdown(text);
        findings.Exactly("INCL320", 3);
        findings.HasNot("INCL351");
    }

    [Fact]
    public void A_vague_link_under_passes_is_the_guides_example()
    {
        var text = Lint.Doc("# Links", "", "## Examples", "", "### Passes", "", "Home <a href='../' title='home'>Click Here</a>");
        Lint.Markdown(text).HasNot("INCL330");
        Lint.Markdown(Lint.Doc("# Links", "", "## Next steps", "", "Home <a href='../' title='home'>Click Here</a>")).Exactly("INCL330", 5);
    }

    [Theory]
    [InlineData("### Incorrect")]
    [InlineData("#### Fails")]
    [InlineData("#### Failure")]
    [InlineData("### Failures")]
    [InlineData("### Passes")]
    [InlineData("### Bad example")]
    [InlineData("### Examples of incorrect code")]
    [InlineData("### ❌ Fail")]
    [InlineData("### ✔ Succeed")]
    [InlineData("## Don't")]
    [InlineData("## Do not")]
    [InlineData("### Correct:")]
    public void Verdict_headings_are_recognised(string heading)
    {
        Assert.True(SpecimenSections.IsVerdict(heading, 0, heading.Length));
    }

    [Theory]
    [InlineData("## Examples")]
    [InlineData("## Usage")]
    [InlineData("## Do this first")]
    [InlineData("## Good first issues")]
    [InlineData("## Failure modes")]
    [InlineData("## Avoid 2 pitfalls")]
    [InlineData("## Pass and fail")]
    public void Other_headings_are_not_verdicts(string heading)
    {
        Assert.False(SpecimenSections.IsVerdict(heading, 0, heading.Length));
    }
}
