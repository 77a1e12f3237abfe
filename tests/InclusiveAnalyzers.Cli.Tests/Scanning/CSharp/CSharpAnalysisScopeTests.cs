using System.Collections.Immutable;
using System.Globalization;
using InclusiveAnalyzers.Cli.Scanning.CSharp;
using InclusiveAnalyzers.Core.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InclusiveAnalyzers.Cli.Tests.Scanning.CSharp;

/// <summary>
/// The CLI binds only the trees whose candidates lie in a name a symbol action reports and analyses the others by syntax:
/// the findings must be those of the whole-compilation analysis, on made-up and on real code.
/// </summary>
public class CSharpAnalysisScopeTests
{
    private static readonly string[] MixedFiles =
    {
        "class MasterNode { public int Count; }",
        "partial class Pair { int slave; }",
        "partial class Pair { void Copy() { var master = new MasterNode(); } }",
        "class Uses { void M(MasterNode node) { System.Console.WriteLine(\"master\" + node.Count); } } // keep the whitelist",
        "class Strings { string M(int x) => $\"master {x}\" + $\"slave {x}\"; }",
        "class Locals { void M() { var blacklist = 1; foreach (var slave in new int[0]) { } master: return; } }",
        "/// <summary>The master copy.</summary>\nclass Documented { }",
        "namespace Acme.Master { class Inside { } }",
        "class Escaped { int m\\u0061ster; }",
        "abstract class Base { public abstract void Master(); }\nclass Derived : Base { public override void Master() { } }",
        "#region master data\n// the slave copy\nclass Regions { }\n#endregion",
        "class Clean { int count; }",
        "partial class SlaveList { void Add(int master) { } }",
        "partial class SlaveList { int count; } // the other part",
        "partial class Mixed { partial void Run(int slave); }",
        "partial class Mixed { partial void Run(int slave) { } }",
    };

    [Fact]
    public void Syntax_for_the_trees_that_need_no_symbols_finds_what_the_whole_analysis_finds()
    {
        var trees = MixedFiles.Select((code, i) => CSharpSyntaxTree.ParseText(code, CSharpProject.ParseOptions, path: $"/repo/File{i}.cs")).ToList();
        var (whole, split, bound) = Both(trees);
        Assert.Equal(whole, split);
        Assert.True(whole.Count >= 12, $"only {whole.Count} findings");
        Assert.InRange(bound, 1, trees.Count - 1);
    }

    [Fact]
    public void On_this_repository_s_own_code_the_findings_are_the_same()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root != null && !File.Exists(Path.Combine(root.FullName, "InclusiveAnalyzers.sln")))
        {
            root = root.Parent;
        }

        Assert.NotNull(root);
        var matcher = InclusiveSettings.Default.GetMatcher(null);
        var trees = Directory.EnumerateFiles(Path.Combine(root!.FullName, "src"), "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(root.FullName, "tests"), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (Path: f, Text: File.ReadAllText(f)))
            .Where(f => matcher.NextCandidate(f.Text, 0, f.Text.Length) >= 0)
            .Select(f => CSharpSyntaxTree.ParseText(f.Text, CSharpProject.ParseOptions, path: f.Path))
            .ToList();
        var (whole, split, bound) = Both(trees);
        Assert.Equal(whole, split);
        Assert.True(whole.Count > 20, $"only {whole.Count} findings in {trees.Count} files");
        Assert.True(bound < trees.Count, $"all {trees.Count} files were bound");
    }

    private static (List<string> Whole, List<string> Split, int Bound) Both(List<SyntaxTree> trees)
    {
        var matcher = InclusiveSettings.Default.GetMatcher(null);
        var needsSymbols = CSharpAnalysisScope.NeedingSymbols(trees, _ => matcher, default);
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty);
        var whole = Describe(CSharpAnalysisScope.Diagnostics(Compile(trees), trees, trees.Select(_ => true).ToArray(), options, default));
        var split = Describe(CSharpAnalysisScope.Diagnostics(Compile(trees), trees, needsSymbols, options, default));
        return (whole, split, needsSymbols.Count(n => n));
    }

    private static CSharpCompilation Compile(List<SyntaxTree> trees)
        => CSharpCompilation.Create("t", trees, CSharpProject.FrameworkReferences,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true, nullableContextOptions: NullableContextOptions.Disable));

    private static List<string> Describe(ImmutableArray<Diagnostic> diagnostics)
        => diagnostics.Select(d => $"{d.Location.SourceTree?.FilePath}:{d.Location.SourceSpan} {d.Id} {d.GetMessage(CultureInfo.InvariantCulture)}")
            .OrderBy(s => s, StringComparer.Ordinal).ToList();
}
