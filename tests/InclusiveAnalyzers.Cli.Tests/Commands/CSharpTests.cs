using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace InclusiveAnalyzers.Cli.Tests.Commands;

/// <summary>C# files through the shipped analyzers and code fixes, without a build.</summary>
public class CSharpTests
{
    private const string Manager =
        "namespace Demo;\n\n"
        + "// Keeps the whitelist of hosts.\n"
        + "public class WhitelistManager\n{\n"
        + "    public bool IsAllowed(string host) => host.Length > 0;\n"
        + "}\n";

    private const string User =
        "namespace Demo;\n\n"
        + "public static class Startup\n{\n"
        + "    public static bool Check() => new WhitelistManager().IsAllowed(\"example.org\");\n"
        + "}\n";

    private static TempFolder Project()
    {
        var folder = new TempFolder();
        folder.Write("src/WhitelistManager.cs", Manager);
        folder.Write("src/Startup.cs", User);
        return folder;
    }

    [Fact]
    public void Scan_reports_identifiers_and_comments_with_locations()
    {
        using var folder = Project();
        var result = Cli.Run(folder.Path, "scan", "--format", "json");
        Assert.Equal(1, result.ExitCode);
        using var json = result.Json();
        var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToList();

        var identifier = findings.Single(f => f.GetProperty("ruleId").GetString() == "INCL101");
        Assert.Equal("src/WhitelistManager.cs", identifier.GetProperty("path").GetString());
        Assert.Equal(4, identifier.GetProperty("line").GetInt32());
        Assert.Equal(14, identifier.GetProperty("column").GetInt32());
        Assert.Equal("whitelist", identifier.GetProperty("term").GetString());

        var comment = findings.Single(f => f.GetProperty("ruleId").GetString() == "INCL102");
        Assert.Equal(3, comment.GetProperty("line").GetInt32());

        // A use of the type is not a declaration: Startup.cs is clean.
        Assert.DoesNotContain(findings, f => f.GetProperty("path").GetString() == "src/Startup.cs");
        Assert.Equal(2, json.RootElement.GetProperty("summary").GetProperty("filesScanned").GetInt32());
    }

    [Fact]
    public void Pragma_and_editorconfig_apply_to_code()
    {
        using var folder = Project();
        folder.Write("src/WhitelistManager.cs", "#pragma warning disable INCL101, INCL102\n" + Manager);
        Assert.Equal(0, Cli.Run(folder.Path, "scan").ExitCode);

        folder.Write("src/WhitelistManager.cs", Manager);
        folder.Write(".editorconfig", "root = true\n[*.cs]\ndotnet_diagnostic.INCL101.severity = error\ninclusive_analyzers.disable = whitelist\n");
        var result = Cli.Run(folder.Path, "scan");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("No problems found", result.Out);
    }

    [Fact]
    public void String_literals_are_off_until_turned_on()
    {
        using var folder = new TempFolder();
        folder.Write("a.cs", "class A { string s = \"add it to the whitelist\"; }\n");
        Assert.DoesNotContain("INCL103", Cli.Run(folder.Path, "scan").Out);

        folder.Write(".editorconfig", "root = true\n[*.cs]\ndotnet_diagnostic.INCL103.severity = warning\n");
        Assert.Contains("warning INCL103", Cli.Run(folder.Path, "scan").Out);
    }

    [Fact]
    public void Fix_renames_across_files_and_the_types_file_keeps_bytes_and_the_result_compiles()
    {
        using var folder = Project();
        // The public type is renamed plainly (its file follows); under the default, forward, its name is kept.
        folder.Write("inclusive.json", "{ \"publicApi\": \"rename\" }\n");
        var crlf = Manager.Replace("\n", "\r\n");
        folder.WriteBytes("src/WhitelistManager.cs", new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(crlf)).ToArray());

        var dryRun = Cli.Run(folder.Path, "fix", "--dry-run");
        Assert.Equal(1, dryRun.ExitCode);
        Assert.Contains("--- a/src/WhitelistManager.cs\n+++ b/src/AllowlistManager.cs\n", dryRun.Out);
        Assert.Contains("+public class AllowlistManager", dryRun.Out);
        Assert.Contains("+// Keeps the allowlist of hosts.", dryRun.Out);
        Assert.Contains("+    public static bool Check() => new AllowlistManager().IsAllowed(\"example.org\");", dryRun.Out);

        var result = Cli.Run(folder.Path, "fix");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("fixed src/Startup.cs", result.Out);
        Assert.Contains("renamed src/WhitelistManager.cs to src/AllowlistManager.cs", result.Out);
        Assert.False(File.Exists(folder["src/WhitelistManager.cs"]));

        var manager = File.ReadAllBytes(folder["src/AllowlistManager.cs"]);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, manager.Take(3));
        var managerText = Encoding.UTF8.GetString(manager, 3, manager.Length - 3);
        Assert.Contains("public class AllowlistManager\r\n", managerText);
        Assert.Contains("// Keeps the allowlist of hosts.\r\n", managerText);
        Assert.DoesNotContain("\n\n", managerText.Replace("\r\n", "\r")); // every line ending is still CRLF

        var compilation = CSharpCompilation.Create(
            "check",
            new[] { CSharpSyntaxTree.ParseText(managerText), CSharpSyntaxTree.ParseText(folder.Read("src/Startup.cs")) },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        var again = Cli.Run(folder.Path, "fix");
        Assert.Contains("nothing to fix", again.Error);
    }

    [Fact]
    public void Fix_keeps_a_public_types_name_by_default_and_says_so()
    {
        using var folder = Project();

        var result = Cli.Run(folder.Path, "fix");
        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(folder["src/WhitelistManager.cs"]));
        Assert.Contains("public class WhitelistManager", folder.Read("src/WhitelistManager.cs"));
        Assert.Contains("inclusive: left src/WhitelistManager.cs:", result.Error);
        Assert.Contains("public API 'WhitelistManager' kept: no [Obsolete] forwarder can keep its callers compiling", result.Error);
    }
}
