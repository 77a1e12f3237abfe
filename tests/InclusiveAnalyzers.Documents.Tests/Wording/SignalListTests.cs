namespace InclusiveAnalyzers.Documents.Tests.Wording;

/// <summary>
/// SPI's signals listed one an item, each spelling out its capitals ("- **MOSI** (Master Out Slave In) - data from the
/// host"): the expansion is the signal's fixed name, as in a list on one line. A gloss inside a sentence is still read.
/// </summary>
public class SignalListTests
{
    private static string[] Flagged(string text)
        => Lint.Scan("docs/spi.md", text).Where(f => f.RuleId == "INCL201").Select(f => text.Substring(f.Offset, f.Length)).ToArray();

    [Theory]
    [InlineData("SPI uses four signals:\n\n- **MOSI** (Master Out Slave In) - data sent from the host\n- **MISO** (Master In Slave Out) - data sent back\n- **SCLK** (Serial Clock) - the clock\n")]
    [InlineData("Signals:\n\n1. MOSI (Master Out Slave In)\n2. MISO (Master In Slave Out)\n")]
    [InlineData("| Pin | Use |\n| --- | --- |\n| MOSI (Master Out Slave In) | data out |\n| MISO (Master In Slave Out) | data in |\n")]
    public void A_listed_signals_expansion_is_its_name(string markdown)
        => Assert.Empty(Flagged(markdown));

    [Theory]
    [InlineData("- The bus uses **MOSI** (Master Out Slave In) for data.\n", new[] { "Master", "Slave" })]   // a gloss in a sentence
    [InlineData("- **MOSI** (the master's output) - data\n", new[] { "master's" })]                          // no expansion
    [InlineData("Our **MS** (master server) holds the lock.\n", new[] { "master" })]
    public void A_gloss_in_a_sentence_or_a_remark_is_read(string markdown, string[] expected)
        => Assert.Equal(expected, Flagged(markdown));
}
