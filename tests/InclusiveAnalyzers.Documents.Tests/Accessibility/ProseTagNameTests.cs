namespace InclusiveAnalyzers.Documents.Tests.Accessibility;

// A tag name written bare in Markdown prose (ckeditor4's CHANGES.md, marked's man page synopsis):
// Markdown makes it an element, so the finding stays, with advice to write it as code.
public class ProseTagNameTests
{
    [Theory]
    [InlineData("- Deleting an empty block within an <li> element moved the cursor.", "INCL365", "<li>")]
    [InlineData("`marked` [`-i` <input file>] [`-o` <output file>]", "INCL351", "<input file>")]
    public void A_bare_tag_in_prose_gets_code_advice(string line, string rule, string tag)
    {
        var finding = Lint.Markdown("# Changes\n\n" + line + "\n").First(f => f.RuleId == rule);
        Assert.Contains("write it as code (`" + tag + "`)", finding.Message);
    }

    // tinymce's CHANGELOG.md: two bare tags in one item, after other inline HTML in the file.
    [Fact]
    public void Every_bare_tag_of_a_file_gets_the_advice()
    {
        var text = Lint.Doc("# Changes", "", "Press <kbd>Enter</kbd> twice.", "",
            "- Deleting a block within an <li> element would move the cursor to the end of the <li>.", "",
            "- Pasting into a <td> cell.");
        var findings = Lint.Markdown(text).Where(f => f.RuleId == "INCL365").ToList();
        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Contains("write it as code (`<li>`)", f.Message));
    }

    [Theory]
    [InlineData("Pick one: <input type=\"checkbox\"> here.", "INCL351")]   // markup with attribute values
    [InlineData("A list item <li>written</li> as markup.", "INCL365")]     // closed in its paragraph
    public void Written_markup_gets_no_code_advice(string line, string rule)
    {
        var finding = Lint.Markdown("# Changes\n\n" + line + "\n").First(f => f.RuleId == rule);
        Assert.DoesNotContain("write it as code", finding.Message);
    }

    [Fact]
    public void Html_files_get_no_code_advice()
    {
        var finding = Lint.Html("<p>An <li> element</p>\n").First(f => f.RuleId == "INCL365");
        Assert.DoesNotContain("write it as code", finding.Message);
    }
}
