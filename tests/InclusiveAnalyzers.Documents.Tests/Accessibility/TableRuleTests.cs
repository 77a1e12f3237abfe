namespace InclusiveAnalyzers.Documents.Tests.Accessibility;

public class TableRuleTests
{
    [Fact]
    public void Simple_html_table_passes()
    {
        var findings = Lint.Html(Lint.Doc(
            "<table>",
            "<tr><th>Name</th><th>Role</th></tr>",
            "<tr><td>Ana</td><td>Lead</td></tr>",
            "</table>"));
        Assert.Empty(findings);
    }

    [Fact]
    public void Header_cell_without_data_cells()
    {
        var findings = Lint.Html(Lint.Doc(
            "<table>",
            "<tr><th>Name</th><th>Role</th><th>Notes</th></tr>",
            "<tr><td>Ana</td><td>Lead</td></tr>",
            "</table>"));
        findings.Exactly("INCL360", 2);
    }

    // 18F's accessibility guide (pages/tables.md): "Name" over the names, each a row header of its row.
    [Fact]
    public void A_column_header_over_row_headers_heads_them()
    {
        var findings = Lint.Html(Lint.Doc(
            "<table>",
            "<tr><th scope=\"col\">Name</th><th scope=\"col\">Height</th><th scope=\"col\">Age</th></tr>",
            "<tr><th scope=\"row\">Walter</th><td>6'4</td><td>34</td></tr>",
            "<tr><th scope=\"row\">Steve</th><td>5'4</td><td>30</td></tr>",
            "</table>"));
        findings.HasNot("INCL360");
    }

    [Fact]
    public void A_column_header_over_an_empty_column_beside_row_headers_is_still_reported()
    {
        var findings = Lint.Html(Lint.Doc(
            "<table>",
            "<tr><th>Name</th><th>Height</th><th>Notes</th></tr>",
            "<tr><th scope=\"row\">Walter</th><td>6'4</td></tr>",
            "</table>"));
        findings.Exactly("INCL360", 2);
    }

    [Fact]
    public void Headers_attribute_must_name_header_cells_of_the_same_table()
    {
        var findings = Lint.Html(Lint.Doc(
            "<table>",
            "<tr><th id=\"h1\">Name</th><td id=\"d1\">x</td></tr>",
            "<tr><td headers=\"h1\">Ana</td><td headers=\"nowhere\">Lead</td></tr>",
            "<tr><td headers=\"d1\">Bo</td><td id=\"self\" headers=\"self\">Dev</td></tr>",
            "</table>"));
        findings.Exactly("INCL360", 3, 4, 4);
    }

    [Fact]
    public void Scope_must_be_valid_and_on_th()
    {
        var findings = Lint.Html(Lint.Doc(
            "<table>",
            "<tr><th scope=\"column\">Name</th><th scope=\"col\">Role</th></tr>",
            "<tr><td scope=\"row\">Ana</td><td>Lead</td></tr>",
            "</table>"));
        findings.Exactly("INCL360", 2, 3);
    }

    [Fact]
    public void Complex_table_headers_need_scope()
    {
        var findings = Lint.Html(Lint.Doc(
            "<table>",
            "<tr><td></td><th scope=\"col\">Q1</th><th scope=\"col\">Q2</th></tr>",
            "<tr><th scope=\"row\">North</th><td>1</td><th>Sub</th></tr>",
            "<tr><th scope=\"row\">South</th><td>3</td><td>4</td></tr>",
            "</table>"));
        findings.Exactly("INCL360", 3);
    }

    [Fact]
    public void Header_in_a_column_without_data_heads_its_row_and_needs_no_scope()
    {
        // A navigation bar laid out as a table (DocBook's navheader): the title cell between the links heads its row.
        var findings = Lint.Html(Lint.Doc(
            "<table summary=\"Navigation header\">",
            "<tr><th colspan=\"3\">Chapter 2. Setup</th></tr>",
            "<tr><td><a href=\"a.html\">Prev</a></td><th>Chapter 2. Setup</th><td><a href=\"c.html\">Next</a></td></tr>",
            "</table>"));
        Assert.Empty(findings);
    }

