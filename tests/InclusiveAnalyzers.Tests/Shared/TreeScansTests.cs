using InclusiveAnalyzers.Comments;
using InclusiveAnalyzers.Core.Configuration;
using InclusiveAnalyzers.Core.Terms;
using InclusiveAnalyzers.Identifiers;
using InclusiveAnalyzers.Shared;
using InclusiveAnalyzers.Strings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Verify = InclusiveAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<InclusiveAnalyzers.Identifiers.IdentifierAnalyzer>;

namespace InclusiveAnalyzers.Tests.Shared;

/// <summary>
/// One hit-first scan per tree, shared by the identifier, comment and string analyzers and the symbol actions:
/// the findings must be those each analyzer finds on its own, and a tree with no candidate costs no allocation.
/// </summary>
public class TreeScansTests
{
    private static readonly TermMatcher Matcher = InclusiveSettings.Default.GetMatcher(null);

    [Fact]
    public async Task The_three_analyzers_together_report_what_each_reports_alone()
    {
        var test = new AllTermAnalyzers
        {
            EditorConfig = "dotnet_diagnostic.INCL103.severity = warning",
            Sources =
            {
                ("Terms.cs", """
                    class {|INCL101:MasterNode|}
                    {
                        // keep the {|INCL102:whitelist|} short
                        string name = "{|INCL103:slave|}";
                        void M() { var {|INCL101:blackList|} = 1; }
                    }
                    """),
                ("Clean.cs", "class Replica { /// <summary>Copies the primary.</summary>\n int count; string s = \"allow list\"; }"),
                ("CommentOnly.cs", "class Other { /* the {|INCL102:blacklist|} */ int x; }"),
            },
        };
        await test.RunAsync();
    }

