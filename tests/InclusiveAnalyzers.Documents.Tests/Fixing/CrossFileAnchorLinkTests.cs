using InclusiveAnalyzers.Documents.Fixing;

namespace InclusiveAnalyzers.Documents.Tests.Fixing;

/// <summary>Links from one document of a fix run into another whose heading anchors the run renamed.</summary>
public class CrossFileAnchorLinkTests
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "anchor-links");
    private static readonly string Setup = Path.Combine(Root, "docs", "setup.md");
    private static readonly string Guide = Path.Combine(Root, "guide", "index.md");

    private static string Update(string linking, string text, out List<LinkUpdate> updates)
    {
        var renames = AnchorLinks.ByOld(new[] { new AnchorRename("master-node-setup", "primary-node-setup") });
        updates = new List<LinkUpdate>();
        return AnchorLinks.Update(linking, text, target => target == Setup ? renames : null, updates);
    }

    [Fact]
    public void Relative_links_into_the_renamed_document_follow()
    {
        const string text = "See [a](../docs/setup.md#master-node-setup), [b](./../docs/setup.md#master-node-setup) and <a href=\"../docs/setup.md#master-node-setup\">c</a>.\n\n[d]: ../docs/setup.md#master-node-setup\n";
        Assert.Equal(text.Replace("#master-node-setup", "#primary-node-setup"), Update(Guide, text, out var updates));
        Assert.Equal(4, updates.Count);
        Assert.All(updates, u => Assert.Equal(Setup, u.Target));
        Assert.Equal("[x](setup.md#primary-node-setup)\n", Update(Path.Combine(Root, "docs", "other.md"), "[x](setup.md#master-node-setup)\n", out _));
    }

    [Fact]
    public void Links_that_do_not_resolve_to_the_renamed_document_stay()
    {
        const string text = "[a](../docs/Setup.md#master-node-setup) [b](setup.md#master-node-setup) [c](../docs/setup.html#master-node-setup) " +
            "[d](https://example.com/docs/setup.md#master-node-setup) [e](/docs/setup.md#master-node-setup) [f](#master-node-setup) " +
            "[g](../docs/setup.md#master-node) `../docs/setup.md#master-node-setup`\n";
        Assert.Equal(text, Update(Guide, text, out var updates));
        Assert.Empty(updates);
    }
}