    [Fact]
    public void Header_inside_the_body_over_a_column_with_data_still_needs_scope()
    {
        var findings = Lint.Html(Lint.Doc(
            "<table>",
            "<tr><th colspan=\"3\">Sales</th></tr>",
            "<tr><td>North</td><th>Q1</th><td>2</td></tr>",
            "<tr><td>South</td><td>3</td><td>4</td></tr>",
            "</table>"));
        findings.Exactly("INCL360", 3);
        Assert.Contains("scope", findings.Single(f => f.RuleId == "INCL360").Message);
    }

    [Fact]
    public void Rowspan_and_colspan_are_laid_out()
    {
        var findings = Lint.Html(Lint.Doc(
            "<table>",
            "<tr><th rowspan=\"2\">Region</th><th colspan=\"2\">Sales</th></tr>",
            "<tr><th scope=\"col\">Q1</th><th>Q2</th></tr>",
            "<tr><td>North</td><td>1</td><td>2</td></tr>",
            "</table>"));
        findings.Exactly("INCL360", 3);
        Assert.Contains("scope", findings.Single(f => f.RuleId == "INCL360").Message);
    }

    [Fact]
    public void Layout_tables_are_skipped()
    {
        Lint.Html("<table role=\"presentation\"><tr><th></th><th>x</th></tr></table>\n").OnlyRules();
    }

    [Fact]
    public void Empty_html_header_cell_is_info()
    {
        var findings = Lint.Html("<table><tr><th></th><th>Q1</th></tr><tr><th>North</th><td>1</td></tr></table>\n");
        findings.Exactly("INCL361", 1);
        Assert.Equal(Core.Severity.Suggestion, findings.Single(f => f.RuleId == "INCL361").Severity);
    }

    [Fact]
    public void Blank_pipe_table_header_is_one_finding()
    {
        var findings = Lint.Markdown(Lint.Doc("|   |   |", "|---|---|", "| a | b |"));
        findings.Exactly("INCL361", 1);
    }

    [Fact]
    public void Single_empty_pipe_table_header_cell()
    {
        var findings = Lint.Markdown(Lint.Doc("|   | Q1 |", "|---|----|", "| North | 1 |"));
        findings.Exactly("INCL361", 1);
        Assert.Equal(2, findings.Single(f => f.RuleId == "INCL361").Column);
        Assert.Equal(5, findings.Single(f => f.RuleId == "INCL361").EndColumn);
    }

    [Fact]
    public void Pipe_table_rows_with_the_wrong_number_of_cells()
    {
        var findings = Lint.Markdown(Lint.Doc(
            "| Name | Role |",
            "|------|------|",
            "| Ana | Lead |",
            "| Bo |",
            "| Cy | Dev | extra |",
            "Di | Ops",
            "| Ed | a \\| b |",
            "| Fa | `x | y` |"));
        findings.Exactly("INCL362", 4, 5, 8);
    }

    [Fact]
    public void Pipe_table_in_a_block_quote_is_counted_without_the_quote_marker()
    {
        var findings = Lint.Markdown(Lint.Doc("> | a | b |", "> |---|---|", "> | 1 | 2 |", "> | 3 |"));
        findings.Exactly("INCL362", 4);
    }

    // MassTransit's README: "| **Containers** |" labels the package rows below it.
    [Fact]
    public void A_row_of_one_bold_cell_is_a_group_label()
    {
        var findings = Lint.Markdown(Lint.Doc(
            "| Package | Framework | Standard |",
            "|---|---|---|",
            "| **Main** |",
            "| MassTransit | 4.5.2 | 2.0 |",
            "| __Loggers__ |",
            "| MassTransit.NLog | 4.5.2 | 2.0 |"));
        findings.HasNot("INCL362");
    }

    [Fact]
    public void A_short_row_of_plain_or_partly_bold_text_is_still_reported()
    {
        var findings = Lint.Markdown(Lint.Doc(
            "| Package | Framework | Standard |",
            "|---|---|---|",
            "| Main |",
            "| **Main** and more |",
            "| **a** and **b** |",
            "| **Main** | 4.5.2 |"));
        findings.Exactly("INCL362", 3, 4, 5, 6);
    }
}
