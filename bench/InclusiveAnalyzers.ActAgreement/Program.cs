using InclusiveAnalyzers.ActAgreement;
using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Configuration;
using InclusiveAnalyzers.Core.Policy;
using InclusiveAnalyzers.Documents;

// Usage: InclusiveAnalyzers.ActAgreement [EXAMPLES_DIR] [--misses]
var folder = args.FirstOrDefault(a => !a.StartsWith("--")) ?? Path.Combine("bench", "act", "examples");
bool showMisses = args.Contains("--misses");
if (!Directory.Exists(folder))
{
    Console.Error.WriteLine($"No examples folder at '{folder}'. Run from the repository root or pass the folder.");
    return 2;
}

var mapped = new HashSet<string>(RuleMap.AllOurs);
// Every mapped rule runs at warning, including those off by default (INCL313), as inclusive.json would set it.
var json = "{\"rules\":{" + string.Join(",", mapped.Select(r => $"\"{r}\":\"warning\"")) + "}}";
var errors = new List<ConfigError>();
var settings = InclusiveSettings.Create(InclusiveConfig.Parse(json, "act/inclusive.json", errors));
if (errors.Count > 0)
{
    Console.Error.WriteLine("act/inclusive.json: " + string.Join("; ", errors.Select(e => e.ToString())));
    return 2;
}

var scanner = new DocumentScanner(new DocumentScanOptions { Severities = new SeverityResolver(settings) });

int total = 0, agreed = 0;
var misses = new List<string>();
Console.WriteLine($"{"ACT rule",-8} {"ours",-26} {"agree",7} {"of",4} {"share",6}  name");
foreach (var file in Directory.GetFiles(folder, "*.txt").OrderBy(f => f, StringComparer.Ordinal))
{
    var examples = ActExample.Read(file);
    if (examples.Count == 0) continue;
    var rule = examples[0].ActRule;
    if (!RuleMap.Rules.TryGetValue(rule, out var map))
    {
        Console.Error.WriteLine($"{file}: ACT rule {rule} is not mapped in RuleMap; skipped.");
        continue;
    }
    int ruleAgreed = 0;
    foreach (var example in examples)
    {
        var findings = scanner.Scan("act-example.html", example.Html);
        var ours = findings.Where(f => map.Ours.Contains(f.RuleId)).ToList();
        bool failed = ours.Count > 0;
        bool agree = failed == (example.Outcome == "failed");
        if (agree) ruleAgreed++;
        else misses.Add($"{example.Label}: expected {example.Outcome}, we {(failed ? "report " + string.Join(", ", ours.Select(f => f.RuleId + " '" + f.Message + "'")) : "report nothing")}");
    }
    total += examples.Count;
    agreed += ruleAgreed;
    Console.WriteLine($"{rule,-8} {string.Join(",", map.Ours),-26} {ruleAgreed,7} {examples.Count,4} {(double)ruleAgreed / examples.Count,6:0.00}  {map.Name}");
}
Console.WriteLine($"{"all",-8} {"",-26} {agreed,7} {total,4} {(total == 0 ? 0 : (double)agreed / total),6:0.000}");
if (showMisses)
{
    Console.WriteLine();
    foreach (var miss in misses) Console.WriteLine(miss);
}
return 0;
