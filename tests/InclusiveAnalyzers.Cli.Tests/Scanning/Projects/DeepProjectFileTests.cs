namespace InclusiveAnalyzers.Cli.Tests.Scanning.Projects;

/// <summary>
/// A project's C# file nested thousands of levels deep overflowed the compiler parser's stack during
/// <c>fix --project</c> (the scan already left it out): the whole process ended and no fix was written.
/// It is now left unchanged, named, and every other file is fixed.
/// </summary>
public class DeepProjectFileTests
{
    [Fact]
    public void Fix_with_a_project_leaves_a_deep_file_alone_and_fixes_the_others()
    {
        using var folder = new TempFolder();
        folder.Write("Directory.Build.props", "<Project />\n");
        folder.Write("Directory.Build.targets", "<Project />\n");
        folder.Write("Lib/Lib.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <TargetFramework>net10.0</TargetFramework>\n  </PropertyGroup>\n</Project>\n");
        var deep = "namespace Lib;\ninternal class DeepWhitelist\n{\n    int M() => " + new string('(', 20_000) + "1" + new string(')', 20_000) + ";\n}\n";
        folder.Write("Lib/Deep.cs", deep);
        folder.Write("Lib/Hosts.cs", "namespace Lib;\ninternal class Hosts\n{\n    internal int whitelistCount;\n}\n");
        var restore = TwoProjectSolution.Dotnet(folder.Path, "restore", "Lib/Lib.csproj");
        Assert.True(restore.ExitCode == 0, restore.Output);

        var result = Cli.Run(folder.Path, "fix", "--project", "Lib/Lib.csproj");

        Assert.Equal(deep, folder.Read("Lib/Deep.cs"));
        Assert.Contains("allowlistCount", folder.Read("Lib/Hosts.cs"));
        Assert.Contains("Deep.cs", result.Out + result.Error);
        Assert.Contains("too deeply nested", result.Out + result.Error);
    }
}
