using InclusiveAnalyzers.Core.Configuration;
using InclusiveAnalyzers.Core.Terms;

namespace InclusiveAnalyzers.Core.Tests.Terms;

/// <summary>
/// Embedded and bus-protocol documentation (the seventeenth review: ESP-IDF, pico-examples, OpenTitan, QMK, Home
/// Assistant's Modbus page): fixed names of SPI and flash protocols, a signal's expansion, the older name an author
/// glosses; and the replacements the bus bodies chose (I2C controller/target, SPI controller/peripheral, chip select,
/// Modbus client/server), while prose about the roles stays a finding.
/// </summary>
public class BusWordingTests
{
    private static List<TermMatch> Matches(string text)
    {
        List<TermMatch>? matches = null;
        InclusiveSettings.Default.GetMatcher().FindInProse(text, 0, text.Length, ref matches);
        return matches ?? new();
    }

    private static string[] Find(string text) => Matches(text).Select(m => text.Substring(m.Start, m.Length)).ToArray();

    // JEDEC flash commands wait out "dummy cycles" or "dummy clocks"; a controller clocks out dummy bytes to read.
    [Theory]
    [InlineData("A Fast Read needs 8 dummy cycles after the address.")]
    [InlineData("The host must insert a number of \"dummy clocks\" before the data.")]
    [InlineData("Hold the bus for some dummy clock cycles.")]
    [InlineData("After the address, MOSI sends dummy `0xFF` bytes to keep the clock going and the data comes back on MISO.")]
    [InlineData("Write one dummy byte to read the reply of the SPI flash.")]
    public void Dummy_cycles_clocks_and_bytes_of_spi_are_names(string text) => Assert.Empty(Find(text));

    [Theory]
    [InlineData("Return a dummy value until the sensor is ready.", "dummy")]    // no SPI signal or flash around
    [InlineData("Send dummy bytes to the test server.", "dummy")]
    [InlineData("The dummy cycle counter is a fake.", "")]                      // the excepted phrase itself
    public void Dummy_elsewhere_is_still_a_word(string text, string expected)
        => Assert.Equal(expected.Length == 0 ? Array.Empty<string>() : new[] { expected }, Find(text));

    // A list of signals, one an item: each item spells out its capitals (OSHWA renamed the signals; the letters stay).
    [Theory]
    [InlineData("**MOSI** (Master Out Slave In) - data from the host")]
    [InlineData("  MISO (Master In Slave Out): data to the host")]
    [InlineData("- MOSI (Master Out Slave In)\n- MISO (Master In Slave Out)")]
    [InlineData("2. `MISO` (Master In Slave Out)")]
    [InlineData("| MISO (Master In Slave Out) | input |")]
    public void A_signal_list_items_expansion_is_its_name(string text) => Assert.Empty(Find(text));

    [Theory]
    [InlineData("Our MS (master server) holds the lock.", "master")]                 // a gloss inside a sentence
    [InlineData("Wire it to the **MS** (master server) first.", "master")]
    [InlineData("- **MS** (main slave server) - the node", "slave")]               // initials do not spell MS
    public void A_gloss_that_opens_no_item_or_spells_nothing_is_still_a_word(string text, string expected)
        => Assert.Equal(new[] { expected }, Find(text));

    // OpenTitan's I2C README: its own name, then the specification's older one in quotes; or the older one it renames.
    [Theory]
    [InlineData("Support for I2C Host (\"I2C Master\") and I2C Target (\"I2C Slave\") device modes.")]
    [InlineData("A device that meets the specifications for an \"I2C Slave\" device is here referred to as an \"I2C Target\".")]
    [InlineData("The SPI controller (\u201Cmaster\u201D) drives the clock.")]
    public void The_older_name_glossed_beside_the_new_one_is_a_mention(string text) => Assert.Empty(Find(text));

    [Theory]
    [InlineData("The bus (\"I2C master\") drives the clock.", "master")]                   // "bus" is no replacement
    [InlineData("The SPI master, called by the driver, starts the transfer.", "master")]  // "called by": no new name follows
    [InlineData("The I2C slave is referred to as a device on the bus.", "slave")]          // "device" is no replacement
    public void A_quote_or_naming_without_the_new_name_is_still_a_word(string text, string expected)
        => Assert.Equal(new[] { expected }, Find(text));

    // stm32f4xx-hal's changelog: "Rename spi_slave_dma_rtic to rtic-spi-slave-dma"; a compound's parts are one word.
    [Theory]
    [InlineData("Rename spi_slave_dma_rtic to rtic-spi-slave-dma and unbroke it.")]
    [InlineData("Renamed the example to spi-slave.")]
    public void A_renamed_compound_name_is_a_mention(string text) => Assert.Empty(Find(text));

    [Theory]
    [InlineData("Rename the old foo bar to the new slave now.", "slave")]     // the verb is more than four words back
    [InlineData("Rename it, then wire the spi-slave pins.", "slave")]          // another clause
    public void A_term_far_from_a_renaming_verb_is_still_a_word(string text, string expected)
        => Assert.Equal(new[] { expected }, Find(text));

    [Fact]
    public void Bus_roles_are_offered_the_names_the_bus_bodies_chose()
    {
        static string[] First(string text) => Matches(text).Select(m => text.Substring(m.Start, m.Length) + "=" + m.Replacements[0]).ToArray();

        Assert.Equal(new[] { "master=controller", "slave=target" }, First("Use the I2C master mode to read the I2C slave."));
        Assert.Equal(new[] { "master=controller" }, First("The ESP target will act as a master, driving MOSI and the clock."));
        Assert.Equal(new[] { "slave=chip" }, First("Deassert the slave select pin."));
        Assert.Equal(new[] { "slaves=server" }, First("An Arduino library for communicating with Modbus slaves over RS485."));
        Assert.Equal(new[] { "master=primary" }, First("The master copies its log to every replica."));
        const string spi = "It drives the SPI master and selects each slave with its own slave select line.";
        Assert.Equal("It drives the SPI controller and selects each target with its own chip select line.", TermRewriter.RewriteAll(spi, Matches(spi), TextKind.Prose));
    }
}
