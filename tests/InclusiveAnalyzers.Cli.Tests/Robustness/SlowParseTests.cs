using System.Diagnostics;
using InclusiveAnalyzers.Cli.Scanning.CSharp;

namespace InclusiveAnalyzers.Cli.Tests.Robustness;

/// <summary>The per-file time budget of the C# parse: the last guard when the compiler's parser is not linear.</summary>
public class SlowParseTests
{
    // Found by CliFuzzTests (seed 2v2RXkiiZrc1): Roslyn 4.14 takes about 15 s for this 18 KB shape and ignores its
    // cancellation token meanwhile.
    private static readonly string AsyncRun = new string('[', 544) + "('c'1." + string.Concat(Enumerable.Repeat("async ", 2_900));

    [Fact]
    public void A_file_the_parser_cannot_finish_within_the_budget_is_given_up_with_a_reason()
    {
        var watch = Stopwatch.StartNew();
        var tree = CSharpParse.Parse(AsyncRun, "/repo/Slow.cs", TimeSpan.FromMilliseconds(200), CancellationToken.None, out var reason);

        Assert.Null(tree);
        Assert.Contains("took longer than", reason);
        Assert.Contains("Exclude the file", reason);
        // Given up at the budget, not when the parser finishes (seconds later).
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public void An_ordinary_file_parses_within_the_budget()
    {
        var tree = CSharpParse.Parse("class MasterNode { async void M() { } }", "/repo/Node.cs", TimeSpan.FromSeconds(30), CancellationToken.None, out var reason);

        Assert.NotNull(tree);
        Assert.Null(reason);
        Assert.Equal("/repo/Node.cs", tree!.FilePath);
    }

    [Fact]
    public void The_budget_is_ten_seconds_plus_two_per_megabyte()
    {
        Assert.Equal(TimeSpan.FromSeconds(10), CSharpParse.BudgetFor(0));
        Assert.Equal(TimeSpan.FromSeconds(14), CSharpParse.BudgetFor(2_000_000));
    }
}
