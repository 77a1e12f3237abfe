using System.Diagnostics;
using System.Text.Json;

namespace InclusiveAnalyzers.Precision;

/// <summary>Runs `inclusive scan PATH... --format json` for a set, as a user would, and reads its findings.</summary>
internal static class CliScanner
{
    public static List<Finding> Scan(CorpusSet set, string cliDll, string outDir)
    {
        Directory.CreateDirectory(outDir);
        if (!set.OneRunPerPath) return Run(set, cliDll, set.BaseDir, set.Paths, Path.Combine(outDir, $"scan-{set.Name}.json"), "");
        var all = new List<Finding>();
        foreach (var p in set.Paths)
        {
            all.AddRange(Run(set, cliDll, Path.Combine(set.BaseDir, p), ["."], Path.Combine(outDir, $"scan-{set.Name}-{p}.json"), p + "/"));
        }
        return all;
    }

    private static List<Finding> Run(CorpusSet set, string cliDll, string workingDirectory, IReadOnlyList<string> paths, string json, string prefix)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(cliDll);
        start.ArgumentList.Add("scan");
        foreach (var p in paths) start.ArgumentList.Add(p);
        foreach (var a in new[] { "--format", "json", "--output", json, "--fail-on", "none" }) start.ArgumentList.Add(a);
        // NO_COLOR keeps the summary line plain; the progress bar goes to stderr and is drained below.
        start.Environment["NO_COLOR"] = "1";
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        process.WaitForExit();
        string err = stderr.Result.Trim();
        Console.Error.WriteLine($"  {set.Name}{(prefix.Length > 0 ? "/" + prefix.TrimEnd('/') : "")}: exit {process.ExitCode} in {watch.Elapsed.TotalSeconds:F1} s");
        if (process.ExitCode != 0 && err.Length > 0) Console.Error.WriteLine("  " + err.Replace("\n", "\n  "));
        if (!File.Exists(json)) throw new InvalidOperationException($"inclusive wrote no JSON for set {set.Name} (exit {process.ExitCode})");
        return Read(set, json, prefix);
    }

    private static List<Finding> Read(CorpusSet set, string json, string prefix)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(json));
        var list = new List<Finding>();
        foreach (var f in doc.RootElement.GetProperty("findings").EnumerateArray())
        {
            string path = prefix + f.GetProperty("path").GetString()!.Replace('\\', '/');
            if (set.ExcludedFiles?.Invoke(path) == true) continue;
            list.Add(new Finding(
                set.Name, path,
                Int(f, "line"), Int(f, "column"), Int(f, "endLine"), Int(f, "endColumn"),
                f.GetProperty("ruleId").GetString()!, f.GetProperty("severity").GetString()!,
                f.TryGetProperty("term", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null,
                f.GetProperty("message").GetString() ?? ""));
        }
        return list;
    }

    private static int Int(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : 0;
}
