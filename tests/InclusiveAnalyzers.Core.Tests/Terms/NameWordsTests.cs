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

    [Theory]
    [InlineData("Abort_SendAndAbort_Success", "Abort", 0, 5)]
    [InlineData("RunClient_ClientWebSocket_Abort_CloseOutputAsync", "abort", 26, 31)]
    [InlineData("AbortOnConnectFailTests", "AbortOnConnectFail", 0, 5)]
    [InlineData("CreateMasterConnection", "master", -1, -1)]
    public void A_names_words_run_through_another_name_over_the_place(string outer, string inner, int coverStart, int coverEnd)
        => Assert.True(NameWords.RunsThrough(outer, inner, coverStart, coverEnd));

    [Theory]
    [InlineData("AbortedQuickly", "Abort", 0, 7)] // Aborted is another word
    [InlineData("SendAndAbort", "Abort", 0, 4)] // the run is elsewhere than the place
    [InlineData("CreateMasterConnection", "MasterNode", -1, -1)] // not every word is there
    [InlineData("CreateConnectionMaster", "MasterConnection", -1, -1)] // not in that order
    public void Other_names_do_not_run_through(string outer, string inner, int coverStart, int coverEnd)
        => Assert.False(NameWords.RunsThrough(outer, inner, coverStart, coverEnd));
}
