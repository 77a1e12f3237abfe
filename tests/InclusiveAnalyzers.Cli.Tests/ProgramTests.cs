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
}
