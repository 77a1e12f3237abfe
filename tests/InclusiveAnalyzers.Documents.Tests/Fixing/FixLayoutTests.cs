namespace InclusiveAnalyzers.Documents.Tests.Fixing;

/// <summary>What `fix` keeps around a rewritten word in Markdown: names written as code, lined-up tables.</summary>
public class FixLayoutTests
{
    private static string Fix(string text) => DocumentFixer.Fix("a.md", text, Lint.Settings(null));

    [Fact]
    public void A_heading_naming_an_option_the_document_writes_as_code_is_kept()
    {
        const string text = "### assume-master-host\n\nName the master host with `--assume-master-host=db1`.\n";
        Assert.Equal("### assume-master-host\n\nName the primary host with `--assume-master-host=db1`.\n", Fix(text));
    }

    [Fact]
    public void A_double_backtick_span_after_a_stray_backtick_still_names_the_option()
    {
        const string text = "A stray ` here. ### assume-master-host\n\nSet ``--assume-master-host`` on the master.\n";
        Assert.Equal("A stray ` here. ### assume-master-host\n\nSet ``--assume-master-host`` on the primary.\n", Fix(text));
    }

    [Fact]
    public void The_same_compound_is_rewritten_when_no_code_span_names_it()
    {
        const string text = "### assume-master-host\n\nName the master host with `--assume-leader=db1`.\n";
        Assert.Equal("### assume-primary-host\n\nName the primary host with `--assume-leader=db1`.\n", Fix(text));
    }

    [Fact]
    public void A_plain_word_is_rewritten_even_when_a_code_span_holds_it()
    {
        const string text = "Merge `master` into your branch, then merge master again.\n";
        Assert.DoesNotContain("then merge master", Fix(text), StringComparison.Ordinal);
    }

    [Fact]
    public void A_compound_in_prose_differing_from_the_code_span_is_rewritten()
    {
        const string text = "In master-master topologies (with `--allow-master-master`) pick one.\n";
        Assert.StartsWith("In primary-primary topologies (with `--allow-master-master`)", Fix(text), StringComparison.Ordinal);
    }

    [Fact]
    public void A_longer_word_widens_its_lined_up_column_in_every_row()
    {
        const string text =
            "| Node   | Role |\n" +
            "|--------|-----:|\n" +
            "| master | one  |\n" +
            "| worker | two  |\n";
        const string expected =
            "| Node    | Role |\n" +
            "|---------|-----:|\n" +
            "| primary | one  |\n" +
            "| worker  | two  |\n";
        Assert.Equal(expected, Fix(text));
        Assert.Equal(expected, Fix(expected));
    }

    [Fact]
    public void A_shorter_word_is_padded_back_to_its_column_with_crlf_kept()
    {
        const string text =
            "| Status        | Note |\r\n" +
            "| :------------ | ---- |\r\n" +
            "| grandfathered | yes  |\r\n";
        const string expected =
            "| Status        | Note |\r\n" +
            "| :------------ | ---- |\r\n" +
            "| exempted      | yes  |\r\n";
        Assert.Equal(expected, Fix(text));
    }

    [Fact]
    public void A_table_that_was_not_lined_up_only_has_its_word_changed()
    {
        const string text = "| Node | Role |\n|---|---|\n| master | one |\n| worker node | two |\n";
        Assert.Equal("| Node | Role |\n|---|---|\n| primary | one |\n| worker node | two |\n", Fix(text));
    }

    [Fact]
    public void A_longer_word_that_fits_the_cell_padding_leaves_the_other_rows_alone()
    {
        const string text =
            "| Node      | Role |\n" +
            "|-----------|------|\n" +
            "| master    | one  |\n" +
            "| worker    | two  |\n";
        Assert.Equal(text.Replace("| master    |", "| primary   |", StringComparison.Ordinal), Fix(text));
    }
}
