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

    // The Windows Community Toolkit's MasterDetailsView.md: the control's exact PascalCase name, held whole by its XAML sample.
    private const string ToolkitSample = "# MasterDetailsView XAML Control\n\n```xaml\n<controls:MasterDetailsView\n    ItemsSource=\"{Binding Items}\">\n</controls:MasterDetailsView>\n```\n";

    [Fact]
    public void A_type_page_named_as_the_type_its_sample_holds_is_not_reported()
        => Assert.False(Reported("docs/controls/MasterDetailsView.md", ToolkitSample));

    [Theory]
    // The sample does not hold the name whole (only a longer identifier).
    [InlineData("docs/controls/MasterDetailsView.md", "# Control\n\n```xaml\n<controls:MasterDetailsViewEx />\n```\n")]
    // A single word, held by the code, is not a type name: the file name is the author's word.
    [InlineData("docs/Master.md", "# Master\n\n```sh\necho Master\n```\n")]
    // Another case than the type's.
    [InlineData("docs/controls/masterdetailsview.md", ToolkitSample)]
    // The type name only in prose, never in code.
    [InlineData("docs/controls/MasterDetailsView.md", "# MasterDetailsView XAML Control\n\nThe MasterDetailsView presents items.\n")]
    public void Other_type_named_pages_are_still_reported(string path, string markdown)
        => Assert.True(Reported(path, markdown));
}
