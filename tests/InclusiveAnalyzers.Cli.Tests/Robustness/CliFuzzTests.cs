using InclusiveAnalyzers.Core.Selection;
using System.Diagnostics;
using System.Text;
using CsCheck;
using InclusiveAnalyzers.Cli.Files;
using InclusiveAnalyzers.Cli.Scanning.CSharp;
using Microsoft.CodeAnalysis.CSharp;

namespace InclusiveAnalyzers.Cli.Tests.Robustness;

/// <summary>
/// Property-based fuzzing (CsCheck) of what the CLI reads before the engine: .gitignore files and C#
/// text. .gitignore patterns must never throw or stall; a C# text the nesting check lets through
/// must parse on a thread with a stack smaller than the thread pool's, and quickly.
/// </summary>
public class CliFuzzTests
{
    private static Gen<string> Text(string[] pieces, int maxParts, int maxRun) =>
        Gen.Select(Gen.OneOf(pieces), Gen.Frequency((10, Gen.Const(1)), (1, Gen.Int[2, maxRun])), (piece, times) => (piece, times))
            .Array[0, maxParts]
            .Select(parts =>
            {
                var sb = new StringBuilder();
                foreach (var (piece, times) in parts) for (var i = 0; i < times; i++) sb.Append(piece);
                return sb.ToString();
            });

    [Fact]
    public void Gitignore_text_never_throws_or_stalls()
    {
        string[] pieces = { "*", "**", "**/", "/**", "?", "[a-c]", "[!b]", "[z-a]", "[", "]", "\\", "!", "#", " ", "\n", "/", "a", "b", ".md", "bin/", "\\ ", "\r\n" };
        string[] paths = { "a", "b", "/", ".md", "bin", "x", " " };
        Gen.Select(Text(pieces, 30, 300), Text(paths, 10, 40), Gen.Bool).Sample((text, path, isDirectory) =>
        {
            var watch = Stopwatch.StartNew();
            var file = GitIgnoreFile.Parse(text, "/repo");
            file.IsIgnored(path, isDirectory);
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        }, iter: 500, threads: 1);
    }

    [Fact]
    public void Csharp_the_nesting_check_lets_through_parses_on_a_small_stack()
    {
        string[] pieces =
        {
            "class C { ", "void M() { ", "} ", "(", ")", "[", "]", "{", "}", "<", ">", "List<", "x", "1", " + ", "- ", "!", "(int)", "? ", " : ",
            "x => ", "if (x) ", "else ", "new[] { ", "\"s\"", "@\"v\"\"\"", "$\"{x}\"", "\"\"\"raw\"\"\"", "'c'", "// c\n", "/* c */", "\n", ";", ",",
            "async ", "await ", "#if X\n", "#endif\n", "=", ".", "?.", "??",
        };
        Text(pieces, 30, 3_000).Sample(code =>
        {
            if (CSharpNesting.Problem(code) != null) return;
            Exception? failure = null;
            // 1 MB: less than a thread pool thread has, where the CLI parses. The compiler's parser is not
            // linear on every shape (runs of 'async'), so time is bounded by the scan's guard, not asserted on
            // the parser: past the budget the guard gives the file up instead of waiting.
            var watch = Stopwatch.StartNew();
            var thread = new Thread(() =>
            {
                try { CSharpParse.Parse(code, "fuzz.cs", TimeSpan.FromSeconds(2), CancellationToken.None, out _); }
                catch (Exception e) { failure = e; }
            }, 1024 * 1024);
            thread.Start();
            thread.Join();
            Assert.Null(failure);
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed} for {code.Length:N0} characters");
        }, iter: 150, threads: 1);
    }
}
