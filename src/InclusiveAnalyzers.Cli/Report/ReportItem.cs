using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Rules;

namespace InclusiveAnalyzers.Cli.Report;

/// <summary>
/// One finding as the report counts it, whether it comes from a scan or from a SARIF result:
/// its rule, severity, path relative to the repository ('/'), term (wording rules), and whether
/// <c>inclusive fix</c> can fix it.
/// </summary>
public readonly record struct ReportItem(string RuleId, Severity Severity, string Path, string? Term, bool Fixable, string Message)
{
    /// <summary>The rules <c>inclusive fix</c> rewrites when the term has a replacement: C# names, comments and strings, and document wording.</summary>
    public static bool IsFixableRule(string ruleId) =>
        ruleId is RuleCatalog.Identifier or RuleCatalog.Comment or RuleCatalog.StringLiteral or RuleCatalog.DocumentWording;

    public static ReportItem From(Finding finding, string relativePath) =>
        new(finding.RuleId, finding.Severity, relativePath, finding.Term,
            IsFixableRule(finding.RuleId) && finding.Replacements is { Count: > 0 }, finding.Message);
}

/// <summary>The four families the page splits findings into, plus the tool's own messages, by rule id range (docs/report.md).</summary>
public static class Families
{
    public const string Code = "code";
    public const string Docs = "docs";
    public const string Accessibility = "accessibility";
    public const string Community = "community";
    public const string Tool = "tool";

    /// <summary>In the order the page and the JSON give them.</summary>
    public static readonly string[] All = { Code, Docs, Accessibility, Community, Tool };

    public static string Of(string ruleId) =>
        ruleId.Length >= 5 && ruleId.StartsWith("INCL", StringComparison.Ordinal)
            ? ruleId[4] switch { '1' => Code, '2' => Docs, '3' => Accessibility, '4' => Community, _ => Tool }
            : Tool;

    public static string Title(string family) => family switch
    {
        Code => "Wording in code",
        Docs => "Wording in documents",
        Accessibility => "Accessibility",
        Community => "Community health (code of conduct)",
        _ => "Configuration and files not checked",
    };

    /// <summary>The accessibility summary's groups, by the rule's tens (INCL30x-31x images, 32x headings, 33x links, 34x language and page).</summary>
    public static string AccessibilityGroup(string ruleId) =>
        ruleId.Length >= 6 && ruleId.StartsWith("INCL3", StringComparison.Ordinal)
            ? ruleId[5] switch
            {
                '0' or '1' => "Images without a text alternative",
                '2' => "Heading order",
                '3' => "Link text",
                '4' => "Language and page",
                _ => "Forms, tables and ARIA",
            }
            : "Other";
}
