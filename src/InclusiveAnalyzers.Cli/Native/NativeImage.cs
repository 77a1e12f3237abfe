using System.Collections;

namespace InclusiveAnalyzers.Cli.Native;

/// <summary>
/// The native image of the CLI: <c>dotnet build -c Release</c> also compiles the CLI ahead of time, without Roslyn
/// and MSBuild, into <c>inclusive-native</c> beside <c>inclusive.dll</c>. A scan over documents spends most of its
/// time starting up and in code the JIT has not optimised yet; native code does neither (378 Markdown files: about
/// 0.3 s against 0.55 s, bench/README.md). The .NET build replaces its own process with the image (execve: same process id,
/// standard streams and exit code) for the runs it can do, and the image replaces itself with the .NET build
/// when a run turns out to need C# (<see cref="ManagedRuntimeRequiredException"/>).
/// </summary>
internal static class NativeImage
{
    internal const string FileName = "inclusive-native";

    /// <summary>Set to 0 to keep every run in the .NET build.</summary>
    internal const string SwitchVariable = "INCLUSIVE_NATIVE";

    // How the image starts the .NET build again: the host that started it, and inclusive.dll.
    internal const string HostVariable = "INCLUSIVE_DOTNET_HOST";
    internal const string EntryVariable = "INCLUSIVE_DOTNET_ENTRY";

    /// <summary>
    /// Scan and fix over PATHs. Not --project or --solution (MSBuild), and not report, which compiles each
    /// point of the history's C#; the image finds out about C# files itself once it has listed them.
    /// </summary>
    internal static bool Suits(IReadOnlyList<string> args)
    {
        if (args.Count == 0 || (args[0] != "scan" && args[0] != "fix"))
        {
            return false;
        }

        foreach (var arg in args)
        {
            if (arg.StartsWith("--project", StringComparison.Ordinal) || arg.StartsWith("--solution", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An image older than inclusive.dll is left from an earlier build and may not do what this one does.</summary>
    internal static bool IsCurrent(string image, string entry) =>
        File.Exists(image) && File.GetLastWriteTimeUtc(image) >= File.GetLastWriteTimeUtc(entry);

    /// <summary>In the .NET build: becomes the native image when it suits the run. Returns only when it does not.</summary>
    internal static void TryReplaceProcess(string[] args)
    {
        if (!CodeSupport.IsAvailable || OperatingSystem.IsWindows() || !Suits(args)
            || Environment.GetEnvironmentVariable(SwitchVariable) == "0")
        {
            return;
        }

        var entry = typeof(NativeImage).Assembly.Location;
        var host = Environment.ProcessPath;
        if (entry.Length == 0 || host is null)
        {
            return;
        }

        var image = Path.Combine(Path.GetDirectoryName(entry)!, FileName);
        if (!IsCurrent(image, entry))
        {
            return;
        }

        var environment = EnvironmentWith(HostVariable, host, EntryVariable, entry);
        ProcessImage.Replace(image, [image, .. args], environment); // a failure (another platform's image) leaves the run here
    }

    /// <summary>In the native image: runs the same command line in the .NET build; returns only when that fails.</summary>
    internal static int RunInDotNet(string[] args, TextWriter error, string reason)
    {
        var host = Environment.GetEnvironmentVariable(HostVariable) ?? FindOnPath("dotnet");
        var entry = Environment.GetEnvironmentVariable(EntryVariable) ?? Path.Combine(AppContext.BaseDirectory, "inclusive.dll");
        string? failure = "no 'dotnet' on PATH";
        if (Environment.GetEnvironmentVariable(SwitchVariable) == "0")
        {
            failure = SwitchVariable + "=0 is set, and this build has no C# analysis"; // never hand back and forth
        }
        else if (host != null)
        {
            // Started as `dotnet inclusive.dll` or through the inclusive apphost, which needs no entry.
            string[] command = IsDotNetHost(host) ? [host, entry, .. args] : [host, .. args];
            failure = ProcessImage.Replace(host, command, EnvironmentWith(SwitchVariable, "0"));
        }

        error.WriteLine($"inclusive: {reason}, which could not be started ({failure}). Run `dotnet {entry}` instead.");
        return ExitCodes.UsageOrConfiguration;
    }

    internal static bool IsDotNetHost(string path) =>
        string.Equals(Path.GetFileNameWithoutExtension(path), "dotnet", StringComparison.Ordinal);

    private static string? FindOnPath(string name)
    {
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(folder, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>This process's environment (which the runtime keeps apart from the C library's) with some variables set.</summary>
    /// <param name="set">Names and values in turn.</param>
    internal static List<string> EnvironmentWith(params string[] set)
    {
        var result = new List<string>();
        foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            var name = (string)variable.Key;
            if (!IsSetBy(set, name))
            {
                result.Add(name + "=" + (string?)variable.Value);
            }
        }

        for (int i = 0; i + 1 < set.Length; i += 2)
        {
            result.Add(set[i] + "=" + set[i + 1]);
        }

        return result;
    }

    private static bool IsSetBy(string[] set, string name)
    {
        for (int i = 0; i < set.Length; i += 2)
        {
            if (string.Equals(set[i], name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
