using System.CommandLine;
using System.Globalization;
using InclusiveAnalyzers.Core;

namespace InclusiveAnalyzers.Cli.CommandLine;

/// <summary>
/// The values our options take, read from their text: case-insensitive formats and levels, sizes with
/// units, bounded counts. The options themselves are string-typed (see <see cref="InclusiveCommandLine"/>);
/// <see cref="Check"/> turns a value these readers refuse into a parse error in our words, and binding
/// reads the same text again with the same reader.
/// </summary>
internal static class OptionValues
{
    /// <summary>The names a command's --format accepts, in the order help and completion list them.</summary>
    public static readonly string[] ScanFormats = { "text", "json", "sarif", "github" };
    public static readonly string[] RulesFormats = { "text", "json" };
    public static readonly string[] ReportFormats = { "html", "json" };
    public static readonly string[] FailOnLevels = { "error", "warning", "suggestion", "none" };

    /// <summary>Adds a parse error when <paramref name="problem"/> finds one in the option's value.</summary>
    public static void Check(Option<string> option, Func<string, string?> problem) => option.Validators.Add(result =>
    {
        if (result.Tokens.Count > 0 && problem(result.Tokens[^1].Value) is { } message)
        {
            result.AddError(message);
        }
    });

    /// <summary>A --format value for <paramref name="command"/>, or null with <paramref name="problem"/>; text is report's old name for html.</summary>
    public static OutputFormat? Format(string value, string command, out string? problem)
    {
        OutputFormat? format = value.ToLowerInvariant() switch
        {
            "text" => command == "report" ? OutputFormat.Html : OutputFormat.Text,
            "json" => OutputFormat.Json,
            "sarif" => OutputFormat.Sarif,
            "github" => OutputFormat.GitHub,
            "html" => OutputFormat.Html,
            _ => null,
        };

        problem = (command, format) switch
        {
            ("report", null) => $"unknown format '{value}'; use html or json.",
            ("report", not (OutputFormat.Html or OutputFormat.Json)) => "'report' writes html (the default) or json.",
            ("report", _) => null,
            (_, null) => $"unknown format '{value}'; use text, json, sarif or github.",
            (_, OutputFormat.Html) => $"'{command}' has no html format; 'inclusive report' writes the page.",
            ("rules", OutputFormat.Sarif or OutputFormat.GitHub) => "'rules' prints text or json.",
            _ => null,
        };
        return problem is null ? format : null;
    }

    public static string? FormatProblem(string value, string command)
    {
        Format(value, command, out var problem);
        return problem;
    }

    public static Severity? FailOn(string value) =>
        SeverityNames.TryParse(value, out var severity) && severity != Severity.Silent ? severity : null;

    public static string? FailOnProblem(string value) =>
        FailOn(value) is null ? $"unknown --fail-on level '{value}'; use error, warning, suggestion or none." : null;

    /// <summary>A whole number from 1 to 1,000 (--history).</summary>
    public static int? HistoryPoints(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count is >= 1 and <= 1000 ? count : null;

    public static string? HistoryPointsProblem(string value) =>
        HistoryPoints(value) is null ? $"--history '{value}' is not a number of points from 1 to 1000." : null;

    /// <summary>Bytes, or a number with K/KB, M/MB, G/GB (powers of 1024).</summary>
    public static long? Size(string value)
    {
        var text = value.Trim().ToUpperInvariant();
        long unit = 1;
        foreach (var (suffix, factor) in new[] { ("KB", 1024L), ("MB", 1024L * 1024), ("GB", 1024L * 1024 * 1024), ("K", 1024L), ("M", 1024L * 1024), ("G", 1024L * 1024 * 1024), ("B", 1L) })
        {
            if (text.EndsWith(suffix, StringComparison.Ordinal))
            {
                unit = factor;
                text = text[..^suffix.Length].TrimEnd();
                break;
            }
        }

        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) && number > 0 && number * unit <= long.MaxValue
            ? (long)(number * unit)
            : null;
    }

    public static string? SizeProblem(string value) =>
        Size(value) is null ? $"--max-file-size '{value}' is not a size; use e.g. 10MB, 512KB or 1048576." : null;

    /// <summary>For a file name option: an empty value (<c>--output ""</c>) is none.</summary>
    public static Func<string, string?> NonEmpty(string name) =>
        value => string.IsNullOrWhiteSpace(value) ? $"{name} needs a value." : null;
}
