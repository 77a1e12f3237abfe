namespace InclusiveAnalyzers.Cli.Tests.Fixing;

/// <summary>`fix` renames a heading's anchor when it rewrites the heading: the run's links follow, the rest is listed.</summary>
public class AnchorFollowTests
{
    private const string Setup = "# Setup\n\n## Master node setup\n\nSee [below](#master-node-setup).\n";
    private const string Guide = "# Guide\n\nRead [the setup](../docs/setup.md#master-node-setup) or [the top](../docs/setup.md#setup).\n";

    [Fact]
    public void Links_from_other_documents_of_the_run_follow_and_a_second_run_changes_nothing()
    {
        using var folder = new TempFolder();
        folder.Write("docs/setup.md", Setup);
        folder.Write("guide/index.md", Guide);

        var first = Cli.Run(folder.Path, "fix");
        Assert.Equal(0, first.ExitCode);
        Assert.Equal("# Setup\n\n## Primary node setup\n\nSee [below](#primary-node-setup).\n", folder.Read("docs/setup.md"));
        Assert.Equal(Guide.Replace("#master-node-setup", "#primary-node-setup"), folder.Read("guide/index.md"));
        Assert.Contains("inclusive: anchor docs/setup.md#master-node-setup -> #primary-node-setup (2 links in this run updated)", first.Error);
        Assert.Contains("inclusive: fixed 2 files; 1 heading anchor renamed, 2 links to them updated (links from outside this run are not: anchors listed above).", first.Error);

        var second = Cli.Run(folder.Path, "fix");
        Assert.Equal(0, second.ExitCode);
        Assert.Equal("inclusive: nothing to fix.", second.Error.Trim());
    }

    [Fact]
    public void A_document_outside_the_run_is_left_and_the_renamed_anchor_is_listed()
    {
        using var folder = new TempFolder();
        folder.Write("docs/setup.md", Setup);
        folder.Write("guide/index.md", Guide);

        var result = Cli.Run(folder.Path, "fix", "docs");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Guide, folder.Read("guide/index.md"));
        Assert.Contains("inclusive: anchor docs/setup.md#master-node-setup -> #primary-node-setup (1 link in this run updated)", result.Error);
    }

    [Fact]
    public void Dry_run_shows_the_followed_links_in_the_patch_and_the_anchors_on_stderr()
    {
        using var folder = new TempFolder();
        folder.Write("docs/setup.md", Setup);
        folder.Write("guide/index.md", Guide);

        var result = Cli.Run(folder.Path, "fix", "--dry-run");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("+Read [the setup](../docs/setup.md#primary-node-setup) or [the top](../docs/setup.md#setup).", result.Out);
        Assert.DoesNotContain("inclusive:", result.Out);
        Assert.Contains("inclusive: anchor docs/setup.md#master-node-setup -> #primary-node-setup", result.Error);
        Assert.Equal(Setup, folder.Read("docs/setup.md"));
    }

    [Fact]
    public void Without_a_renamed_heading_no_anchor_is_listed()
    {
        using var folder = new TempFolder();
        folder.Write("docs/setup.md", "# Setup\n\nThe master node.\n\n[a](#setup)\n");
        var result = Cli.Run(folder.Path, "fix");
        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("anchor", result.Error);
    }
}
