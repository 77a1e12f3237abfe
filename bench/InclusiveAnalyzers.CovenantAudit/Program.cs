using InclusiveAnalyzers.Documents.CodeOfConduct;

// Usage: InclusiveAnalyzers.CovenantAudit [COVENANT_DIR] [--list]
// COVENANT_DIR holds one folder per version (2.1, 2.0, 1.4 ...) of texts named <language>.md and a
// placeholders-<version>.tsv: language, TAB, the placeholder exactly as the text holds it (\n for a line break),
// then, TAB-separated, any other slot of the template (3.0's enforcement note): the filled run fills those with a
// sentence too, as an adopter would, so only the contact slot is measured.
var folder = args.FirstOrDefault(a => !a.StartsWith("--")) ?? Path.Combine("bench", "coc-covenant");
bool list = args.Contains("--list");
if (!Directory.Exists(folder))
{
    Console.Error.WriteLine($"No folder at '{folder}'. Run from the repository root or pass the folder.");
    return 2;
}

const string Address = "conduct@grove.dev";
const string OtherSlotFilling = "Our moderators follow the steps below.";
int texts = 0, found = 0, falseNoContact = 0, falsePlaceholder = 0;
var misses = new List<string>();
foreach (var table in Directory.GetFiles(folder, "placeholders-*.tsv").OrderBy(f => f, StringComparer.Ordinal))
{
    var version = Path.GetFileNameWithoutExtension(table).Substring("placeholders-".Length);
    foreach (var line in File.ReadLines(table))
    {
        if (line.Length == 0 || line.StartsWith('#')) continue;
        var columns = line.Split('\t');
        var language = columns[0];
        var placeholder = columns[1].Replace("\\n", "\n");
        var otherSlots = columns.Skip(2).Select(c => c.Replace("\\n", "\n")).ToArray();
        var path = Path.Combine(folder, version, language + ".md");
        var text = File.ReadAllText(path).Replace("\r\n", "\n");
        if (!text.Contains(placeholder, StringComparison.Ordinal))
        {
            Console.Error.WriteLine($"{version}/{language}: the placeholder is not in the text; fix placeholders-{version}.tsv.");
            return 2;
        }
        texts++;
        var unfilled = CodeOfConductAuditor.Audit("CODE_OF_CONDUCT.md", text);
        // Found means reported where the placeholder is, not somewhere else in the text.
        int placeholderLine = 1 + text.Substring(0, text.IndexOf(placeholder, StringComparison.Ordinal)).Count(c => c == '\n');
        bool hasPlaceholder = unfilled.Findings.Any(f => f.RuleId == "INCL402" && f.Line <= placeholderLine && placeholderLine <= Math.Max(f.Line, f.EndLine));
        var filledText = text.Replace(placeholder, Address);
        foreach (var slot in otherSlots) filledText = filledText.Replace(slot, OtherSlotFilling);
        var filled = CodeOfConductAuditor.Audit("CODE_OF_CONDUCT.md", filledText);
        bool noContact = filled.Findings.Any(f => f.RuleId == "INCL403");
        bool stillPlaceholder = filled.Findings.Any(f => f.RuleId == "INCL402");
        if (hasPlaceholder) found++; else misses.Add($"{version}/{language}: placeholder {placeholder.Replace("\n", "\\n")} not found");
        if (noContact) { falseNoContact++; misses.Add($"{version}/{language}: filled, still 'no reporting contact': {filled.Findings.First(f => f.RuleId == "INCL403").Message}"); }
        if (stillPlaceholder) { falsePlaceholder++; misses.Add($"{version}/{language}: filled, still a placeholder: {filled.Findings.First(f => f.RuleId == "INCL402").Message}"); }
        if (list) Console.WriteLine($"{version}/{language,-6} placeholder {(hasPlaceholder ? "found" : "MISSED"),-7} filled: {(noContact ? "NO CONTACT" : "contact"),-10} {(stillPlaceholder ? "STILL PLACEHOLDER" : "")}");
    }
}
Console.WriteLine($"texts {texts}; placeholder found {found} ({(double)found / Math.Max(1, texts):0.000}); " +
                  $"filled but 'no contact' {falseNoContact} ({(double)falseNoContact / Math.Max(1, texts):0.000}); filled but still a placeholder {falsePlaceholder}");
foreach (var miss in misses) Console.WriteLine("  " + miss);
return 0;
