using InclusiveAnalyzers.Identifiers;

namespace InclusiveAnalyzers.Tests.Identifiers;

public class LiteralTableNamesTests
{
    [Theory]
    [InlineData("SLAVES", "SLAVES")]
    [InlineData("slave_read_only", "slave-read-only")]
    [InlineData("GETMASTERADDRBYNAME", "GET-MASTER-ADDR-BY-NAME")]
    [InlineData("AuthInfoUser", "AUTHINFO USER")]
    [InlineData("Slave", "SLAVE\r\n")]
    [InlineData("master", "Master")]
    public void A_name_with_the_letters_of_its_value_spells_it(string name, string value)
        => Assert.True(LiteralTableNames.Spells(name, value));

    [Theory]
    [InlineData("DefaultMasterName", "mymaster")]
    [InlineData("Slave", "slave_lineage")]
    [InlineData("SlaveRole", "slave")]
    [InlineData("Wildcard", "*")]
    [InlineData("_", "-")]
    [InlineData("Master", "")]
    public void A_name_that_says_more_or_less_does_not(string name, string value)
        => Assert.False(LiteralTableNames.Spells(name, value));
}
