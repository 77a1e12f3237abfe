namespace InclusiveAnalyzers.Documents.Tests.Wording;

/// <summary>
/// A placeholder of the page's own code, written in emphasis where the prose explains it (Redis's
/// "SENTINEL get-master-addr-by-name master-name", then "Where *master-name* should be replaced ..."), is that token.
/// The same word in plain prose, or an emphasized word the code does not hold, is still read.
/// </summary>
public class EmphasizedPlaceholderTests
{
    private static string[] Flagged(string text)
        => Lint.Scan("README.md", text).Where(f => f.RuleId == "INCL201").Select(f => text.Substring(f.Offset, f.Length)).ToArray();

    private const string Sample = "# Sentinel\n\n    SENTINEL get-master-addr-by-name master-name\n\n";

    [Theory]
    [InlineData(Sample + "Where *master-name* should be replaced with the service name.\n")]
    [InlineData(Sample + "Where _master-name_ is the service name.\n")]
    [InlineData("# Sentinel\n\nRun `SENTINEL sentinels <master_name>`, where *master_name* is the service.\n")]
    public void An_emphasized_placeholder_of_the_pages_code_is_that_token(string markdown)
        => Assert.Empty(Flagged(markdown));

    [Theory]
    // Plain prose, not emphasized.
    [InlineData(Sample + "Look up the master-name first.\n", "master")]
    // Emphasized, but not a token of the page's code.
    [InlineData(Sample + "Then promote the *master-node* by hand.\n", "master")]
    // The placeholder's words elsewhere in the sentence are still read.
    [InlineData(Sample + "Where *master-name* names the master of the set.\n", "master")]
    public void Plain_prose_and_other_emphasis_are_still_read(string markdown, string expected)
        => Assert.Contains(expected, Flagged(markdown));

    // From the nineteenth review (Flink's cluster setup): a metavariable in capitals in an XML sample, then named in emphasis.
    private const string HdfsSample = "# HDFS\n\n~~~xml\n<value>hdfs://MASTER:50040/</value>\n~~~\n\n";

    [Fact]
    public void An_emphasized_placeholder_in_capitals_is_that_token()
        => Assert.Equal(new[] { "master" }, Flagged(HdfsSample + "Replace *MASTER* with the IP/host name of your master node.\n"));

    [Theory]
    // In capitals but not emphasized.
    [InlineData(HdfsSample + "Replace MASTER with the host name.\n", "MASTER")]
    // Emphasized in lower case: a word, not the code's token.
    [InlineData(HdfsSample + "Log on to the *master* and start HDFS.\n", "master")]
    // Emphasized in capitals, but the code holds no such token.
    [InlineData("# HDFS\n\n~~~xml\n<value>hdfs://HOST:50040/</value>\n~~~\n\nReplace *MASTER* with the host name.\n", "MASTER")]
    public void Capitals_outside_emphasis_or_the_code_are_still_read(string markdown, string expected)
        => Assert.Contains(expected, Flagged(markdown));
}
