namespace InclusiveAnalyzers.Documents.Tests.Wording;

/// <summary>
/// Home Assistant's integration pages describe options in "{% configuration %}" blocks of YAML (its Modbus page: "slave:"
/// then "description: The number of the slave."): the keys are the integration's option names, the descriptions prose.
/// </summary>
public class ConfigurationBlockTests
{
    private static string[] Flagged(string text)
        => Lint.Scan("source/_integrations/modbus.markdown", text).Where(f => f.RuleId == "INCL201").Select(f => text.Substring(f.Offset, f.Length)).ToArray();

    [Fact]
    public void A_configuration_blocks_keys_are_names_and_its_descriptions_prose()
    {
        const string page = "Common parameters:\n\n{% configuration %}\nslave:\n  description: The number of the slave.\n  required: false\n  type: integer\n  default: master\nkeys:\n  slave_id:\n    description: >\n      Which slave answers,\n      the master polls it.\n{% endconfiguration %}\n";
        Assert.Equal(new[] { "slave", "slave", "master" }, Flagged(page));
    }

    [Fact]
    public void A_basic_configuration_blocks_labels_are_names_too()
    {
        const string page = "{% configuration_basic %}\nSlave address:\n  description: The address the master polls.\n{% endconfiguration_basic %}\n";
        Assert.Equal(new[] { "master" }, Flagged(page));
    }

    [Theory]
    [InlineData("slave:\n  description: The number of the slave.\n")]                          // no block around it
    [InlineData("{% raw %}\nslave: 1\n{% endraw %}\n")]                                         // another tag
    [InlineData("{% configuration %}\nslave:\n  description: The number of the slave.\n")]     // never closed
    public void Key_lines_outside_a_closed_configuration_block_are_read(string page)
        => Assert.Contains("slave", Flagged(page));
}
