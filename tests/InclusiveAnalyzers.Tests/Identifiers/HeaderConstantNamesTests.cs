using InclusiveAnalyzers.Identifiers;

namespace InclusiveAnalyzers.Tests.Identifiers;

public class HeaderConstantNamesTests
{
    [Theory]
    [InlineData("I2C_SLAVE")]
    [InlineData("I2C_SLAVE_FORCE")]
    [InlineData("SV_TYPE_MASTER_BROWSER")]
    [InlineData("ERROR_OPERATION_ABORTED")]
    [InlineData("I2C_FUNC_10BIT_ADDR")]
    public void Capitals_and_digits_joined_by_underscores_are_a_macro_name(string name)
        => Assert.True(HeaderConstantNames.HasMacroForm(name));

    [Theory]
    [InlineData("MASTER")]
    [InlineData("WSAECONNABORTED")]
    [InlineData("DdcSlaveAddress")]
    [InlineData("I2C_Slave")]
    [InlineData("_I2C_SLAVE")]
    [InlineData("I2C__SLAVE")]
    [InlineData("I2C_SLAVE_")]
    [InlineData("i2c_slave")]
    public void Other_names_are_not(string name)
        => Assert.False(HeaderConstantNames.HasMacroForm(name));
}
