using System.Diagnostics;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using InclusiveAnalyzers.Documents;
using InclusiveAnalyzers.Documents.Benchmarks;

// dotnet run -c Release --project bench/InclusiveAnalyzers.Documents.Benchmarks            BenchmarkDotNet, all sets
// dotnet run -c Release --project bench/InclusiveAnalyzers.Documents.Benchmarks -- --quick  stopwatch figures, peak memory
// The Python 3.11 HTML docs set needs `apt-get install -y python3.11-doc`; without it that set is empty.

if (args.Length == 2 && args[0] == "--stages")
{
    Stages.Run(args[1]);
    return;
}

if (args.Contains("--quick"))
{
    Quick();
    return;
}

var summary = BenchmarkRunner.Run<ScanBenchmarks>(args: args);
Console.WriteLine();
Console.WriteLine("Throughput (set bytes / mean time, one thread):");
foreach (var report in summary.Reports)
{
    var setName = report.BenchmarkCase.Parameters["Set"]?.ToString() ?? "";
    var set = DocumentSet.Load(setName);
    if (set == null || report.ResultStatistics == null) continue;
    double seconds = report.ResultStatistics.Mean / 1e9;
    Console.WriteLine($"  {setName,-12} {report.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo,-36} {set.Bytes / 1e6 / seconds,8:F1} MB/s  ({set.Bytes / 1e6:F1} MB in {seconds * 1000:F0} ms)");
}

static void Quick()
{
    foreach (var name in new[] { "corpus-md", "corpus-html", "python-html" })
    {
        var set = DocumentSet.Load(name);
        if (set == null)
        {
            Console.WriteLine($"{name}: not found (the Python docs need `apt-get install -y python3.11-doc`)");
            continue;
        }
        var scanner = new DocumentScanner(new DocumentScanOptions());
        var cold = Stopwatch.StartNew();
        int findings = Run(scanner, set);
        cold.Stop();
        var times = new List<double>();
        var cpu = new List<double>();
        var process = Process.GetCurrentProcess();
        for (int i = 0; i < 5; i++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            Run(scanner, set);
            times.Add(watch.Elapsed.TotalSeconds);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalSeconds);
        }
        double best = times.Min(), median = times.OrderBy(t => t).ElementAt(times.Count / 2), bestCpu = cpu.Min();
        // CPU time is what one core spent (GC included); on a busy machine it is steadier than wall time.
        Console.WriteLine($"{name,-12} {set.Documents.Count,4} files {set.Bytes / 1e6,6:F1} MB  {findings,6} findings  cold {cold.Elapsed.TotalMilliseconds,6:F0} ms  " +
                          $"warm wall best {set.Bytes / 1e6 / best,6:F1} MB/s, median {set.Bytes / 1e6 / median,6:F1} MB/s; per CPU-second {set.Bytes / 1e6 / bestCpu,6:F1} MB/s");
    }
    Console.WriteLine($"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB");
}

static int Run(DocumentScanner scanner, DocumentSet set)
{
    int count = 0;
    foreach (var (path, text) in set.Documents) count += scanner.Scan(path, text).Count;
    return count;
}
