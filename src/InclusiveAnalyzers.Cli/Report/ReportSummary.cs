using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Rules;
using InclusiveAnalyzers.Core.Terms;

namespace InclusiveAnalyzers.Cli.Report;

/// <summary>
/// The counts a page or a history point shows, built one finding at a time so a SARIF merge never
/// holds more than the counts: total, severities, and the split by family, category, rule, folder and file.
/// </summary>
public sealed class ReportSummary
{
    private readonly Func<string?, string?> categoryOf;

    /// <param name="categoryOf">The category of a term id (racial, gendered...), or null for a term the catalog does not know.</param>
    public ReportSummary(Func<string?, string?> categoryOf)
    {
        this.categoryOf = categoryOf;
        foreach (var family in Families.All)
        {
            FamilyCounts[family] = 0;
        }

        foreach (var category in Categories.All)
        {
            CategoryCounts[category] = 0;
        }
    }

    /// <summary>A summary whose categories come from the default catalog (SARIF from elsewhere).</summary>
    public static ReportSummary WithDefaultCatalog() => new(CategoryFromCatalog(TermCatalog.Default));

    public static Func<string?, string?> CategoryFromCatalog(TermCatalog catalog) =>
        term => term is null ? null : catalog.Find(term)?.Category;

    public int Total { get; private set; }
    public int Errors { get; private set; }
    public int Warnings { get; private set; }
    public int Suggestions { get; private set; }
    public int Fixable { get; private set; }

    /// <summary>Files scanned, when known (a scan says; a SARIF log does not).</summary>
    public int? FilesScanned { get; set; }

    public Dictionary<string, int> FamilyCounts { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, int> CategoryCounts { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, int> RuleCounts { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, int> FolderCounts { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, int> FileCounts { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, int> AccessibilityCounts { get; } = new(StringComparer.Ordinal);

    /// <summary>The code-of-conduct audit's findings (rule, path, message), in the order met.</summary>
    public List<ReportItem> CodeOfConductFindings { get; } = new();

    public int FilesWithFindings => FileCounts.Count;

    public void Add(ReportItem item)
    {
        Total++;
        switch (item.Severity)
        {
            case Severity.Error: Errors++; break;
            case Severity.Warning: Warnings++; break;
            default: Suggestions++; break;
        }

        if (item.Fixable)
        {
            Fixable++;
        }

        var family = Families.Of(item.RuleId);
        FamilyCounts[family]++;
        if (categoryOf(item.Term) is { } category)
        {
            Increment(CategoryCounts, category);
        }

        Increment(RuleCounts, item.RuleId);
        Increment(FolderCounts, FolderOf(item.Path));
        if (IsFile(item.Path))
        {
            Increment(FileCounts, item.Path);
        }

        if (family == Families.Accessibility)
        {
            Increment(AccessibilityCounts, Families.AccessibilityGroup(item.RuleId));
        }
        else if (family == Families.Community && item.RuleId != RuleCatalog.CocAuditSummary)
        {
            CodeOfConductFindings.Add(item);
        }
    }

    /// <summary>Adds another summary's counts (an organisation's total); files and folders are kept under <paramref name="prefix"/>.</summary>
    public void AddAll(ReportSummary other, string prefix)
    {
        Total += other.Total;
        Errors += other.Errors;
        Warnings += other.Warnings;
        Suggestions += other.Suggestions;
        Fixable += other.Fixable;
        if (other.FilesScanned is { } scanned)
        {
            FilesScanned = (FilesScanned ?? 0) + scanned;
        }

        AddCounts(FamilyCounts, other.FamilyCounts, "");
        AddCounts(CategoryCounts, other.CategoryCounts, "");
        AddCounts(RuleCounts, other.RuleCounts, "");
        AddCounts(AccessibilityCounts, other.AccessibilityCounts, "");
        AddCounts(FolderCounts, other.FolderCounts, prefix);
        AddCounts(FileCounts, other.FileCounts, prefix);
    }

    private static void AddCounts(Dictionary<string, int> into, Dictionary<string, int> from, string prefix)
    {
        foreach (var (key, count) in from)
        {
            var name = prefix + key;
            into[name] = into.TryGetValue(name, out var n) ? n + count : count;
        }
    }

    /// <summary>The files with the most findings, most first (ties by path).</summary>
    public IEnumerable<KeyValuePair<string, int>> WorstFiles(int count) =>
        FileCounts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(count);

    /// <summary>Entries with a count, most first.</summary>
    public static IEnumerable<KeyValuePair<string, int>> Ranked(Dictionary<string, int> counts) =>
        counts.Where(p => p.Value > 0).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal);

    /// <summary>The share of findings <c>inclusive fix</c> can fix, 0 to 1.</summary>
    public double FixableShare => Total == 0 ? 0 : (double)Fixable / Total;

    /// <summary>The first folder of a relative path; "(root)" for a file at the top, "(repository)" for the repository itself.</summary>
    public static string FolderOf(string relativePath)
    {
        if (!IsFile(relativePath))
        {
            return "(repository)";
        }

        var slash = relativePath.IndexOf('/');
        return slash > 0 ? relativePath[..slash] : "(root)";
    }

    private static bool IsFile(string relativePath) => relativePath.Length > 0 && relativePath != "." && !relativePath.EndsWith('/');

    private static void Increment(Dictionary<string, int> counts, string key) =>
        counts[key] = counts.TryGetValue(key, out var n) ? n + 1 : 1;
}
