namespace InclusiveAnalyzers.Documents.Tests.Wording;

/// <summary>
/// A table of fields whose first column is headed Attribute, Parameter, Option, Key, Field, Property, Argument, Variable,
/// Setting or Name lists names (Home Assistant's Modbus services: "| slave | Slave address (0-255), alternative to unit
/// |"): a one-name first cell, and that name in the same case elsewhere in the table, are names; other words are prose.
/// </summary>
public class NameColumnTableTests
{
    private static string[] Flagged(string text)
        => Lint.Scan("docs/services.md", text).Where(f => f.RuleId == "INCL201").Select(f => text.Substring(f.Offset, f.Length)).ToArray();

    [Fact]
    public void Name_cells_and_their_names_in_the_table_are_names()
    {
        const string table = "| Attribute | Description |\n| --------- | ----------- |\n| unit      | Slave address (0-255), alternative to slave |\n| slave     | Slave address (0-255), alternative to unit |\n| `master_id` | Unit of the master |\n";
        Assert.Equal(new[] { "Slave", "Slave", "master" }, Flagged(table));
    }

    [Theory]
    [InlineData("| **Parameter** | Meaning |\n|:--|:--|\n| master | the controller to poll |\n")]
    [InlineData("Option | Meaning\n--- | ---\nwhitelist | hosts to accept; see whitelist above\n")]
    public void Other_name_headers_and_tables_without_outer_bars_count(string table)
        => Assert.Empty(Flagged(table));

    [Theory]
    [InlineData("| Role | Description |\n| --- | --- |\n| master | the node that takes writes |\n", "master")]        // not a name header
    [InlineData("| Name | Description |\n| --- | --- |\n| the master node | takes writes |\n", "master")]            // a label of words
    [InlineData("| Option | Meaning |\n| --- | --- |\n| master | x |\n\nThe master polls.\n", "master")]                // after the table
    [InlineData("| Option | Meaning |\n| --- | --- |\n| slave | x, not a Slave copy |\n", "Slave")]                       // another case
    public void Other_tables_labels_and_text_after_a_table_are_read(string text, string expected)
        => Assert.Equal(new[] { expected }, Flagged(text));
}
