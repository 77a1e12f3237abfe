using InclusiveAnalyzers.Cli.Scanning;

namespace InclusiveAnalyzers.Cli.Fixing;

/// <summary>
/// Heading anchors a fix renamed, on standard error (human output only: the JSON and SARIF contracts
/// are scan's): one line per anchor with the links of the run that now follow it. A page, another
/// repository or a bookmark that links to the old anchor cannot be updated, so the list is what to check.
/// </summary>
public static class AnchorSummary
{
    /// <summary>Writes the list and returns the clause for the summary line ("" when no anchor changed).</summary>
    public static string Report(FixSink sink, Func<string, string> display, CliConsole console)
    {
        var anchors = sink.Anchors.OrderBy(a => a.FullPath, StringComparer.Ordinal).ThenBy(a => a.Rename.Old, StringComparer.Ordinal).ToList();
        if (anchors.Count == 0)
        {
            return "";
        }

        var followed = sink.Links.GroupBy(l => (l.Update.Target, l.Update.Anchor)).ToDictionary(g => g.Key, g => g.Count());
        foreach (var (fullPath, rename) in anchors)
        {
            followed.TryGetValue((Path.GetFullPath(fullPath), rename.Old), out var count);
            console.Error.WriteLine($"inclusive: anchor {display(fullPath)}#{rename.Old} -> #{rename.New} ({Links(count)} in this run updated)");
        }

        var total = sink.Links.Count();
        return $"; {Count(anchors.Count, "heading anchor")} renamed, {Links(total)} to them updated (links from outside this run are not: anchors listed above)";
    }

    private static string Links(int count) => Count(count, "link");

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
