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

    // From the twentieth review (keepalived's Puppet module): the VRRP state keyword quoted as a value, then named in prose.
    private const string VrrpSample = "# keepalived\n\n```puppet\nkeepalived::vrrp::instance { 'VI_50':\n  state => 'MASTER',\n}\n```\n\n";

    [Fact]
    public void Capitals_the_code_quotes_as_a_value_are_that_value_in_prose()
        => Assert.Equal(new[] { "Master" }, Flagged(VrrpSample + "1. Master node is unavailable\n\nBoth nodes have state set to BACKUP, which will prevent them from entering MASTER state.\n"));

    [Theory]
    // A line written all in capitals: no ordinary word beside the capitals.
    [InlineData(VrrpSample + "WARNING: MASTER DOWN\n", "MASTER")]
    // The code holds the capitals unquoted (state MASTER of keepalived.conf is a keyword, not a quoted value).
    [InlineData("# keepalived\n\n```\nvrrp_instance VI_1 {\n    state MASTER\n}\n```\n\nThe node enters MASTER state.\n", "MASTER")]
    // Quoted in the code, but written in lower case in the prose.
    [InlineData(VrrpSample + "The node enters master state.\n", "master")]
    public void Capitals_not_quoted_by_the_code_or_in_a_capital_line_are_still_read(string markdown, string expected)
        => Assert.Contains(expected, Flagged(markdown));

    // From the twenty-first review (DeepOps' Slurm guide): the inventory group of the controller, then its host as a
    // metavariable in angle brackets in an address.
    private const string InventorySample = "# Slurm\n\n```sh\n# Add Slurm controller/login host to `slurm-master` group\nvi config/inventory\n```\n\n";

    [Theory]
    [InlineData(InventorySample + "* Grafana: http://\\<slurm-master\\>:3000\n")]
    [InlineData(InventorySample + "Grafana listens on port 3000 of \\<slurm-master\\>.\n")]
    public void A_compound_of_the_pages_code_in_angle_brackets_is_that_placeholder(string markdown)
        => Assert.Empty(Flagged(markdown));

    [Theory]
    // The same compound in plain prose.
    [InlineData(InventorySample + "Restrict GPUs in ssh sessions on the slurm-master.\n", "master")]
    // A single word in angle brackets: a word, not the code's compound.
    [InlineData(InventorySample + "* Grafana: http://\\<master\\>:3000\n", "master")]
    // In angle brackets, but the code holds no such compound.
    [InlineData(InventorySample + "* Grafana: http://\\<grafana-master\\>:3000\n", "master")]
    public void Angle_brackets_around_a_word_or_a_compound_the_code_lacks_are_still_read(string markdown, string expected)
        => Assert.Contains(expected, Flagged(markdown));
}
