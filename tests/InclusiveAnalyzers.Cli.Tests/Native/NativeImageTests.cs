using System.Diagnostics;
using System.Text.Json.Nodes;
using InclusiveAnalyzers.Cli.Native;

namespace InclusiveAnalyzers.Cli.Tests.Native;

public class NativeImageTests
{
    [Theory]
    [InlineData("scan", true)]
    [InlineData("scan docs --format json", true)]
    [InlineData("fix . --dry-run", true)]
    [InlineData("scan --project a.csproj", false)]
    [InlineData("scan --project=a.csproj", false)]
    [InlineData("fix --solution a.sln", false)]
    [InlineData("report", false)]
    [InlineData("rules", false)]
    [InlineData("--version", false)]
    [InlineData("", false)]
    public void Scans_and_fixes_over_paths_go_to_the_native_image_and_project_loads_and_reports_do_not(string line, bool suits)
    {
        Assert.Equal(suits, NativeImage.Suits(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public void An_image_older_than_the_assembly_is_left_from_an_earlier_build_and_is_not_used()
    {
        using var folder = new TempFolder();
        var entry = folder.Write("inclusive.dll", "x");
        var image = folder.Write(NativeImage.FileName, "y");
        Assert.False(NativeImage.IsCurrent(folder["missing"], entry));
        File.SetLastWriteTimeUtc(image, File.GetLastWriteTimeUtc(entry).AddMinutes(-1));
        Assert.False(NativeImage.IsCurrent(image, entry));
        File.SetLastWriteTimeUtc(image, File.GetLastWriteTimeUtc(entry).AddSeconds(1));
        Assert.True(NativeImage.IsCurrent(image, entry));
    }

    [Fact]
    public void The_environment_passed_on_replaces_a_variable_of_the_same_name_and_keeps_the_others()
    {
        var path = Environment.GetEnvironmentVariable("PATH");
        var environment = NativeImage.EnvironmentWith("PATH", "/nowhere", "INCLUSIVE_TEST_VARIABLE", "a=b");
        Assert.Contains("PATH=/nowhere", environment);
        Assert.DoesNotContain("PATH=" + path, environment);
        Assert.Contains("INCLUSIVE_TEST_VARIABLE=a=b", environment);
        Assert.Single(environment, e => e.StartsWith("PATH=", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/usr/share/dotnet/dotnet", true)]
    [InlineData("/home/me/.dotnet/tools/inclusive", false)]
    [InlineData("/opt/dotnet-sdk/dotnet-extra", false)]
    public void The_native_image_passes_the_assembly_only_to_the_dotnet_host(string host, bool isHost)
    {
        Assert.Equal(isHost, NativeImage.IsDotNetHost(host));
    }

    [Fact]
    public void A_program_that_cannot_be_started_returns_the_reason_and_this_process_goes_on()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // execve is the C library's of Linux and macOS; the image is not built on Windows
        }

        var failure = ProcessImage.Replace("/nonexistent/inclusive-native", ["inclusive-native", "scan"], []);
        Assert.Contains("No such file", failure, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_dotnet_build_becomes_the_native_image_beside_it_with_the_same_arguments_unless_told_not_to()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var build = CopyOfTheBuild();
        // A stand-in image: a script that shows what it was started with.
        var image = build.Write(NativeImage.FileName, "#!/bin/sh\necho \"image: $*\"\necho \"entry: $INCLUSIVE_DOTNET_ENTRY\"\n");
        File.SetUnixFileMode(image, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        using var work = new TempFolder();
        work.Write("a.md", "Add it to the whitelist.\n");

        var (code, output) = RunDotNet(build["inclusive.dll"], work.Path, [], "scan", ".", "--format", "json");
        Assert.Equal(0, code);
        Assert.Contains("image: scan . --format json", output);
        Assert.Contains("entry: " + build["inclusive.dll"], output);

        var (_, managed) = RunDotNet(build["inclusive.dll"], work.Path, [("INCLUSIVE_NATIVE", "0")], "scan", ".", "--format", "json");
        Assert.DoesNotContain("image:", managed);
        Assert.Contains("whitelist", managed);

        File.SetLastWriteTimeUtc(image, File.GetLastWriteTimeUtc(build["inclusive.dll"]).AddMinutes(-5));
        var (_, stale) = RunDotNet(build["inclusive.dll"], work.Path, [], "scan", ".", "--format", "json");
        Assert.DoesNotContain("image:", stale);
        Assert.Contains("whitelist", stale);
    }

    [Fact]
    public void A_build_without_csharp_analysis_hands_a_run_that_meets_a_cs_file_to_the_dotnet_build_before_writing_anything()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        // The native image's behaviour without compiling one: the same program with the switch off.
        using var build = CopyOfTheBuild();
        var config = build["inclusive.runtimeconfig.json"];
        var json = JsonNode.Parse(File.ReadAllText(config))!;
        var options = json["runtimeOptions"]!.AsObject();
        if (options["configProperties"] is not JsonObject properties)
        {
            options["configProperties"] = properties = new JsonObject();
        }

        properties[CodeSupport.SwitchName] = false;
        File.WriteAllText(config, json.ToJsonString());

        using var work = new TempFolder();
        work.Write("a.md", "Add it to the whitelist.\n");
        work.Write("Cluster.cs", "public class MasterNode { }\n");
        var real = typeof(Program).Assembly.Location;

        var (code, output) = RunDotNet(build["inclusive.dll"], work.Path, [(NativeImage.EntryVariable, real), (NativeImage.HostVariable, DotNet)], "scan", ".", "--format", "json", "--fail-on", "none");
        Assert.Equal(0, code);
        Assert.Contains("MasterNode", output); // the C# finding, from the .NET build
        Assert.Contains("whitelist", output);

        // Documents alone stay in the build without C#.
        File.Delete(work["Cluster.cs"]);
        var (_, documents) = RunDotNet(build["inclusive.dll"], work.Path, [(NativeImage.EntryVariable, "/nonexistent/inclusive.dll")], "scan", ".", "--format", "json");
        Assert.Contains("whitelist", documents);

        // Told to stay out of the native image, it cannot hand back, and says so instead of looping.
        work.Write("Cluster.cs", "public class MasterNode { }\n");
        var (refused, message) = RunDotNet(build["inclusive.dll"], work.Path, [("INCLUSIVE_NATIVE", "0")], "scan", ".");
        Assert.Equal(ExitCodes.UsageOrConfiguration, refused);
        Assert.Contains("C# files need the .NET build of inclusive", message);
    }

    /// <summary>The CLI's files from this test's output folder, in a folder of their own.</summary>
    private static TempFolder CopyOfTheBuild()
    {
        var folder = new TempFolder();
        foreach (var file in Directory.GetFiles(AppContext.BaseDirectory))
        {
            File.Copy(file, folder[Path.GetFileName(file)]);
        }

        return folder;
    }

    private static string DotNet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    private static (int Code, string Output) RunDotNet(string assembly, string workingDirectory, (string Name, string Value)[] environment, params string[] args)
    {
        var start = new ProcessStartInfo(DotNet) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        start.ArgumentList.Add(assembly);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove(NativeImage.HostVariable);
        start.Environment.Remove(NativeImage.EntryVariable);
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }
}
