using System.Diagnostics;
using System.Text;

namespace InclusiveAnalyzers.IntegrationTests.Infrastructure;

/// <summary>The output and exit code of one command.</summary>
public sealed record CommandResult(string Command, int ExitCode, string Output, TimeSpan Elapsed)
{
    public override string ToString() => $"> {Command}\n(exit {ExitCode}, {Elapsed.TotalSeconds:F1} s)\n{Output}";
}

/// <summary>
/// Runs dotnet (or a tool) with a clean environment: the given NuGet packages folder (a private one
/// for scenarios, so a cached InclusiveAnalyzers of the same version never hides a change; null for
/// the user's own), no MSBuild node reuse (no process outlives a test or keeps files locked), no
/// telemetry, English messages, the classic console logger.
/// </summary>
public static class DotNet
{
    public static CommandResult Run(string workingDirectory, string? packagesFolder, string fileName, params string[] arguments) =>
        RunWithTimeout(workingDirectory, packagesFolder, TimeSpan.FromMinutes(6), fileName, arguments);

    public static CommandResult RunWithTimeout(string workingDirectory, string? packagesFolder, TimeSpan timeout, string fileName, params string[] arguments)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // Variables the test host inherits from `dotnet test` would point child builds at its MSBuild.
        foreach (var key in info.Environment.Keys.ToList())
        {
            if (key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)
                || key.Equals("DOTNET_HOST_PATH", StringComparison.OrdinalIgnoreCase))
            {
                info.Environment.Remove(key);
            }
        }

        if (packagesFolder != null)
        {
            info.Environment["NUGET_PACKAGES"] = packagesFolder;
        }

        info.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        info.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        info.Environment["MSBUILDTERMINALLOGGER"] = "off";
        info.Environment["NUGET_CERT_REVOCATION_MODE"] = "offline";

        var output = new StringBuilder();
        var watch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => { if (e.Data != null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data != null) lock (output) output.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit((int)timeout.TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish in {timeout}.\n{output}");
        }

        process.WaitForExit();
        var command = fileName + " " + string.Join(' ', arguments);
        return new CommandResult(command, process.ExitCode, output.ToString(), watch.Elapsed);
    }
}
