using System.Text;

namespace InclusiveAnalyzers.Cli.Tests;

public class ProgramTests
{
    /// <summary>A writer that fails as a bug would: not an I/O error the program expects.</summary>
    private sealed class BrokenWriter : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw new InvalidOperationException("writer exploded");
    }

    [Fact]
    public void An_unexpected_exception_is_one_line_and_exit_code_3_not_a_crash()
    {
        using var folder = new TempFolder();
        folder.Write("a.md", "Add it to the whitelist.\n");
        var error = new StringWriter();
        var code = Program.Run(new[] { "scan" }, new CliConsole(new BrokenWriter(), error, folder.Path));
        Assert.Equal(3, code);
        Assert.StartsWith("inclusive: internal error: InvalidOperationException: writer exploded", error.ToString());
        Assert.DoesNotContain("   at ", error.ToString());

        var verbose = new StringWriter();
        Program.Run(new[] { "scan" }, new CliConsole(new BrokenWriter(), verbose, folder.Path, environment: n => n == "INCLUSIVE_DEBUG" ? "1" : null));
        Assert.Contains("   at ", verbose.ToString());
    }

    [Fact]
    public void The_parsers_are_warmed_up_for_a_folder_scan_and_not_for_files_named_one_by_one()
    {
        using var folder = new TempFolder();
        folder.Write("docs/a.md", "# A\n");
        folder.Write("b.md", "# B\n");
        Assert.True(Program.WarmsParsers(new[] { "scan" }, folder.Path)); // the current folder
        Assert.True(Program.WarmsParsers(new[] { "scan", "docs", "--format", "json" }, folder.Path));
        Assert.True(Program.WarmsParsers(new[] { "fix", "b.md", "docs" }, folder.Path));
        Assert.True(Program.WarmsParsers(new[] { "report", "--format", "json" }, folder.Path));
        Assert.False(Program.WarmsParsers(new[] { "scan", "b.md" }, folder.Path));
        Assert.False(Program.WarmsParsers(new[] { "scan", "b.md", "docs/a.md", "--fail-on", "none" }, folder.Path));
        Assert.False(Program.WarmsParsers(new[] { "rules" }, folder.Path));
        Assert.False(Program.WarmsParsers(new[] { "--help" }, folder.Path));
        Assert.False(Program.WarmsParsers(Array.Empty<string>(), folder.Path));
    }
}
