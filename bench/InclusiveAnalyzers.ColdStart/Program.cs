// What a fresh process pays before the document analyzer's first Razor file is done, step by step: a command-line
// csc (UseSharedCompilation=false) pays it on every build, a compiler server once. Each step runs once, in order,
// so a step's figure is what it adds after the steps before it (JIT, type loading, static tables, then the work).
//   dotnet run -c Release --project bench/InclusiveAnalyzers.ColdStart -- FOLDER_WITH_RAZOR_FILES
// Process CPU (all threads, the runtime's background JIT included) and wall time per step.
using System.Diagnostics;
using AngleSharp.Html.Parser;
using InclusiveAnalyzers.Core.Configuration;
using InclusiveAnalyzers.Documents;

if (args.Length != 1 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: InclusiveAnalyzers.ColdStart FOLDER (the .razor and .cshtml files below it are scanned)");
    return 2;
}

var files = Directory.EnumerateFiles(args[0], "*.*", SearchOption.AllDirectories)
    .Where(p => p.EndsWith(".razor", StringComparison.OrdinalIgnoreCase) || p.EndsWith(".cshtml", StringComparison.OrdinalIgnoreCase))
    .OrderBy(p => p, StringComparer.Ordinal).ToArray();
var texts = files.Select(File.ReadAllText).ToArray();
if (files.Length == 0)
{
    Console.Error.WriteLine($"no .razor or .cshtml file below {args[0]}");
    return 2;
}

DocumentScanner? scanner = null;
var parserOptions = new HtmlParserOptions { IsKeepingSourceReferences = true, IsScripting = false };
var steps = new (string Name, Action Run)[]
{
    ("catalog and default settings (shared with the C# analyzers)", () => _ = InclusiveSettings.Default),
    ("default term matcher (shared with the C# analyzers)", () => _ = InclusiveSettings.Default.GetMatcher(null)),
    ("AngleSharp: first parse of a one-line page", () => _ = new HtmlParser(parserOptions).ParseDocument("<p>x &amp; y</p>")),
    ($"AngleSharp: parse of {Path.GetFileName(files[0])} (more parser paths)", () => _ = new HtmlParser(parserOptions).ParseDocument(texts[0])),
    ("our HTML rules: scan of a small HTML page", () =>
    {
        scanner = new DocumentScanner(new DocumentScanOptions { AuditCodeOfConduct = false });
        _ = scanner.Scan("/bench/page.html", "<!doctype html><html lang=en><title>t</title><h1>x</h1><p><a href=/>home</a><img src=a.png alt=a></p></html>");
    }),
    ($"our Razor reader and rules: {files.Length} Razor files, first time", () => ScanAll()),
    ($"the same {files.Length} files again (warm)", () => ScanAll()),
};

void ScanAll()
{
    for (int i = 0; i < files.Length; i++)
    {
        _ = scanner!.Scan(files[i], texts[i]);
    }
}

static double Cpu() => Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;

Console.WriteLine($"load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}, {Environment.ProcessorCount} cores");
Console.WriteLine("| Step | CPU (ms) | Wall (ms) |");
Console.WriteLine("| --- | ---: | ---: |");
double totalCpu = 0;
foreach (var (name, run) in steps)
{
    var cpu = Cpu();
    var wall = Stopwatch.StartNew();
    run();
    var used = Cpu() - cpu;
    if (!name.StartsWith("the same", StringComparison.Ordinal)) totalCpu += used;
    Console.WriteLine($"| {name} | {used:F0} | {wall.Elapsed.TotalMilliseconds:F0} |");
}

Console.WriteLine($"| cold total | {totalCpu:F0} | |");
return 0;
