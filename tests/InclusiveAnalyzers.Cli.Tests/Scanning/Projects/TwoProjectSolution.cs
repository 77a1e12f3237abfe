using System.Diagnostics;
using System.Text;

namespace InclusiveAnalyzers.Cli.Tests.Scanning.Projects;

/// <summary>
/// A hand-written, restored solution in a temporary folder: Lib (a type and a comment with findings,
/// a .globalconfig making INCL101 an error) and App (references Lib, NoWarn INCL102, a README), an
/// inclusive.json that allows one phrase, and a second solution that also lists a broken project.
/// net10.0 class libraries without packages, so restoring needs no feed.
/// </summary>
public sealed class TwoProjectSolution : IDisposable
{
    /// <summary>Lib's source: UTF-8 with a byte order mark and CRLF line endings, which a fix must keep.</summary>
    public static readonly byte[] ManagerBytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(
        "namespace Lib;\r\n\r\n"
        + "// Keeps the whitelist of hosts.\r\n"
        + "public class WhitelistManager\r\n{\r\n"
        + "    public bool IsAllowed(string host) => host.Length > 0;\r\n"
        + "}\r\n")).ToArray();

    public const string Startup =
        "namespace App;\n\n"
        + "// The blacklist is read first.\n"
        + "public static class Startup\n{\n"
        + "    public static bool Check(Lib.WhitelistManager manager) => manager.IsAllowed(\"example.org\");\n\n"
        + "    public static int MasterCount = 1;\n\n"
        + "    public static string[] Blacklist = { \"spam.example\" };\n"
        + "}\n";

    private const string Library =
        "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <TargetFramework>net10.0</TargetFramework>\n  </PropertyGroup>\n</Project>\n";

    private const string Application =
        "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <TargetFramework>net10.0</TargetFramework>\n"
        + "    <NoWarn>$(NoWarn);INCL102</NoWarn>\n  </PropertyGroup>\n"
        + "  <ItemGroup>\n    <ProjectReference Include=\"../Lib/Lib.csproj\" />\n  </ItemGroup>\n</Project>\n";

    public TwoProjectSolution()
    {
        Folder = new TempFolder();
        // Nothing above the temporary folder (Directory.Build.*) may shape these projects.
        Folder.Write("Directory.Build.props", "<Project />\n");
        Folder.Write("Directory.Build.targets", "<Project />\n");
        // Public API renamed plainly, as before the policy existed; the forward default has its own test.
        Folder.Write("inclusive.json", "{ \"allow\": [\"master count\"], \"publicApi\": \"rename\" }\n");
        Folder.Write("Lib/Lib.csproj", Library);
        Folder.WriteBytes("Lib/WhitelistManager.cs", ManagerBytes);
        Folder.Write("Lib/.globalconfig", "is_global = true\ndotnet_diagnostic.INCL101.severity = error\n");
        Folder.Write("App/App.csproj", Application);
        Folder.Write("App/Startup.cs", Startup);
        Folder.Write("App/README.md", "# App\n\nAdd hosts to the whitelist.\n");
        Folder.Write("Broken/Broken.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n");
        Folder.Write("Demo.sln", Solution(("Lib", "Lib\\Lib.csproj"), ("App", "App\\App.csproj")));
        Folder.Write("Garbage.sln", "not a solution\n");
        Folder.Write("Db/Db.sqlproj", "<Project />\n");
        Folder.Write("Partial.sln", Solution(("Lib", "Lib\\Lib.csproj"), ("Broken", "Broken\\Broken.csproj"), ("Db", "Db\\Db.sqlproj")));

        var restore = Dotnet(Folder.Path, "restore", "Demo.sln");
        if (restore.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet restore of the test solution failed:\n" + restore.Output);
        }
    }

    public TempFolder Folder { get; }

    public string Path => Folder.Path;

    public void Dispose() => Folder.Dispose();

    /// <summary>Runs the dotnet CLI without build servers (a server would outlive the test, holding its output open).</summary>
    public static (int ExitCode, string Output) Dotnet(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args.Concat(new[] { "--disable-build-servers", "-nologo" }))
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(180_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', args)} did not finish in 3 minutes:\n{output}");
        }

        return (process.ExitCode, output + error.Result);
    }

    private static string Solution(params (string Name, string Path)[] projects)
    {
        var builder = new StringBuilder("\nMicrosoft Visual Studio Solution File, Format Version 12.00\n# Visual Studio Version 17\n");
        var ids = projects.Select((_, i) => $"{{{(i + 1) * 11111111:D8}-1111-1111-1111-111111111111}}").ToArray();
        for (var i = 0; i < projects.Length; i++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"Project(\"{{9A19103F-16F7-4668-BE54-9A1E7A4F7556}}\") = \"{projects[i].Name}\", \"{projects[i].Path}\", \"{ids[i]}\"\nEndProject\n");
        }

        builder.Append("Global\n\tGlobalSection(SolutionConfigurationPlatforms) = preSolution\n\t\tDebug|Any CPU = Debug|Any CPU\n\tEndGlobalSection\n");
        builder.Append("\tGlobalSection(ProjectConfigurationPlatforms) = postSolution\n");
        foreach (var id in ids)
        {
            builder.Append(CultureInfo.InvariantCulture, $"\t\t{id}.Debug|Any CPU.ActiveCfg = Debug|Any CPU\n\t\t{id}.Debug|Any CPU.Build.0 = Debug|Any CPU\n");
        }

        builder.Append("\tEndGlobalSection\nEndGlobal\n");
        return builder.ToString();
    }
}
