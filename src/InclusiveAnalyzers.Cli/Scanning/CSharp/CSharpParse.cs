using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace InclusiveAnalyzers.Cli.Scanning.CSharp;

/// <summary>
/// Parses a C# file under a time budget, the last guard after <see cref="CSharpNesting"/>. The compiler's
/// parser is not linear on every input (a run of a few thousand <c>async</c> modifiers takes Roslyn 4.14
/// about 15 s for 18 KB) and does not stop when its cancellation token fires, so the parse runs on its own
/// background thread: past the budget the file is given up (INCL002) and the scan goes on. The abandoned
/// thread ends with its parse or with the process; nothing waits for it.
/// </summary>
internal static class CSharpParse
{
    /// <summary>10 s plus 2 s per MB: the issue's ceiling for one file; real files parse in milliseconds.</summary>
    public static TimeSpan BudgetFor(int length) => TimeSpan.FromSeconds(10 + 2.0 * length / 1_000_000);

    /// <summary>The tree within the file's budget, or null after <paramref name="sink"/> got the file's INCL002.</summary>
    public static SyntaxTree? ParseOrReport(string text, string path, ScanSink sink, CancellationToken cancellationToken)
    {
        var tree = Parse(text, path, BudgetFor(text.Length), cancellationToken, out var reason);
        if (tree is null)
        {
            sink.Add(NotChecked.Finding(path, reason!));
        }

        return tree;
    }

    /// <summary>The tree, or null with <paramref name="reason"/> when the parse took longer than <paramref name="budget"/>.</summary>
    public static SyntaxTree? Parse(string text, string path, TimeSpan budget, CancellationToken cancellationToken, out string? reason)
    {
        SyntaxTree? tree = null;
        Exception? failure = null;
        // 16 MB: the same headroom the compiler's own parse has on the command line; CSharpNesting keeps
        // what reaches here far below the depth that needs it.
        var thread = new Thread(() =>
        {
            try
            {
                var parsed = CSharpSyntaxTree.ParseText(SourceText.From(text), CSharpProject.ParseOptions, path, cancellationToken);
                parsed.GetRoot(cancellationToken);
                tree = parsed;
            }
            catch (Exception e)
            {
                failure = e;
            }
        }, 16 * 1024 * 1024);
        thread.IsBackground = true;
        thread.Name = "inclusive C# parse";
        thread.Start();
        if (!thread.Join(budget))
        {
            cancellationToken.ThrowIfCancellationRequested();
            reason = $"the C# parser took longer than {budget.TotalSeconds:N0} s on it (a pathological shape, such as thousands of modifiers in a row), so it was given up. Exclude the file if it is generated, or write it in ordinary C#";
            return null;
        }

        if (failure != null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
        }

        reason = null;
        return tree;
    }
}