    // The table is read without a lock: threads asking with two matchers that answer differently for the same tree must
    // each get their own matcher's answer, never the other's first candidate under their matcher (without the versions,
    // about 100 of these 2,000,000 answers came out mixed).
    [Fact]
    public void Answers_read_without_a_lock_are_never_mixed_between_matchers()
    {
        const string code = "class C { int whitelist; int master; }";
        var tree = CSharpSyntaxTree.ParseText(code);
        var compilation = CSharpCompilation.Create("Mixed", new[] { tree });
        var scans = TreeScans.For(compilation);
        var withoutWhitelist = InclusiveSettings.Default.GetMatcher(null, new MatcherOptions { Disable = new[] { "whitelist" } });
        int all = code.IndexOf("whitelist", StringComparison.Ordinal), later = code.IndexOf("master", StringComparison.Ordinal);
        Assert.Equal(all, scans.FirstCandidate(tree, Matcher, default));
        Assert.Equal(later, scans.FirstCandidate(tree, withoutWhitelist, default));
        int wrong = 0;
        Parallel.For(0, 2_000_000, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var (matcher, expected) = (i & 1) == 0 ? (Matcher, all) : (withoutWhitelist, later);
            if (scans.FirstCandidate(tree, matcher, default) != expected)
            {
                Interlocked.Increment(ref wrong);
            }
        });
        Assert.Equal(0, wrong);
    }

    // Each tree keeps its own matcher in the shared table: a switch set for one file does not reach the others.
    [Fact]
    public async Task A_file_switch_applies_to_its_file_only()
    {
        var test = new AllTermAnalyzers
        {
            EditorConfig = "[*.cs]\ndotnet_diagnostic.INCL103.severity = warning\n[Legacy.cs]\ninclusive_analyzers.disable = master",
            Sources =
            {
                ("Legacy.cs", "class Old { int master; /* the master copy */ string s = \"master\"; }"),
                ("New.cs", "class Current { int {|INCL101:master|}; /* the {|INCL102:master|} copy */ string s = \"{|INCL103:master|}\"; }"),
            },
        };
        await test.RunAsync();
    }

    [Fact]
    public Task A_partial_type_is_looked_at_in_the_tree_that_holds_the_term()
        => new Verify.Test
        {
            Sources =
            {
                ("A.cs", "partial class Node { int count; }"),
                ("B.cs", "partial class Node { void M(int [|slave|]) { } }"),
            },
        }.RunAsync();

    // m\u0061ster spells "master" only once unescaped: its tree has no candidate, and the symbol is still matched.
    [Fact]
    public Task A_name_written_with_unicode_escapes_is_still_reported()
        => Verify.VerifyAnalyzerAsync("class C { int [|m\\u0061ster|]; }");

    [Fact]
    public Task A_tree_with_no_term_reports_nothing()
        => Verify.VerifyAnalyzerAsync("class Replica { int count; void M(int primary) { var x = primary; } }");

    [Fact]
    public void The_first_candidate_is_the_scan_of_the_whole_text_and_is_kept()
    {
        var withTerm = CSharpSyntaxTree.ParseText("class C { int x; } // the master copy");
        var without = CSharpSyntaxTree.ParseText("class D { int y; }");
        var escaped = CSharpSyntaxTree.ParseText("class E { int m\\u0061ster; }");
        var scans = TreeScans.For(CSharpCompilation.Create("t", new[] { withTerm, without, escaped }));

        Assert.Equal(Matcher.NextCandidate(withTerm.ToString(), 0, withTerm.Length), scans.FirstCandidate(withTerm, Matcher, default));
        Assert.Equal(TreeScans.None, scans.FirstCandidate(without, Matcher, default));
        Assert.Equal(TreeScans.NoneButEscapes, scans.FirstCandidate(escaped, Matcher, default));
        Assert.Equal(TreeScans.None, scans.FirstCandidate(without, Matcher, default));
    }

    [Fact]
    public void Another_matcher_scans_again()
    {
        var tree = CSharpSyntaxTree.ParseText("class C { } // the master copy");
        var scans = TreeScans.For(CSharpCompilation.Create("t", new[] { tree }));
        var allowing = InclusiveSettings.Default.GetMatcher(null, new MatcherOptions { Disable = new[] { "master" } });

        Assert.True(scans.FirstCandidate(tree, Matcher, default) >= 0);
        Assert.Equal(TreeScans.None, scans.FirstCandidate(tree, allowing, default));
        Assert.True(scans.FirstCandidate(tree, Matcher, default) >= 0);
    }

    [Fact]
    public void A_tree_outside_the_compilation_is_scanned_each_time()
    {
        var scans = TreeScans.For(CSharpCompilation.Create("t"));
        var tree = CSharpSyntaxTree.ParseText("class C { } // the master copy");
        Assert.Equal(Matcher.NextCandidate(tree.ToString(), 0, tree.Length), scans.FirstCandidate(tree, Matcher, default));
    }

    [Fact]
    public void A_tree_with_no_candidate_costs_no_allocation()
    {
        var trees = Enumerable.Range(0, 20).Select(i => CSharpSyntaxTree.ParseText($"class C{i} {{ int count; /// <summary>Copies the primary.</summary>\n void M() {{ }} }}")).ToArray();
        var scans = TreeScans.For(CSharpCompilation.Create("t", trees));
        foreach (var tree in trees)
        {
            _ = tree.GetText(); // parsed from a string: the text is already there, as in a compilation
        }

        scans.FirstCandidate(trees[0], Matcher, default);
        scans.FirstCandidate(trees[0], Matcher, default);
        var found = new int[trees.Length * 2];
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 1; i < trees.Length; i++)
        {
            found[2 * i] = scans.FirstCandidate(trees[i], Matcher, default); // the first scan of the tree
            found[(2 * i) + 1] = scans.FirstCandidate(trees[i], Matcher, default); // kept
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.All(found.Skip(2), first => Assert.Equal(TreeScans.None, first));
        Assert.Equal(0, allocated);
    }

    // Roslyn holds a file over 40K characters in chunks (as csc reads a large file); copying it whole for the scan put a
    // string on the large object heap, which in a busy compiler can start a full collection.
    [Fact]
    public void A_large_chunked_text_is_scanned_through_a_window_and_finds_what_the_string_finds()
    {
        string filler = string.Concat(Enumerable.Range(0, 1200).Select(i => $"    int field{i} = {i}; // copies the primary\n"));
        foreach (var (tail, expected) in new[] { ("// the master copy\n", (int?)null), ("", TreeScans.None), ("int m\\u0061ster;\n", TreeScans.NoneButEscapes) })
        {
            string source = "class C\n{\n" + filler + tail + "}\n";
            var chunked = CSharpSyntaxTree.ParseText(LargeText(source));
            var whole = CSharpSyntaxTree.ParseText(source);
            Assert.NotEqual("StringText", chunked.GetText().GetType().Name);
            Assert.Null(SourceTexts.AsString(chunked.GetText()));
            Assert.Same(source, SourceTexts.AsString(SourceText.From(source)));

            var scans = TreeScans.For(CSharpCompilation.Create("t", new[] { chunked, whole }));
            int first = scans.FirstCandidate(chunked, Matcher, default);
            Assert.Equal(scans.FirstCandidate(whole, Matcher, default), first);
            Assert.Equal(expected ?? source.IndexOf("master", StringComparison.Ordinal), first);
        }
    }

    [Fact]
    public void A_large_chunked_text_with_no_candidate_costs_no_allocation()
    {
        var trees = Enumerable.Range(0, 6).Select(i => CSharpSyntaxTree.ParseText(LargeText(
            $"class C{i}\n{{\n" + string.Concat(Enumerable.Range(0, 1500).Select(k => $"    int field{k} = {k}; // copies the primary\n")) + "}\n"))).ToArray();
        var scans = TreeScans.For(CSharpCompilation.Create("t", trees));
        scans.FirstCandidate(trees[0], Matcher, default);
        long before = GC.GetAllocatedBytesForCurrentThread();
        var found = trees.Skip(1).Select(tree => scans.FirstCandidate(tree, Matcher, default)).ToArray(); // the array is 40 bytes
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.All(found, first => Assert.Equal(TreeScans.None, first));
        Assert.True(allocated < 1024, $"{allocated} bytes allocated for {found.Length} trees of {trees[1].Length:N0} characters");
    }

    // A candidate in code (a string in a large table, as in Markdig's emoji mapping) is passed over without the whole text.
    [Fact]
    public void Candidates_in_code_of_a_large_chunked_file_are_passed_over_without_copying_the_text()
    {
        string source = "class C\n{\n" + string.Concat(Enumerable.Range(0, 1500).Select(k => $"    string s{k} = \"master\"; // copies the primary\n")) + "}\n";
        var tree = CSharpSyntaxTree.ParseText(LargeText(source));
        int visited = 0;
        int Skip(SyntaxCursor cursor, TreeText text, int position)
        {
            visited++;
            return cursor.FindToken(position).Span.End;
        }

        HitFirstScan.Candidates(tree, Matcher, Matcher.NextCandidate(source, 0, source.Length), Skip, default); // first use: code paths, tables
        visited = 0;
        long before = GC.GetAllocatedBytesForCurrentThread();
        HitFirstScan.Candidates(tree, Matcher, Matcher.NextCandidate(source, 0, source.Length), Skip, default);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(1500, visited);
        Assert.True(allocated < source.Length, $"{allocated:N0} bytes allocated; a copy of the text is {2 * source.Length:N0}");
    }

    [Fact]
    public void A_comment_in_a_large_chunked_file_is_matched_in_a_copy_of_the_lines_around_it()
    {
        string line = "    int field = 1; // copies the primary\n";
        string source = "class C\n{\n" + string.Concat(Enumerable.Repeat(line, 2000)) + "    // keep the whitelist short\n" + string.Concat(Enumerable.Repeat(line, 2000)) + "}\n";
        int at = source.IndexOf("// keep", StringComparison.Ordinal);
        var span = new Microsoft.CodeAnalysis.Text.TextSpan(at, "// keep the whitelist short".Length);

        var chunked = new TreeText(LargeText(source));
        var around = chunked.Around(span, out int offset);
        Assert.Equal(source.Substring(offset, around.Length), around);
        Assert.True(offset <= at - 4096 && offset + around.Length >= span.End + 4096, $"[{offset}, {offset + around.Length}) around [{span.Start}, {span.End})");
        Assert.True(offset == 0 || source[offset - 1] == '\n');
        Assert.True(around.Length < 20_000, $"{around.Length:N0} characters copied");

        var whole = new TreeText(SourceText.From(source));
        Assert.Same(source, whole.Around(span, out int wholeOffset));
        Assert.Equal(0, wholeOffset);
    }

    [Fact]
    public async Task The_analyzers_report_the_same_in_a_large_chunked_file_as_in_a_string()
    {
        string source = "class Big\n{\n" + string.Concat(Enumerable.Range(0, 1200).Select(i => $"    int field{i} = {i}; // copies the primary\n"))
            + "    // keep the whitelist short\n    int masterCount;\n    string s = \"slave\";\n}\n";
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        var chunked = await Diagnose(CSharpSyntaxTree.ParseText(LargeText(source), options, "Big.cs"));
        var whole = await Diagnose(CSharpSyntaxTree.ParseText(source, options, "Big.cs"));
        Assert.Equal(new[] { "INCL101", "INCL102" }, chunked.Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal));
        Assert.Equal(whole.Select(d => (d.Id, d.Location.SourceSpan, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))), chunked.Select(d => (d.Id, d.Location.SourceSpan, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))));
    }

    // Real comments, each file made large (blank lines before it) so Roslyn holds it in chunks: the same findings as from one string.
    [Fact]
    public async Task Real_files_held_in_chunks_report_what_they_report_as_one_string()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root != null && !File.Exists(Path.Combine(root.FullName, "InclusiveAnalyzers.sln")))
        {
            root = root.Parent;
        }

        var files = Directory.EnumerateFiles(Path.Combine(root!.FullName, "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .Where(t => t.Contains("// ", StringComparison.Ordinal) && Matcher.NextCandidate(t, 0, t.Length) >= 0)
            .Take(60)
            .ToList();
        var options = new CSharpParseOptions(LanguageVersion.Preview);
        int compared = 0;
        foreach (var file in files)
        {
            string source = new string('\n', 45_000) + file;
            var chunked = await Diagnose(CSharpSyntaxTree.ParseText(LargeText(source), options, "Big.cs"));
            var whole = await Diagnose(CSharpSyntaxTree.ParseText(source, options, "Big.cs"));
            Assert.Equal(whole.Select(d => (d.Id, d.Location.SourceSpan, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))), chunked.Select(d => (d.Id, d.Location.SourceSpan, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))));
            compared += whole.Length;
        }

        Assert.True(compared > 10, $"only {compared} findings compared");
    }

    private static SourceText LargeText(string source)
        => SourceText.From(new StringReader(source), source.Length, System.Text.Encoding.UTF8, SourceHashAlgorithm.Sha256);

    private static async Task<Diagnostic[]> Diagnose(SyntaxTree tree)
    {
        var compilation = CSharpCompilation.Create("t", new[] { tree }, new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) }, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var analyzers = System.Collections.Immutable.ImmutableArray.Create<DiagnosticAnalyzer>(new IdentifierAnalyzer(), new CommentAnalyzer(), new StringLiteralAnalyzer());
        var diagnostics = await compilation.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync();
        return diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal).ToArray();
    }

    private sealed class AllTermAnalyzers : Verifiers.CSharpAnalyzerVerifier<IdentifierAnalyzer>.Test
    {
        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers()
            => new DiagnosticAnalyzer[] { new IdentifierAnalyzer(), new CommentAnalyzer(), new StringLiteralAnalyzer() };
    }
}
