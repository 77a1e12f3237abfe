using System.Text;
using InclusiveAnalyzers.Precision;

// Precision benchmark (issues 7 and 16): scans real corpora with the built `inclusive` CLI, counts the
// findings per set, family, rule and term, and draws a reproducible sample to judge by hand.
//   scan       counts + sample.md/sample.tsv in --out
//   recheck    --judged FILE: re-scan the judged items' sets, list lost recall and open false positives
//   summarize  --judged FILE: precision per family and false-positive classes, no scan
// Run through bench/run-precision.sh, which prepares the corpora and builds the CLI.
Options options;
try { options = Options.Parse(args); }
catch (ArgumentException e)
{
    Console.Error.WriteLine($"precision: {e.Message}");
    Console.Error.WriteLine("usage: precision scan|recheck|summarize --cli inclusive.dll --shared DIR [--work DIR] [--pydoc DIR] [--out DIR] [--seed S] [--per-family N] [--sets a,b] [--judged FILE]");
    return 2;
}
try
{
    return Run(options);
}
catch (Exception e) when (e is IOException or InvalidDataException or InvalidOperationException or ArgumentException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"precision: {e.Message}");
    return 2;
}

static int Run(Options options)
{
Directory.CreateDirectory(options.Out);
if (options.Command is not ("scan" or "recheck" or "summarize")) throw new ArgumentException($"unknown command '{options.Command}' (scan, recheck or summarize)");

if (options.Command == "summarize")
{
    Console.WriteLine(JudgedSummary.Build(JudgedItem.Read(Need(options.Judged))));
    return 0;
}

var judged = options.Command == "recheck" ? JudgedItem.Read(Need(options.Judged)) : null;
var wanted = options.Sets ?? judged?.Select(i => i.Location.Split('/')[0]).ToHashSet();
var sets = CorpusSet.All(options).Where(s => wanted is null || wanted.Contains(s.Name)).ToList();
var all = new List<Finding>();
Console.Error.WriteLine($"precision: scanning with {options.Cli}");
foreach (var set in sets.ToList())
{
    if (!set.Exists) { Console.Error.WriteLine($"  {set.Name}: missing ({set.BaseDir}/{string.Join(",", set.Paths)}), skipped"); sets.Remove(set); continue; }
    all.AddRange(CliScanner.Scan(set, options.Cli, options.Out));
}

if (judged is not null)
{
    // Only the items of the sets actually scanned (--sets may narrow them; a missing set is skipped).
    judged = judged.Where(i => sets.Any(s => s.Name == i.Location.Split('/')[0])).ToList();
    var (report, lost) = Recheck.Build(judged, all);
    File.WriteAllText(Path.Combine(options.Out, "recheck.md"), report);
    Console.WriteLine(report);
    Console.Error.WriteLine($"precision: wrote {Path.Combine(options.Out, "recheck.md")}");
    return 0;
}

var context = new SourceContext(sets);
var md = new StringBuilder("# Precision benchmark: counts\n\n");
md.AppendLine($"CLI `{options.Cli}`, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC.").AppendLine();
foreach (var s in sets) md.AppendLine($"- **{s.Name}**: {s.Description}");
md.AppendLine().Append(CountsReport.Build(sets, all, context));
File.WriteAllText(Path.Combine(options.Out, "report.md"), md.ToString());
Console.WriteLine(md);

var samples = Families.Judged.Select(f => (f, Sampler.Pick(all, f, options.Seed, options.PerFamily), all.Count(x => x.Family == f))).ToList();
SampleWriter.Write(options.Out, options, samples, context);
Console.Error.WriteLine($"precision: wrote report.md, sample.md and sample.tsv in {options.Out}");
return 0;
}

static string Need(string? judged) => judged ?? throw new ArgumentException("--judged FILE is required");
