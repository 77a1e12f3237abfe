using InclusiveAnalyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace InclusiveAnalyzers.Tests.Shared;

/// <summary>
/// The cursor the hit-first analyzers ask at each candidate must answer exactly as Roslyn's FindToken and FindTrivia
/// do, at ascending positions, on real and on pathological trees; and on a tree whose candidates share one long list
/// it must stop asking the root (each root lookup rescans the list, which made such files quadratic).
/// </summary>
public class SyntaxCursorTests
{
    private static readonly string Root = FindRoot();

    public static TheoryData<string> Shapes() => new()
    {
        // A `+` chain nested 3,000 deep, a wide array, long trivia lists, a long documentation comment.
        "class C { int M(int master) { return " + string.Join(" + ", Enumerable.Repeat("master", 3_000)) + "; } }",
        "class C { string[] a = new[] {" + string.Join(", ", Enumerable.Repeat("\"master\"", 3_000)) + "}; }",
        string.Concat(Enumerable.Range(0, 2_000).Select(i => $"// master line {i}\n")) + "class C {}\n",
        "class C {}" + string.Join(" ", Enumerable.Repeat("/* master */", 2_000)) + "\n",
        "/// <summary>\n" + string.Concat(Enumerable.Range(0, 2_000).Select(i => $"/// master <c>line</c> {i}\n")) + "/// </summary>\nclass C {}\n",
        // Directives, disabled text, skipped and missing tokens, interpolation, raw strings, trailing comments at the end.
        "#region master\n#if DEBUG\nclass Old { }\n#else\nclass New { int x = 1 }} ) ;\n#endif\n#endregion\n/** <see cref=\"M\"/> */ class D { string s = $\"{1} {\"a\"}\"; string r = \"\"\"\n  raw\n  \"\"\"; }\n// last\n",
        "",
        "   ",
        "class",
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Every_position_in_order_gives_what_the_root_gives(string code)
    {
        var root = CSharpSyntaxTree.ParseText(code).GetRoot();
        AssertSameAnswers(root, Enumerable.Range(0, code.Length));
    }

    [Fact]
    public void Real_files_give_what_the_root_gives_at_random_ascending_positions()
    {
        var random = new Random(20261205);
        var files = Directory.GetFiles(Path.Combine(Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        Assert.True(files.Count > 100);
        foreach (var file in files)
        {
            var code = File.ReadAllText(file);
            var root = CSharpSyntaxTree.ParseText(code).GetRoot();
            var positions = new List<int>();
            // Mostly close together (the walk answers), now and then far apart (the root answers, then the walk starts again).
            for (int p = random.Next(1, 40); p < code.Length; p += random.Next(10) == 0 ? random.Next(2_000, 6_000) : random.Next(1, 80))
            {
                positions.Add(p);
                if (random.Next(8) == 0)
                {
                    positions.Add(p); // the same place twice, as a caller asking for the trivia and then the token does
                }
            }

            AssertSameAnswers(root, positions, file);
        }
    }

    [Fact]
    public void A_tree_whose_candidates_share_one_long_list_is_walked_once()
    {
        var code = "class C { string[] a = new[] {" + string.Join(", ", Enumerable.Repeat("\"master\"", 5_000)) + "}; }";
        var root = CSharpSyntaxTree.ParseText(code).GetRoot();
        var cursor = new SyntaxCursor(root);
        for (int at = code.IndexOf("master", StringComparison.Ordinal); at >= 0; at = code.IndexOf("master", at + 1, StringComparison.Ordinal))
        {
            cursor.FindTrivia(at);
            cursor.FindToken(at);
        }

        Assert.Equal(8, cursor.RootLookups);
    }

    [Fact]
    public void Candidates_far_apart_are_answered_by_the_root_and_close_ones_by_the_walk()
    {
        var code = "class C {\n" + string.Concat(Enumerable.Range(0, 400).Select(i => $"    int f{i}; // the master {i}\n")) + "}\n";
        var root = CSharpSyntaxTree.ParseText(code).GetRoot();
        var far = new SyntaxCursor(root);
        for (int at = 0; at < code.Length; at += 3_000)
        {
            Assert.Equal(root.FindToken(at), far.FindToken(at));
        }

        Assert.Equal(code.Length / 3_000 + 1, far.RootLookups); // every one, however many
        var close = new SyntaxCursor(root);
        for (int at = 0; at < code.Length; at += 30)
        {
            Assert.Equal(root.FindToken(at), close.FindToken(at));
        }

        Assert.Equal(8, close.RootLookups);
    }

    [Fact]
    public void A_position_behind_the_walk_still_gets_the_right_answer()
    {
        const string code = "class A { int master; } class B { int other; } class C { int third; }";
        var root = CSharpSyntaxTree.ParseText(code).GetRoot();
        var cursor = new SyntaxCursor(root);
        for (int p = 0; p < code.Length; p++)
        {
            cursor.FindToken(p);
        }

        Assert.Equal(root.FindToken(5), cursor.FindToken(5));
        Assert.Equal(root.FindTrivia(5), cursor.FindTrivia(5));
    }

    private static void AssertSameAnswers(SyntaxNode root, IEnumerable<int> positions, string? file = null)
    {
        var cursor = new SyntaxCursor(root);
        foreach (var position in positions)
        {
            var where = $"{file} at {position}";
            Assert.True(root.FindTrivia(position, findInsideTrivia: false) == cursor.FindTrivia(position), "trivia " + where);
            Assert.True(root.FindToken(position, findInsideTrivia: true) == cursor.FindTokenInsideTrivia(position), "token inside trivia " + where);
            Assert.True(root.FindToken(position) == cursor.FindToken(position), "token " + where);
        }
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "InclusiveAnalyzers.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("InclusiveAnalyzers.sln not found above " + AppContext.BaseDirectory);
    }
}
