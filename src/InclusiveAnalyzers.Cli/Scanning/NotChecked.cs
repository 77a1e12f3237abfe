using InclusiveAnalyzers.Core;
using InclusiveAnalyzers.Core.Rules;

namespace InclusiveAnalyzers.Cli.Scanning;

/// <summary>The INCL002 finding for a file the CLI could not check (unreadable, too deep, too big), with the reason.</summary>
internal static class NotChecked
{
    public static Finding Finding(string fullPath, string reason, string? displayPath = null)
    {
        var rule = RuleCatalog.Get(RuleCatalog.DocumentSkipped);
        return new Finding(rule.Id, rule.DefaultSeverity, $"The file was not checked: {reason}.", fullPath, 0, 0, 0, 0) { DisplayPath = displayPath! };
    }
}
