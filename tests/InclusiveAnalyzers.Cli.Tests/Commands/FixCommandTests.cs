using System.Text;

namespace InclusiveAnalyzers.Cli.Tests.Commands;

public class FixCommandTests
{
    private const string Before = "# Hosts\n\nAdd the host to the whitelist.\nRun `whitelist --add` to do it.\n";
    private const string After = "# Hosts\n\nAdd the host to the allowlist.\nRun `whitelist --add` to do it.\n";

    [Fact]
    public void Fix_rewrites_prose_only_and_is_idempotent()
    {
        using var folder = new TempFolder();
        folder.Write("docs/guide.md", Before);

        var first = Cli.Run(folder.Path, "fix");
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("fixed docs/guide.md", first.Out);
        Assert.Equal(After, folder.Read("docs/guide.md"));

        var second = Cli.Run(folder.Path, "fix");
        Assert.Equal(0, second.ExitCode);
        Assert.Equal("", second.Out);
        Assert.Contains("nothing to fix", second.Error);
        Assert.Equal(After, folder.Read("docs/guide.md"));

        Assert.DoesNotContain("INCL201", Cli.Run(folder.Path, "scan").Out);
    }

    [Fact]
    public void Fix_rewrites_razor_markup_text_and_leaves_its_code()
    {
        using var folder = new TempFolder();
        const string razor = "@page \"/hosts\"\n<h1>Hosts</h1>\n<p title=\"The whitelist\">Add the host to the whitelist.</p>\n<p>@whitelist.Count</p>\n@code {\n    string[] whitelist = { \"whitelist\" };\n}\n";
        folder.Write("Components/Pages/Hosts.razor", razor);

        var result = Cli.Run(folder.Path, "fix");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(razor.Replace("The whitelist", "The allowlist").Replace("to the whitelist.", "to the allowlist."), folder.Read("Components/Pages/Hosts.razor"));
    }

    [Fact]
    public void Dry_run_prints_a_unified_diff_and_changes_nothing()
    {
        using var folder = new TempFolder();
        folder.Write("docs/guide.md", Before);

        var result = Cli.Run(folder.Path, "fix", "--dry-run");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            "diff --git a/docs/guide.md b/docs/guide.md\n--- a/docs/guide.md\n+++ b/docs/guide.md\n@@ -1,4 +1,4 @@\n # Hosts\n \n-Add the host to the whitelist.\n+Add the host to the allowlist.\n Run `whitelist --add` to do it.\n",
            result.Out);
        Assert.Contains("1 file would change", result.Error);
        Assert.Equal(Before, folder.Read("docs/guide.md"));
    }

    [Fact]
    public void Dry_run_on_clean_files_exits_0()
    {
        using var folder = new TempFolder();
        folder.Write("a.md", After);
        var result = Cli.Run(folder.Path, "fix", "--dry-run");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void Byte_order_mark_and_crlf_are_kept()
    {
        using var folder = new TempFolder();
        var bom = new byte[] { 0xEF, 0xBB, 0xBF };
        folder.WriteBytes("a.md", bom.Concat(Encoding.UTF8.GetBytes(Before.Replace("\n", "\r\n"))).ToArray());

        Assert.Equal(0, Cli.Run(folder.Path, "fix").ExitCode);
        var expected = bom.Concat(Encoding.UTF8.GetBytes(After.Replace("\n", "\r\n"))).ToArray();
        Assert.Equal(expected, File.ReadAllBytes(folder["a.md"]));
    }

    [Fact]
    public void Utf16_stays_utf16()
    {
        using var folder = new TempFolder();
        var bom = new byte[] { 0xFF, 0xFE };
        folder.WriteBytes("a.md", bom.Concat(Encoding.Unicode.GetBytes(Before)).ToArray());

        Assert.Equal(0, Cli.Run(folder.Path, "fix").ExitCode);
        Assert.Equal(bom.Concat(Encoding.Unicode.GetBytes(After)).ToArray(), File.ReadAllBytes(folder["a.md"]));
    }

    [Fact]
    public void Invalid_utf8_is_left_alone_with_a_message()
    {
        using var folder = new TempFolder();
        var bytes = Encoding.UTF8.GetBytes(Before).Concat(new byte[] { 0xC3, 0x28, (byte)'\n' }).ToArray();
        folder.WriteBytes("a.md", bytes);

        var result = Cli.Run(folder.Path, "fix");
        Assert.Contains("not valid utf-8", result.Error);
        Assert.Equal(bytes, File.ReadAllBytes(folder["a.md"]));
    }

    [Fact]
    public void Rule_turned_off_in_editorconfig_is_not_fixed()
    {
        using var folder = new TempFolder();
        folder.Write("a.md", Before);
        folder.Write(".editorconfig", "root = true\n[a.md]\ndotnet_diagnostic.INCL201.severity = none\n");
        Cli.Run(folder.Path, "fix");
        Assert.Equal(Before, folder.Read("a.md"));
    }

    [Fact]
    public void Html_prose_is_fixed_and_markup_kept()
    {
        using var folder = new TempFolder();
        const string html = "<!DOCTYPE html>\n<html lang=\"en\"><head><title>Hosts</title></head>\n<body><main><h1>Hosts</h1><p class=\"whitelist\">Add the host to the whitelist.</p></main></body></html>\n";
        folder.Write("page.html", html);
        Assert.Equal(0, Cli.Run(folder.Path, "fix").ExitCode);
        Assert.Equal(html.Replace("to the whitelist.", "to the allowlist."), folder.Read("page.html"));
    }
}
