using System.Collections.Immutable;
using InclusiveAnalyzers.Identifiers;
using InclusiveAnalyzers.RenameRecall;
using InclusiveAnalyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

// Usage: InclusiveAnalyzers.RenameRecall [RENAMES_TSV] [--list]
// Replays renames that maintainers made: INCL101 runs on each old declaration, and its first suggestion is applied
// (again, while the new name still has a finding, as a bulk fix would) and compared with the maintainers' new name.
var path = args.FirstOrDefault(a => !a.StartsWith("--")) ?? Path.Combine("bench", "renames", "renames.tsv");
bool list = args.Contains("--list");
if (!File.Exists(path))
{
    Console.Error.WriteLine($"No renames file at '{path}'. Run from the repository root or pass the file.");
    return 2;
}

var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
    .Where(p => Path.GetFileName(p) is "System.Runtime.dll" or "System.Private.CoreLib.dll" or "netstandard.dll")
    .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToArray();
var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new IdentifierAnalyzer());

int total = 0, flagged = 0, exact = 0, ignoringCase = 0, offered = 0;
var misses = new List<string>();
foreach (var line in File.ReadLines(path))
{
    if (line.Length == 0 || line.StartsWith('#')) continue;
    var columns = line.Split('\t');
    if (columns.Length < 6)
    {
        Console.Error.WriteLine($"Skipped a line with {columns.Length} columns (6 or 7 expected): {line}");
        continue;
    }

    string repo = columns[0], kind = columns[3], oldName = columns[4], newName = columns[5];
    total++;
    var choices = Suggest(kind, oldName);
    var first = choices?[0];
    string suggested = first == null ? oldName : Finish(kind, first);
    // The maintainers' name among the suggestions the fix offers (at most three), the name's other terms taking their first.
    bool isOffered = choices != null && choices.Any(c => Finish(kind, c) == newName);
    if (isOffered) offered++;

    bool isFlagged = first != null;
    bool isExact = suggested == newName;
    bool isCaseless = string.Equals(suggested, newName, StringComparison.OrdinalIgnoreCase);
    if (isFlagged) flagged++;
    if (isExact) exact++;
    if (isCaseless) ignoringCase++;
    if (!isFlagged) misses.Add($"NOT FLAGGED  {repo}: {kind} {oldName} (renamed {newName})");
    else if (!isExact) misses.Add($"other name   {repo}: {kind} {oldName} -> ours {suggested}, maintainers {newName}{(isCaseless ? " (case only)" : "")}");
    if (list) Console.WriteLine($"{(isFlagged ? "flagged" : "MISSED "),-8} {(isExact ? "same " : isCaseless ? "case " : "other")} {kind,-16} {oldName,-28} ours {suggested,-28} maintainers {newName}");
}

Console.WriteLine($"declarations {total}; flagged {flagged} ({Share(flagged)}); first suggestion = maintainers' name {exact} ({Share(exact)}), "
    + $"ignoring case {ignoringCase} ({Share(ignoringCase)}); maintainers' name among the suggestions offered {offered} ({Share(offered)})");
foreach (var miss in misses) Console.WriteLine("  " + miss);
return 0;

string Share(int count) => ((double)count / Math.Max(1, total)).ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);

// Applies the first suggestion again while the name still has a finding, as a bulk fix would.
string Finish(string kind, string name)
{
    for (int round = 0; round < 3; round++)
    {
        var next = Suggest(kind, name);
        if (next == null) break;
        name = next[0];
    }

    return name;
}

// The whole new names INCL101 offers (best first) for the first finding on the declaration of `name`, or null when it
// reports nothing there.
string[]? Suggest(string kind, string name)
{
    string code = Snippets.For(kind, name);
    int start = code.IndexOf(name, StringComparison.Ordinal);
    var tree = CSharpSyntaxTree.ParseText(code);
    var compilation = CSharpCompilation.Create("Renames", new[] { tree }, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
    var diagnostics = compilation.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult()
        .Where(d => d.Id == "INCL101" && d.Location.SourceSpan.Start >= start && d.Location.SourceSpan.End <= start + name.Length)
        .OrderBy(d => d.Location.SourceSpan.Start)
        .ToList();
    if (diagnostics.Count == 0) return null;
    var diagnostic = diagnostics[0];
    string? newNames = diagnostic.Properties.TryGetValue(PropertyNames.NewNames, out var value) ? value : null;
    if (string.IsNullOrEmpty(newNames)) return null;
    // A namespace is reported per segment: put the segment back into the dotted name.
    var span = diagnostic.Location.SourceSpan;
    return newNames!.Split('\n').Select(r => name.Substring(0, span.Start - start) + r + name.Substring(span.End - start)).ToArray();
}
