namespace InclusiveAnalyzers.Documents.Tests.Wording;

/// <summary>
/// A page named after the code name it documents (Redis's `slaveof.md` for `SLAVEOF`, `cluster-slaves.md` for
/// `CLUSTER SLAVES`) carries that fixed name. A file name that holds more than the code name, or a page that never
/// writes the name as code, is still reported.
/// </summary>
public class FileNamedCodeTests
{
    private static bool Reported(string path, string markdown)
        => Lint.Scan(path, markdown).Any(f => f.RuleId == "INCL203");

    [Theory]
    [InlineData("commands/slaveof.md", "The `SLAVEOF` command can change the replication settings on the fly.\n")]
    [InlineData("commands/cluster-slaves.md", "The command `CLUSTER SLAVES` will continue to work for backward compatibility.\n")]
    [InlineData("api/set_master.md", "# set_master\n\nCall `setMaster()` or `set_master()`.\n")]
    public void A_page_named_after_its_code_name_is_not_reported(string path, string markdown)
        => Assert.False(Reported(path, markdown));

    [Theory]
    // The name holds more than the code name.
    [InlineData("commands/slaveof-setup.md", "The `SLAVEOF` command.\n")]
    // The page never writes the name as code.
    [InlineData("commands/slaveof.md", "The SLAVEOF command can change the replication settings.\n")]
    [InlineData("docs/master-slave-setup.md", "Run `replicaof` on each node.\n")]
    public void Other_file_names_are_still_reported(string path, string markdown)
        => Assert.True(Reported(path, markdown));
}
