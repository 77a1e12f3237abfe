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

    // APISIX's Chinese plugin pages: the attribute names under "参数名" or "名称" stay English in the translation.
    [Theory]
    [InlineData("| 参数名    | 类型          | 描述 |\n| --------- | ------------- | ---- |\n| whitelist | array[string] | 加入白名单的 IP 地址或 CIDR 范围 |\n| blacklist | array[string] | 与`whitelist`二选一 |\n")]
    [InlineData("| 名称 | 类型 | 描述 |\n| --- | --- | --- |\n| whitelist | array[string] | 白名单域名列表 |\n")]
    [InlineData("| パラメータ | 説明 |\n| --- | --- |\n| master | 接続先のノード |\n")]
    [InlineData("| **Paramètre** | Description |\n| --- | --- |\n| `slave` | l'identifiant de l'esclave |\n")]
    [InlineData("| Parámetro | Descripción |\n| --- | --- |\n| whitelist | lista de hosts permitidos |\n")]
    public void A_translated_name_header_heads_names_too(string table)
        => Assert.Empty(Flagged(table));

    [Theory]
    [InlineData("| 描述 | 参数名 |\n| --- | --- |\n| whitelist | x |\n", "whitelist")]                       // the name column is not the first
    [InlineData("| 参数名 | 描述 |\n| --- | --- |\n| the whitelist | x |\n", "whitelist")]                  // a label of words
    [InlineData("| 参数名 | 描述 |\n| --- | --- |\n| ip | x |\n\n将 IP 地址加入 whitelist。\n", "whitelist")]     // prose after the table
    [InlineData("| 类型 | 描述 |\n| --- | --- |\n| whitelist | x |\n", "whitelist")]                        // "type" is no name header
    public void Other_columns_labels_and_prose_of_translated_pages_are_read(string text, string expected)
        => Assert.Equal(new[] { expected }, Flagged(text));
}
