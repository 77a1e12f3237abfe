using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Configuration;

namespace InclusiveAnalyzers.Documents.Tests.Support;

/// <summary>Runs the scanner on in-memory documents and asserts on rule ids and lines.</summary>
internal static class Lint
{
    public static IReadOnlyList<Finding> Markdown(string text, string path = "docs/guide.md", string? config = null, Action<AccessibilityOptions>? a11y = null)
        => Scan(path, text, config, a11y);

    public static IReadOnlyList<Finding> Html(string text, string path = "site/page.html", string? config = null, Action<AccessibilityOptions>? a11y = null)
        => Scan(path, text, config, a11y);

    /// <summary>A Blazor component (.razor) by default; pass a .cshtml path for a view.</summary>
    public static IReadOnlyList<Finding> Razor(string text, string path = "Components/Pages/Sample.razor", string? config = null)
        => Scan(path, text, config);

    public static IReadOnlyList<Finding> Scan(string path, string text, string? config = null, Action<AccessibilityOptions>? a11y = null)
    {
        var options = new DocumentScanOptions { Settings = Settings(config) };
        a11y?.Invoke(options.Accessibility);
        return new DocumentScanner(options).Scan(path, text);
    }

    public static InclusiveSettings Settings(string? config)
    {
        if (config == null) return InclusiveSettings.Default;
        var errors = new List<ConfigError>();
        var parsed = InclusiveConfig.Parse(config, "inclusive.json", errors);
        Assert.True(errors.Count == 0, "config errors: " + string.Join("; ", errors.Select(e => e.Message)));
        return InclusiveSettings.Create(parsed);
    }

    /// <summary>Lines (0 = file level) at which a rule was reported.</summary>
    public static int[] Lines(this IReadOnlyList<Finding> findings, string ruleId)
        => findings.Where(f => f.RuleId == ruleId).Select(f => f.Line).OrderBy(l => l).ToArray();

    public static void Has(this IReadOnlyList<Finding> findings, string ruleId, params int[] lines)
    {
        var actual = findings.Lines(ruleId);
        Assert.True(lines.All(actual.Contains), $"expected {ruleId} at line(s) {string.Join(",", lines)}; got [{string.Join(",", actual)}]\n{Dump(findings)}");
    }

    /// <summary>The rule was reported at exactly these lines and nowhere else.</summary>
    public static void Exactly(this IReadOnlyList<Finding> findings, string ruleId, params int[] lines)
    {
        var actual = findings.Lines(ruleId);
        Assert.True(actual.SequenceEqual(lines.OrderBy(l => l)), $"expected {ruleId} exactly at [{string.Join(",", lines)}]; got [{string.Join(",", actual)}]\n{Dump(findings)}");
    }

    public static void HasNot(this IReadOnlyList<Finding> findings, string ruleId, int? line = null)
    {
        var hits = findings.Where(f => f.RuleId == ruleId && (line == null || f.Line == line)).ToList();
        Assert.True(hits.Count == 0, $"did not expect {ruleId}{(line == null ? "" : "@" + line)}\n{Dump(findings)}");
    }

    /// <summary>Nothing at all except the listed rules.</summary>
    public static void OnlyRules(this IReadOnlyList<Finding> findings, params string[] ruleIds)
    {
        var others = findings.Where(f => !ruleIds.Contains(f.RuleId)).ToList();
        Assert.True(others.Count == 0, "unexpected findings:\n" + Dump(others));
    }

    public static string Dump(IEnumerable<Finding> findings) => string.Join("\n", findings.Select(f => f.ToString()));

    /// <summary>Lines joined with \n (test documents are written one line per array item).</summary>
    public static string Doc(params string[] lines) => string.Join("\n", lines) + "\n";
}
