using InclusiveAnalyzers.Core.Terms;

namespace InclusiveAnalyzers.Core.Tests.Terms;

public class NameWordsTests
{
    [Theory]
    [InlineData("ModbusUdpSlave", "modbus")]
    [InlineData("NModbus4.Device", "modbus")]
    [InlineData("I2cSlaveDevice", "i2c")]
    [InlineData("System.Device.I2c", "i2c")]
    [InlineData("SPIMaster", "spi")]
    [InlineData("UseSpi", "spi")]
    [InlineData("spi_master", "spi")]
    [InlineData("I2C_SLAVE", "i2c")]
    public void A_word_the_casing_or_a_separator_sets_apart_is_a_part(string name, string word)
        => Assert.True(NameWords.Contains(name, word));

    [Theory]
    [InlineData("Spinner", "spi")]
    [InlineData("ASPIRE", "spi")]
    [InlineData("Inspire", "spi")]
    [InlineData("Modbuses2", "modbus")]
    [InlineData("MasterNode", "control plane")] // a phrase of several words is for prose
    public void Letters_inside_a_longer_word_are_not(string name, string word)
        => Assert.False(NameWords.Contains(name, word));
}
