namespace InclusiveAnalyzers.Documents.Tests.Wording;

/// <summary>
/// INCL201 through the engine's judgement of names, mentions and senses, on Markdown and HTML as laid
/// out for the matcher (emphasis blanked, code removed): what is not reported, and what still is.
/// </summary>
public class NamesAndMentionsTests
{
    private static string[] Flagged(string path, string text, string? config = null)
        => Lint.Scan(path, text, config).Where(f => f.RuleId == "INCL201").Select(f => text.Substring(f.Offset, f.Length)).ToArray();

    [Theory]
    [InlineData("Compare with master@{upstream} and origin/master first.")]
    [InlineData("Run `git rebase` and, if it fails, --abort.")]
    [InlineData("The word \"master\" is being phased out.")]
    [InlineData("We are renaming things like *blacklist*/*whitelist*.")]
    [InlineData("Rename the **master** branch to main.")]
    [InlineData("Students must master the basics before the advanced course.")]
    [InlineData("Query the master database from SQL Server Management Studio (SSMS).")]
    [InlineData("Send SENTINEL MASTERS to any sentinel.")]
    [InlineData("The `role` field returns \"master\" or \"slave\".")]
    public void Names_mentions_and_senses_are_not_reported(string markdown)
        => Assert.Empty(Flagged("doc.md", markdown + "\n"));

    [Theory]
    [InlineData("Push to master after review.", "master")]
    [InlineData("The master database replicates to two replicas.", "master")]
    [InlineData("Students use the master branch.", "master branch")]
    [InlineData("# MASTER node setup", "MASTER")]
    public void Uses_are_still_reported(string markdown, string expected)
        => Assert.Equal(new[] { expected }, Flagged("doc.md", markdown + "\n"));

    // A heading or label all in capitals is shouted prose; a command in capitals inside prose is a name; a lone
    // code-like token keeps its own judgement (judged-razor.md: NetSentinel's "TRUSTED DEVICE WHITELIST").
    [Theory]
    [InlineData("doc.md", "# TRUSTED DEVICE WHITELIST\n\nDevices you trust.", "WHITELIST")]
    [InlineData("doc.md", "| Setting | Value |\n| --- | --- |\n| IP BLACK LIST | on |", "BLACK LIST")]
    [InlineData("page.html", "<h5>TRUSTED DEVICE WHITELIST</h5><p>Devices you trust.</p>", "WHITELIST")]
    [InlineData("page.html", "<label for=\"m\">MASTER NODE ADDRESS</label><input id=\"m\">", "MASTER")]
    [InlineData("Pages/Devices.razor", "<h5>TRUSTED DEVICE WHITELIST</h5>\n<p>@Devices.Count devices</p>", "WHITELIST")]
    public void A_heading_or_label_in_capitals_is_reported(string path, string text, string expected)
        => Assert.Equal(new[] { expected }, Flagged(path, text + "\n"));

    [Theory]
    [InlineData("doc.md", "Send SENTINEL MASTERS to any sentinel.")]
    [InlineData("doc.md", "# Sentinel\n\nThe `SENTINEL MASTERS` command lists them.")]
    [InlineData("doc.md", "# SETTINGS\n\nSet `WHITELIST_MODE` to `MASTER`.")]
    [InlineData("page.html", "<p>Send SENTINEL MASTERS to any sentinel.</p>")]
    [InlineData("page.html", "<h5>SETTINGS <code>MASTER_HOST</code></h5>")]
    [InlineData("Pages/Devices.razor", "<p>Send SENTINEL MASTERS to any sentinel.</p>")]
    public void Commands_in_prose_and_code_in_capitals_stay_names(string path, string text)
        => Assert.Empty(Flagged(path, text + "\n"));

    [Fact]
    public void Html_text_gets_the_same_judgement()
    {
        Assert.Empty(Flagged("page.html", "<p>The word <em>master</em> is being phased out; the replica runs SLAVEOF.</p>"));
        Assert.Equal(new[] { "slave" }, Flagged("page.html", "<p>The slave restarts.</p>"));
    }

    [Fact]
    public void Mask_names_false_in_inclusive_json_reports_them_again()
    {
        const string text = "Compare with master~4. The word \"slave\" is old.\n";
        Assert.Empty(Flagged("doc.md", text));
        var findings = Lint.Scan("doc.md", text, """{ "maskNames": false }""").Where(f => f.RuleId == "INCL201").ToList();
        Assert.Equal(new[] { "master", "slave" }, findings.Select(f => text.Substring(f.Offset, f.Length)));
        Assert.Empty(findings[0].Replacements!); // no rewrite inside a ref
        Assert.DoesNotContain("consider", findings[0].Message);
    }

    [Fact]
    public void Kubernetes_master_nodes_are_told_control_plane()
    {
        var finding = Lint.Markdown("# Cluster\n\nKubernetes runs the API server on each master node.\n").Single(f => f.RuleId == "INCL201");
        Assert.Equal("control plane", finding.Replacements![0]);
        Assert.Contains("'control plane'", finding.Message);
    }

    [Fact]
    public void Advice_lists_each_suggestion_once()
    {
        var finding = Lint.Markdown("Add the host to the white-list.\n").Single(f => f.RuleId == "INCL201");
        Assert.Contains("consider 'allow-list', 'permit-list' or 'safe-list'", finding.Message);
    }

    [Fact]
    public void The_fix_keeps_the_article_right()
        => Assert.Equal("The proxy keeps an allowlist.\n", DocumentFixer.Fix("a.md", "The proxy keeps a whitelist.\n", Lint.Settings(null)));
}
